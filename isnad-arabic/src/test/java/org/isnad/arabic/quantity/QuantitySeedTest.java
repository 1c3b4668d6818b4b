package org.isnad.arabic.quantity;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.isnad.arabic.SeedEval;
import org.isnad.arabic.SharedData;
import org.isnad.arabic.text.TextAnnotator;
import org.isnad.core.eval.Scores;
import org.isnad.core.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** Quantities on the five annotated seed articles, scored with the project scorer. */
class QuantitySeedTest {

    @Test
    void seedQuantitiesScore() throws Exception {
        assumeTrue(SharedData.present(), SharedData.ABSENT);
        Scores scores = SeedEval.score(Pipeline.of(new TextAnnotator(), new QuantityAnnotator()));
        Scores.Prf q = scores.prf().get("quant");
        Double value = scores.ratios().get("q_value");
        System.out.println("quantities " + q + " value accuracy " + value);
        assertTrue(q.f1() >= 0.90, "quantities F1 " + q);
        assertTrue(value != null && value >= 0.90, "quantity value accuracy " + value);
    }
}
