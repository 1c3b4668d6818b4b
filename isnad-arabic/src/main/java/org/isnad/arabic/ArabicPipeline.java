package org.isnad.arabic;

import java.util.ArrayList;
import java.util.List;
import org.isnad.arabic.actor.ActorAnnotators;
import org.isnad.arabic.actor.ner.NerAnnotator;
import org.isnad.arabic.claim.ClaimAnnotator;
import org.isnad.arabic.event.EventAnnotator;
import org.isnad.arabic.narrative.NarrativeAnnotator;
import org.isnad.arabic.quantity.QuantityAnnotator;
import org.isnad.arabic.structure.StructureAnnotator;
import org.isnad.arabic.text.TextAnnotator;
import org.isnad.arabic.time.TimeAnnotator;
import org.isnad.core.pipeline.Annotator;
import org.isnad.core.pipeline.Pipeline;

/**
 * The standard Arabic pipeline: structure, text layer, quantities, times, actors (catalogue
 * matching, statistical NER, linking and coreference), attributed claims, events, narratives. Built once per process: every annotator loads its resources
 * in its constructor and is shared read-only across threads.
 */
public final class ArabicPipeline {
    private ArabicPipeline() {}

    private static final class Holder {
        static final Pipeline STANDARD = build();
    }

    /** The shared standard pipeline (built on first use). */
    public static Pipeline standard() {
        return Holder.STANDARD;
    }

    /** Builds a new standard pipeline (loads all resources). */
    public static Pipeline build() {
        List<Annotator> all = new ArrayList<>(List.of(
                new StructureAnnotator(), new TextAnnotator(), new QuantityAnnotator(), new TimeAnnotator()));
        all.addAll(ActorAnnotators.withNer(new NerAnnotator()));
        all.add(new ClaimAnnotator());
        all.add(new EventAnnotator());
        all.add(new NarrativeAnnotator());
        return new Pipeline(all);
    }
}
