package org.isnad.core.model;

/** A mention of an entity in the text. */
public record Mention(Span span, MentionKind kind) {
    public Mention {
        if (span == null || kind == null) {
            throw new IllegalArgumentException("mention needs span and kind");
        }
    }
}
