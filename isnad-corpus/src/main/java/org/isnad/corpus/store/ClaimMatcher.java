package org.isnad.corpus.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * For a search inside claims: which claims of a stored analysis made an article match. Shared by every
 * {@link CorpusStore} so that they list the same claims for the same query (the check runs on the stored
 * gold-schema JSON with {@link ArabicSearchAnalyzer}, whatever index answered the query). Thread-safe.
 */
public final class ClaimMatcher {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ArabicSearchAnalyzer ANALYZER = new ArabicSearchAnalyzer();

    private ClaimMatcher() {}

    /** The analysed terms of a text (query syntax characters are dropped by the tokenizer); empty for null. */
    public static Set<String> terms(String text) throws IOException {
        return terms(ANALYZER, text);
    }

    static Set<String> terms(Analyzer analyzer, String text) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        try (var ts = analyzer.tokenStream("claim", text)) {
            var term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    /**
     * The claims of a stored analysis whose content holds every query term (after analysis) and whose
     * source type is one of {@code types} (any when empty): the claims that made the article match.
     * Query operators are not re-evaluated per claim (a query with OR or NOT may list fewer claims).
     */
    public static List<SearchResult.ClaimHit> matchingClaims(String analysisJson, Set<String> queryTerms, List<String> types)
            throws IOException {
        if (analysisJson == null) {
            return List.of();
        }
        List<SearchResult.ClaimHit> out = new ArrayList<>();
        for (var c : JSON.readTree(analysisJson).path("claims")) {
            String type = c.path("source_type").asText("");
            var content = c.path("content");
            if ((!types.isEmpty() && !types.contains(type)) || !content.hasNonNull("text")) {
                continue;
            }
            if (!terms(content.get("text").asText()).containsAll(queryTerms)) {
                continue;
            }
            List<String> via = new ArrayList<>();
            c.path("via").forEach(v -> via.add(v.path("entity").asText("")));
            String source = c.hasNonNull("source_entity") ? c.get("source_entity").asText()
                    : c.path("source").hasNonNull("text") ? c.path("source").get("text").asText() : c.path("source_text").asText(null);
            out.add(new SearchResult.ClaimHit(c.path("id").asText(), type, source, via, content.get("text").asText(),
                    content.path("start").asInt(), content.path("end").asInt()));
        }
        return out;
    }
}
