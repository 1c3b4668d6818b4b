package org.isnad.core.model;

import java.nio.charset.Charset;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One article: its id (the file name), its original text (never changed) and its annotation layers.
 * Immutable: {@link #with(Layer, Object)} returns a new document sharing the unchanged layers, so an
 * annotator cannot disturb what earlier annotators wrote. Every span in every layer is an offset into
 * {@link #text()}.
 */
public final class Document {
    private final String id;
    private final String text;
    private final Charset charset;
    private final Map<Layer<?>, Object> layers;

    private Document(String id, String text, Charset charset, Map<Layer<?>, Object> layers) {
        this.id = Objects.requireNonNull(id, "id");
        this.text = Objects.requireNonNull(text, "text");
        this.charset = charset;
        this.layers = layers;
    }

    public static Document of(String id, String text) {
        return new Document(id, text, null, Collections.emptyMap());
    }

    /** A document read from bytes in {@code charset} (kept for reporting). */
    public static Document of(String id, String text, Charset charset) {
        return new Document(id, text, charset, Collections.emptyMap());
    }

    public String id() { return id; }
    public String text() { return text; }
    /** The charset the text was decoded from, or null when it was given as a string. */
    public Charset charset() { return charset; }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    /** The layer's value; throws when no annotator has produced it. */
    @SuppressWarnings("unchecked")
    public <T> T get(Layer<T> layer) {
        Object v = layers.get(layer);
        if (v == null) {
            throw new IllegalStateException("layer '" + layer + "' has not been annotated on " + id);
        }
        return (T) v;
    }

    /** The layer's value, or {@code fallback} when absent. */
    @SuppressWarnings("unchecked")
    public <T> T getOr(Layer<T> layer, T fallback) {
        Object v = layers.get(layer);
        return v == null ? fallback : (T) v;
    }

    /** A copy with {@code layer} set to {@code value} (lists are copied to stay immutable). */
    public <T> Document with(Layer<T> layer, T value) {
        Objects.requireNonNull(value, "layer value");
        Object stored = value instanceof List<?> l ? List.copyOf(l) : value;
        Map<Layer<?>, Object> copy = new IdentityHashMap<>(layers);
        copy.put(layer, stored);
        return new Document(id, text, charset, Collections.unmodifiableMap(copy));
    }

    public Meta meta() { return getOr(Layer.META, Meta.EMPTY); }
    public List<Token> tokens() { return getOr(Layer.TOKENS, List.of()); }
    public List<Sentence> sentences() { return getOr(Layer.SENTENCES, List.of()); }

    /** The original text covered by {@code span}. */
    public String text(Span span) {
        return span.textOf(text);
    }

    @Override
    public String toString() {
        return "Document[" + id + ", " + text.length() + " chars, layers=" + layers.keySet() + "]";
    }
}
