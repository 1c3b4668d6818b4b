package org.isnad.core.pipeline;

import java.util.Set;
import org.isnad.core.model.Document;
import org.isnad.core.model.Layer;

/**
 * Adds one layer to a document, reading the layers before it. Implementations are built once
 * (lexicons and models loaded in the constructor), keep no per-document state in fields, and are
 * safe to share across threads.
 */
public interface Annotator {

    /** The layers this annotator writes (usually one). */
    Set<Layer<?>> produces();

    /** The layers it reads; the pipeline checks they are produced earlier. */
    default Set<Layer<?>> requires() {
        return Set.of();
    }

    /** Returns {@code doc} with this annotator's layers added. */
    Document annotate(Document doc);

    default String name() {
        return getClass().getSimpleName();
    }
}
