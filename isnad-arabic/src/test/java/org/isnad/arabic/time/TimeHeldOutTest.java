package org.isnad.arabic.time;

import org.isnad.arabic.SharedData;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.isnad.arabic.text.TextAnnotator;
import org.isnad.core.model.Document;
import org.isnad.core.model.Layer;
import org.isnad.core.model.Meta;
import org.isnad.core.model.TimeExpression;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Well-formed values from the time annotator on the 250 held-out SaudiNewsNet articles (NC licence: read from
 * shared/ for development checks only, never shipped), with their crawl date as article date, and a
 * census of what it finds there. Set {@code -Dtime.heldout.verbose=true} to list every expression.
 */
class TimeHeldOutTest {

    @Test
    void heldOutValuesAreWellFormed() throws Exception {
        Path shared = SharedData.root().orElse(null);
        Assumptions.assumeTrue(shared != null, "../shared not present");
        Path file = shared.resolve("data/saudinewsnet-isis/articles.jsonl");
        Assumptions.assumeTrue(Files.isRegularFile(file), "held-out articles not present");
        ObjectMapper om = new ObjectMapper();
        TextAnnotator text = new TextAnnotator();
        TimeAnnotator time = new TimeAnnotator();
        List<Document> docs = new ArrayList<>();
        long tokens = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode j = om.readTree(line);
                Document d = text.annotate(Document.of(j.get("id").asText(), j.get("content").asText()));
                String date = j.path("date_extracted").asText("");
                if (date.length() >= 10) {
                    d = d.with(Layer.META, Meta.EMPTY.withDate(LocalDate.parse(date.substring(0, 10))));
                }
                docs.add(d);
                tokens += d.tokens().size();
            }
        }
        Map<String, Integer> byType = new TreeMap<>();
        boolean verbose = Boolean.getBoolean("time.heldout.verbose");
        for (Document d : docs) {
            Document out = time.annotate(d);
            for (TimeExpression t : out.get(Layer.TIMES)) {
                byType.merge(t.type().name(), 1, Integer::sum);
                if (verbose) {
                    System.out.printf("%s %-35s %s %s%n", d.id(), out.text(t.span()).replace('\n', ' '), t.type(), t.value());
                }
            }
        }
        // Speed is measured by `isnad bench`, not here; on held-out text every value must be well formed.
        System.out.printf("held-out: %d docs, %d tokens, times %s%n", docs.size(), tokens, byType);
        java.util.regex.Pattern valid = java.util.regex.Pattern.compile(
                "(\\d{4}|\\d{3}X?|\\d{2}(XX)?|XXXX)(-(\\d{2}|XX|W\\d{2}|WXX|SP|SU|FA|WI|Q\\d)(-(\\d{2}|XX|\\d))?)?(T.*)?"
                + "|P(T?)(\\d+(\\.\\d+)?|X)[YMWDHS].*|PRESENT_REF|PAST_REF|FUTURE_REF|[A-Z_]+");
        for (Document d : docs) {
            for (TimeExpression t : time.annotate(d).get(Layer.TIMES)) {
                assertTrue(valid.matcher(t.value()).matches(), d.id() + ": " + d.text(t.span()) + " -> " + t.value());
            }
        }
        assertTrue(byType.getOrDefault("DATE", 0) > 500, "too few dates on 250 news articles: " + byType);
    }
}
