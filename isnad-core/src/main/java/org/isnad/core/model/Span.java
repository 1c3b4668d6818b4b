package org.isnad.core.model;

/**
 * A half-open character range {@code [start, end)} into the ORIGINAL text of a document, in UTF-16
 * code units (Java {@code String} indices), as in the gold schema. Immutable and validated, like
 * OpenNLP's {@code Span}.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public static Span of(int start, int end) {
        return new Span(start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    /** Number of characters shared with {@code other}. */
    public int overlap(Span other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    public boolean overlaps(Span other) {
        return overlap(other) > 0;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    /** The covered text of {@code original}; throws when the span lies outside it. */
    public String textOf(CharSequence original) {
        if (end > original.length()) {
            throw new IllegalArgumentException("span " + this + " outside text of length " + original.length());
        }
        return original.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(o.end, end);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}
