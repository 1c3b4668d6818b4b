package org.isnad.core.model;

import java.util.List;

/** A document-level narrative label with the spans that carry it. */
public record Narrative(String id, List<Span> evidence) {
    public Narrative {
        if (id == null) {
            throw new IllegalArgumentException("narrative needs an id");
        }
        evidence = List.copyOf(evidence);
    }
}
