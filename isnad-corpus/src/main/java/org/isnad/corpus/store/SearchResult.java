package org.isnad.corpus.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchQuery}: the exact number of matching articles, the requested page of
 * hits (best first) with a snippet each (matched words between the query's highlight marks) and,
 * for a search inside claims, the claims that matched, and
 * per facet dimension its top values with counts over all matching articles.
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, double millis) {

    /** One matching article; {@code claims} lists its matching claims when the query searched inside claims, else empty. */
    public record Hit(String id, float score, String title, String outlet, LocalDate date, String url, String snippet,
                      List<ClaimHit> claims) {
        public Hit {
            claims = claims == null ? List.of() : List.copyOf(claims);
        }
    }

    /**
     * A claim that matched: its id in the article, source type, source (entity id or text), the relaying
     * entities ({@code via}, outermost last) and the content with its offsets in the article text.
     */
    public record ClaimHit(String id, String sourceType, String source, List<String> via, String content, int start, int end) {}

    public record FacetCount(String value, long count) {}
}
