package org.isnad.core.model;

/**
 * A mention found by one recogniser, before linking and coreference: its span, entity type
 * (PER, ORG, GPE, LOC, FAC, or MISC from statistical NER), how it names the entity, the catalogue
 * id when a catalogue entry matched (else null), and which recogniser found it.
 *
 * @param origin short name of the recogniser: {@code catalogue}, {@code ner}, {@code nominal} ...
 */
public record EntityMention(Span span, String type, MentionKind kind, String entityId, String origin) {
    public EntityMention {
        if (span == null || type == null || kind == null || origin == null) {
            throw new IllegalArgumentException("entity mention needs span, type, kind and origin");
        }
    }
}
