package org.isnad.arabic.actor;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.arabic.SharedData;
import org.isnad.arabic.text.TextAnnotator;
import org.isnad.core.model.Document;
import org.isnad.core.model.Layer;
import org.junit.jupiter.api.Test;

/**
 * Throughput of the actor stage on the seed articles repeated to about a million tokens, warm, one
 * thread. The budget for the whole pipeline is 200,000 tokens/s, so the actor stage alone must be
 * well above it; the floor asserted (the whole budget) is loose because the build machine is shared.
 */
class ActorSpeedTest {

    @Test
    void actorStageIsFast() throws Exception {
        assumeTrue(SharedData.present(), SharedData.ABSENT);
        TextAnnotator text = new TextAnnotator();
        CatalogueAnnotator cat = new CatalogueAnnotator();
        EntityAnnotator ent = new EntityAnnotator();
        List<Document> docs = new ArrayList<>();
        try (var s = Files.list(SharedData.path("corpus/seeds"))) {
            for (Path p : s.sorted().toList()) {
                docs.add(text.annotate(Document.of(p.getFileName().toString(), Files.readString(p))));
            }
        }
        long perRound = docs.stream().mapToLong(d -> d.get(Layer.TOKENS).size()).sum();
        int rounds = (int) Math.max(1, 1_000_000 / perRound);
        for (int w = 0; w < 3; w++) {
            run(docs, cat, ent, text, rounds / 3, false);
        }
        long t0 = System.nanoTime();
        run(docs, cat, ent, text, rounds, false);
        double actorSec = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        run(docs, cat, ent, text, rounds, true);
        double fullSec = (System.nanoTime() - t1) / 1e9;
        long tokens = perRound * rounds;
        double actorRate = tokens / actorSec;
        double fullRate = tokens / fullSec;
        System.out.printf("ACTOR SPEED %d tokens: catalogue+entities %.0f tokens/s; text+catalogue+entities %.0f tokens/s%n",
                tokens, actorRate, fullRate);
        assertTrue(actorRate > 200_000, "actor stage too slow: " + actorRate + " tokens/s");
    }

    private static void run(List<Document> docs, CatalogueAnnotator cat, EntityAnnotator ent, TextAnnotator text,
            int rounds, boolean withText) {
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (Document d : docs) {
                Document x = withText ? text.annotate(Document.of(d.id(), d.text())) : d;
                sink += ent.annotate(cat.annotate(x)).get(Layer.ENTITIES).size();
            }
        }
        if (sink < 0) {
            throw new AssertionError();
        }
    }
}
