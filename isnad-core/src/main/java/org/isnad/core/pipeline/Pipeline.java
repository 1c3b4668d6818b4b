package org.isnad.core.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.core.model.Document;
import org.isnad.core.model.Layer;

/**
 * An ordered list of annotators, checked at construction so that each one's required layers are
 * produced by an earlier one. Immutable and thread-safe when its annotators are.
 */
public final class Pipeline {
    private final List<Annotator> annotators;

    public Pipeline(List<Annotator> annotators) {
        Set<Layer<?>> available = new HashSet<>();
        for (Annotator a : annotators) {
            for (Layer<?> need : a.requires()) {
                if (!available.contains(need)) {
                    throw new IllegalArgumentException(a.name() + " requires layer '" + need
                            + "', which no earlier annotator produces");
                }
            }
            available.addAll(a.produces());
        }
        this.annotators = List.copyOf(annotators);
    }

    public static Pipeline of(Annotator... annotators) {
        return new Pipeline(List.of(annotators));
    }

    public List<Annotator> annotators() {
        return annotators;
    }

    /** A new pipeline with {@code more} appended. */
    public Pipeline then(Annotator... more) {
        List<Annotator> all = new ArrayList<>(annotators);
        all.addAll(List.of(more));
        return new Pipeline(all);
    }

    public Document apply(Document doc) {
        Document d = doc;
        for (Annotator a : annotators) {
            d = a.annotate(d);
        }
        return d;
    }

    public Document apply(String id, String text) {
        return apply(Document.of(id, text));
    }
}
