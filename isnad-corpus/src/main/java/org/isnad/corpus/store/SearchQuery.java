package org.isnad.corpus.store;

import java.time.LocalDate;
import java.util.List;

/**
 * A corpus search: free text (the store's query syntax; blank for all articles) and filters, each
 * list matching any of its values, all filters together. With {@code inClaims} the free text must
 * occur in the content of a claim — of a claim whose source type is one of {@code sourceTypes}
 * when those are given ("claims about al-Tanf attributed to an anonymous source") — rather than
 * anywhere in the article. {@code from}/{@code to} are inclusive
 * dates (null: open). Facet counts are returned for {@code facets} (dimension names of
 * {@link CorpusStore#FACETS}), {@code facetTop} values each.
 */
public record SearchQuery(String text, List<String> outlets, List<String> actors, List<String> sourceTypes,
                          List<String> narratives, List<String> via, LocalDate from, LocalDate to, int limit, int offset,
                          List<String> facets, int facetTop, String highlightPre, String highlightPost,
                          boolean inClaims) {

    public SearchQuery {
        outlets = outlets == null ? List.of() : List.copyOf(outlets);
        actors = actors == null ? List.of() : List.copyOf(actors);
        sourceTypes = sourceTypes == null ? List.of() : List.copyOf(sourceTypes);
        narratives = narratives == null ? List.of() : List.copyOf(narratives);
        via = via == null ? List.of() : List.copyOf(via);
        facets = facets == null ? List.of() : List.copyOf(facets);
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("negative limit or offset");
        }
        highlightPre = highlightPre == null ? "[" : highlightPre;
        highlightPost = highlightPost == null ? "]" : highlightPost;
    }

    /** Free text only, 10 hits, counts for every facet. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, null, 10, 0, CorpusStore.FACETS, 10, null, null, false);
    }

    public SearchQuery withOutlets(List<String> v) {
        return new SearchQuery(text, v, actors, sourceTypes, narratives, via, from, to, limit, offset, facets, facetTop, highlightPre, highlightPost, inClaims);
    }

    public SearchQuery withActors(List<String> v) {
        return new SearchQuery(text, outlets, v, sourceTypes, narratives, via, from, to, limit, offset, facets, facetTop, highlightPre, highlightPost, inClaims);
    }

    public SearchQuery withSourceTypes(List<String> v) {
        return new SearchQuery(text, outlets, actors, v, narratives, via, from, to, limit, offset, facets, facetTop, highlightPre, highlightPost, inClaims);
    }

    public SearchQuery withNarratives(List<String> v) {
        return new SearchQuery(text, outlets, actors, sourceTypes, v, via, from, to, limit, offset, facets, facetTop, highlightPre, highlightPost, inClaims);
    }

    public SearchQuery withVia(List<String> v) {
        return new SearchQuery(text, outlets, actors, sourceTypes, narratives, v, from, to, limit, offset, facets, facetTop, highlightPre, highlightPost, inClaims);
    }

    public SearchQuery withDates(LocalDate f, LocalDate t) {
        return new SearchQuery(text, outlets, actors, sourceTypes, narratives, via, f, t, limit, offset, facets, facetTop, highlightPre, highlightPost, inClaims);
    }

    public SearchQuery withLimit(int l) {
        return new SearchQuery(text, outlets, actors, sourceTypes, narratives, via, from, to, l, offset, facets, facetTop, highlightPre, highlightPost, inClaims);
    }

    public SearchQuery withOffset(int o) {
        return new SearchQuery(text, outlets, actors, sourceTypes, narratives, via, from, to, limit, o, facets, facetTop, highlightPre, highlightPost, inClaims);
    }

    public SearchQuery withFacets(List<String> dims, int top) {
        return new SearchQuery(text, outlets, actors, sourceTypes, narratives, via, from, to, limit, offset, dims, top, highlightPre, highlightPost, inClaims);
    }

    public SearchQuery withInClaims(boolean c) {
        return new SearchQuery(text, outlets, actors, sourceTypes, narratives, via, from, to, limit, offset, facets, facetTop, highlightPre, highlightPost, c);
    }

    public SearchQuery withHighlight(String pre, String post) {
        return new SearchQuery(text, outlets, actors, sourceTypes, narratives, via, from, to, limit, offset, facets, facetTop, pre, post, inClaims);
    }
}
