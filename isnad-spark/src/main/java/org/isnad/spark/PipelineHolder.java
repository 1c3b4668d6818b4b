package org.isnad.spark;

import org.isnad.arabic.ArabicPipeline;
import org.isnad.core.pipeline.Pipeline;

/**
 * The analysis pipeline of one executor JVM: {@link ArabicPipeline#standard()}, built on first use
 * and then shared read-only by every task of that JVM (the pipeline is thread-safe once built).
 * Building it loads the lexicons, the actor catalogue and the NER model, about a second and a few
 * hundred MiB: once per JVM, never per task or per record.
 */
public final class PipelineHolder {
    private static volatile Pipeline pipeline;

    private PipelineHolder() {}

    public static Pipeline get() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (PipelineHolder.class) {
                p = pipeline;
                if (p == null) {
                    p = ArabicPipeline.standard();
                    pipeline = p;
                }
            }
        }
        return p;
    }
}
