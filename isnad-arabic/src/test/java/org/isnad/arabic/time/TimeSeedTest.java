package org.isnad.arabic.time;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.isnad.arabic.SeedEval;
import org.isnad.arabic.SharedData;
import org.isnad.arabic.structure.StructureAnnotator;
import org.isnad.arabic.text.TextAnnotator;
import org.isnad.core.eval.Scores;
import org.isnad.core.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** Times on the five seed articles (article date read by the structure annotator), scored against gold. */
class TimeSeedTest {

    @Test
    void seedsReachTheTargets() throws Exception {
        assumeTrue(SharedData.present(), SharedData.ABSENT);
        Scores sc = SeedEval.score(Pipeline.of(new StructureAnnotator(), new TextAnnotator(), new TimeAnnotator()));
        Scores.Prf t = sc.prf().get("times");
        Double v = sc.ratios().get("t_value");
        System.out.println("seed times " + t + " value accuracy " + v);
        assertTrue(t.f1() >= 0.80, "times F1 " + t.f1());
        assertTrue(v != null && v >= 0.75, "value accuracy " + v);
    }
}
