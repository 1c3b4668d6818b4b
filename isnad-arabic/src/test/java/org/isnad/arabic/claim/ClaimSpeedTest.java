package org.isnad.arabic.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.isnad.arabic.SharedData;
import org.isnad.arabic.text.TextAnnotator;
import org.isnad.core.model.Document;
import org.isnad.core.model.Layer;
import org.junit.jupiter.api.Test;

/**
 * Throughput of the claim annotator on the seed articles repeated to about a million tokens, one
 * thread, after warm-up. The whole pipeline must reach 150,000 tokens/s, so this stage alone must be
 * far faster; the floor asserted here is deliberately loose for slow or shared build machines.
 */
class ClaimSpeedTest {

    @Test
    void claimAnnotatorThroughput() throws Exception {
        assumeTrue(SharedData.present(), SharedData.ABSENT);
        TextAnnotator text = new TextAnnotator();
        ClaimAnnotator claims = new ClaimAnnotator();
        List<Path> files;
        try (var s = Files.list(SharedData.path("corpus/seeds"))) {
            files = s.sorted().toList();
        }
        StringBuilder sb = new StringBuilder();
        for (Path p : files) {
            sb.append(Files.readString(p)).append("\n\n");
        }
        Document one = text.annotate(Document.of("seeds", sb.toString()));
        int perCopy = one.get(Layer.TOKENS).size();
        int copies = Math.max(1, 1_000_000 / perCopy);
        sb = new StringBuilder();
        String all = one.text();
        for (int i = 0; i < copies; i++) {
            sb.append(all);
        }
        Document big = text.annotate(Document.of("big", sb.toString()));
        long tokens = big.get(Layer.TOKENS).size();
        for (int i = 0; i < 3; i++) {
            claims.annotate(big); // warm-up
        }
        long best = Long.MAX_VALUE;
        int n = 0;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            n = claims.annotate(big).get(Layer.CLAIMS).size();
            best = Math.min(best, System.nanoTime() - t0);
        }
        long tt0 = System.nanoTime();
        text.annotate(Document.of("big", sb.toString()));
        long textNs = System.nanoTime() - tt0;
        double rate = tokens / (best / 1e9);
        double textRate = tokens / (textNs / 1e9);
        double pipeline = tokens / ((best + textNs) / 1e9);
        System.out.printf(Locale.ROOT, "claims: %d tokens, %d claims, %.0f tokens/s (text layer %.0f tokens/s, both %.0f tokens/s)%n",
                tokens, n, rate, textRate, pipeline);
        assertTrue(rate >= 300_000, "claim annotator too slow: " + rate + " tokens/s");
    }
}
