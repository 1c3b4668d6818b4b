package org.isnad.arabic.time;

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
 * Throughput of the time annotator on the 250 held-out SaudiNewsNet articles (NC licence: read from
 * shared/ for development checks only, never shipped), with their crawl date as article date, and a
 * census of what it finds there. Set {@code -Dtime.heldout.verbose=true} to list every expression.
 */
class TimeSpeedAndHeldOutTest {

    @Test
    void throughputAndCensus() throws Exception {
        Path shared = SharedData.root();
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
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 15; round++) {
            long t0 = System.nanoTime();
            int sink = 0;
            for (Document d : docs) {
                sink += time.annotate(d).get(Layer.TIMES).size();
            }
            best = Math.min(best, System.nanoTime() - t0);
            assertTrue(sink >= 0);
        }
        double perSec = tokens / (best / 1e9);
        long bestAll = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            for (Document d : docs) {
                time.annotate(text.annotate(Document.of(d.id(), d.text())).with(Layer.META, d.meta()));
            }
            bestAll = Math.min(bestAll, System.nanoTime() - t0);
        }
        System.out.printf("held-out: %d docs, %d tokens, times %s; time annotator %.2f M tokens/s;"
                + " text+time %.2f M tokens/s%n", docs.size(), tokens, byType, perSec / 1e6, tokens / (bestAll / 1e9) / 1e6);
        assertTrue(perSec > 1_000_000, "time annotator below 1M tokens/s: " + perSec);
    }
}
