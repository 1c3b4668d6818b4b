package org.isnad.core.model;

import java.util.List;

/**
 * A document-level narrative label with the sentences that carry it.
 *
 * @param score the best evidence sentence's score (how strongly the article carries the narrative;
 *              comparable within one catalogue)
 */
public record Narrative(String id, double score, List<Span> evidence) {
    public Narrative {
        if (id == null) {
            throw new IllegalArgumentException("narrative needs an id");
        }
        evidence = List.copyOf(evidence);
    }
}
