package org.isnad.corpus.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchQuery}: the exact number of matching articles, the requested page of
 * hits (best first) with a snippet each (matched words between the query's highlight marks), and
 * per facet dimension its top values with counts over all matching articles.
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, double millis) {

    public record Hit(String id, float score, String title, String outlet, LocalDate date, String url, String snippet) {}

    public record FacetCount(String value, long count) {}
}
