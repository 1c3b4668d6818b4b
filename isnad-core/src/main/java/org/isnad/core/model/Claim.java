package org.isnad.core.model;

import java.util.List;

/**
 * An attributed claim: cue, source, chain of transmission ({@code via}, outermost last), content.
 * Spans other than {@code cue} may be null where the text leaves them implicit.
 */
public record Claim(String id, Span cue, Span source, String sourceEntity, String sourceText, String sourceType,
                    List<ViaLink> via, Span content, boolean deny, boolean hedged, boolean directQuote) {
    public Claim {
        if (id == null || sourceType == null) {
            throw new IllegalArgumentException("claim needs id and source type");
        }
        via = via == null ? List.of() : List.copyOf(via);
    }
}
