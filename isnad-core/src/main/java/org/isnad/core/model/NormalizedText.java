package org.isnad.core.model;

import java.util.Arrays;

/**
 * A normalised view of a document's text with a map back to the original. Character {@code i} of
 * {@link #text()} came from original characters {@code [sourceStart(i), sourceEnd(i))}; several
 * normalised characters may share one source (a ligature expanded by NFKC), and removed original
 * characters (diacritics, tatweel) belong to no normalised character.
 */
public final class NormalizedText {
    private final String text;
    private final int[] srcStart;
    private final int[] srcEnd;
    private final int originalLength;

    /**
     * @param srcStart for each normalised char, the start of its source in the original
     * @param srcEnd   for each normalised char, the end (exclusive) of its source
     */
    public NormalizedText(String text, int[] srcStart, int[] srcEnd, int originalLength) {
        if (srcStart.length != text.length() || srcEnd.length != text.length()) {
            throw new IllegalArgumentException("offset map length differs from text length");
        }
        for (int i = 0; i < srcStart.length; i++) {
            if (srcStart[i] < 0 || srcEnd[i] < srcStart[i] || srcEnd[i] > originalLength
                    || (i > 0 && srcStart[i] < srcStart[i - 1])) {
                throw new IllegalArgumentException("offset map not monotone at " + i);
            }
        }
        this.text = text;
        this.srcStart = srcStart;
        this.srcEnd = srcEnd;
        this.originalLength = originalLength;
    }

    /** The identity view: the original is already normal. */
    public static NormalizedText identity(String original) {
        int n = original.length();
        int[] s = new int[n];
        int[] e = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = i;
            e[i] = i + 1;
        }
        return new NormalizedText(original, s, e, n);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Original offset where normalised position {@code i} starts ({@code i == length()} maps to the original end). */
    public int toOriginalStart(int i) {
        return i >= srcStart.length ? originalLength : srcStart[i];
    }

    /** Original offset where a normalised range ending (exclusively) at {@code i} ends. */
    public int toOriginalEnd(int i) {
        return i <= 0 ? (srcStart.length == 0 ? 0 : srcStart[0]) : srcEnd[i - 1];
    }

    /** Maps the normalised range {@code [start, end)} to a span of the original text. */
    public Span toOriginal(int start, int end) {
        if (start == end) {
            int o = toOriginalStart(start);
            return new Span(o, o);
        }
        return new Span(toOriginalStart(start), toOriginalEnd(end));
    }

    /**
     * The first normalised position whose source starts at or after original offset {@code o}
     * (binary search; {@code length()} when none).
     */
    public int fromOriginal(int o) {
        int i = Arrays.binarySearch(srcStart, o);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && srcStart[i - 1] == o) {
            i--;
        }
        return i;
    }
}
