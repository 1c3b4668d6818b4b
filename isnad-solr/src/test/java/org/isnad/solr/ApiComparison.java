package org.isnad.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.isnad.corpus.api.CorpusApi;
import org.isnad.corpus.api.CorpusApi.SearchParams;

/**
 * Test support (shared with isnad-spark's tests through this module's test jar): the queries on which two
 * stores of the bundled samples must give the same API answers, and the assertions that compare those
 * answers as JSON, run-dependent fields ({@code millis}) left out and scores equal within 1e-4 (a
 * distributed store sums them in another order).
 */
public final class ApiComparison {
    private ApiComparison() {}

    /**
     * Searches built from the reference corpus's own facet values (every outlet, actor, source type,
     * narrative, via and year as a filter), plus words, phrases, operators, dates, paging and searches
     * inside claims.
     */
    public static List<SearchParams> searches(CorpusApi reference) throws IOException {
        JsonNode all = reference.search(params("", List.of(), List.of(), List.of(), List.of(), List.of(), null, null, 10, 0, false));
        List<SearchParams> out = new ArrayList<>();
        for (String q : List.of("", "سبوتنيك", "الدولة الإسلامية", "\"الدولة الاسلامية\"", "اسرائيل", "قال", "سوريا OR العراق",
                "سوريا -روسيا", "مصدر مطلع", "الولايات المتحدة", "في", "\"غير متوازن", "2021", "تنظيم داعش OR الدولة", "بين الدول", "الدولة في", "في سوريا والعراق")) {
            out.add(params(q, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, 10, 0, false));
        }
        JsonNode f = all.path("facets");
        for (JsonNode v : f.path("outlet")) {
            out.add(params("", List.of(v.path("value").asText()), List.of(), List.of(), List.of(), List.of(), null, null, 10, 0, false));
        }
        for (JsonNode v : f.path("actor")) {
            out.add(params("", List.of(), List.of(v.path("value").asText()), List.of(), List.of(), List.of(), null, null, 10, 0, false));
            out.add(params("قال", List.of(), List.of(v.path("value").asText()), List.of(), List.of(), List.of(), null, null, 10, 0, false));
        }
        for (JsonNode v : f.path("source_type")) {
            out.add(params("", List.of(), List.of(), List.of(v.path("value").asText()), List.of(), List.of(), null, null, 10, 0, false));
            out.add(params("الدولة", List.of(), List.of(), List.of(v.path("value").asText()), List.of(), List.of(), null, null, 10, 0, true));
        }
        for (JsonNode v : f.path("narrative")) {
            out.add(params("", List.of(), List.of(), List.of(), List.of(v.path("value").asText()), List.of(), null, null, 10, 0, false));
        }
        for (JsonNode v : f.path("via")) {
            out.add(params("", List.of(), List.of(), List.of(), List.of(), List.of(v.path("value").asText()), null, null, 10, 0, false));
        }
        for (JsonNode v : f.path("year")) {
            String y = v.path("value").asText();
            out.add(params("", List.of(), List.of(), List.of(), List.of(), List.of(), LocalDate.parse(y + "-01-01"), LocalDate.parse(y + "-12-31"),
                    10, 0, false));
        }
        out.add(params("", List.of(), List.of(), List.of(), List.of(), List.of(), LocalDate.parse("2019-06-01"), null, 10, 0, false));
        out.add(params("", List.of(), List.of(), List.of(), List.of(), List.of(), null, null, 2, 1, false));
        out.add(params("الدولة", List.of(), List.of(), List.of(), List.of(), List.of(), null, null, 2, 2, false));
        out.add(params("الدولة", List.of(), List.of(), List.of(), List.of(), List.of(), null, null, 10, 0, true));
        out.add(params("الدولة", List.of(), List.of(), List.of("anonymous", "media"), List.of(), List.of(), null, null, 10, 0, true));
        return out;
    }

    /** Search parameters, positional as {@link SearchParams} takes them. */
    public static SearchParams params(String q, List<String> outlets, List<String> actors, List<String> types, List<String> narratives,
                                      List<String> via, LocalDate from, LocalDate to, int limit, int offset, boolean inClaims) {
        return new SearchParams(q, outlets, actors, types, narratives, via, from, to, limit, offset, inClaims);
    }

    /** Equal search answers but for {@code millis}, and scores equal within float rounding (summed in another order). */
    public static void assertSameSearch(ObjectNode expected, ObjectNode actual, String what) {
        ObjectNode e = expected.deepCopy();
        ObjectNode a = actual.deepCopy();
        e.remove("millis");
        a.remove("millis");
        ArrayNode eh = (ArrayNode) e.path("hits");
        ArrayNode ah = (ArrayNode) a.path("hits");
        for (int i = 0; i < Math.min(eh.size(), ah.size()); i++) {
            double es = eh.get(i).path("score").asDouble();
            double as = ah.get(i).path("score").asDouble();
            assertEquals(es, as, 1e-4 * Math.max(1, Math.abs(es)), what + " score of hit " + i);
            ((ObjectNode) eh.get(i)).remove("score");
            ((ObjectNode) ah.get(i)).remove("score");
        }
        assertEquals(e.toPrettyString(), a.toPrettyString(), what);
    }

    /** Equal answers (article, actor, timeline, network, sources, claims), timing fields apart. */
    public static void assertSameAnswer(JsonNode expected, JsonNode actual, String what) {
        assertEquals(strip(expected.deepCopy()).toPrettyString(), strip(actual.deepCopy()).toPrettyString(), what);
    }

    /** Drops timing fields, which differ from run to run. */
    private static JsonNode strip(JsonNode n) {
        if (n instanceof ObjectNode o) {
            o.remove("millis");
            o.forEach(ApiComparison::strip);
        } else if (n instanceof ArrayNode a) {
            a.forEach(ApiComparison::strip);
        }
        return n;
    }
}
