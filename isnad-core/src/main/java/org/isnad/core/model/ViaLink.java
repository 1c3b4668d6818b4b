package org.isnad.core.model;

/** One link of an attribution chain: the relaying outlet's mention (may be null) and its entity id. */
public record ViaLink(Span span, String entity) {}
