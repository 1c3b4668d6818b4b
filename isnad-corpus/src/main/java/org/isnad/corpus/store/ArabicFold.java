package org.isnad.corpus.store;

import org.isnad.arabic.text.ArabicNormalizer;

/**
 * The text layer's normalisation ({@link ArabicNormalizer}) as a per-character table, for the hot
 * paths of indexing and dedup. The normaliser works character by character (its contract), so its
 * result for every BMP character, taken once from the normaliser itself, reproduces it exactly on
 * any string without line breaks (the normaliser also folds CR LF to LF) — tokens, or text whose
 * white space is collapsed anyway. Surrogate pairs pass unchanged, as in the normaliser.
 * Thread-safe.
 */
public final class ArabicFold {
    /** For each char: null when the normaliser keeps it, else what it becomes (possibly empty). */
    private static final String[] TABLE = build();

    private ArabicFold() {}

    private static String[] build() {
        String[] t = new String[0x10000];
        for (int c = 0; c < t.length; c++) {
            if (Character.isSurrogate((char) c) || c == '\r') {
                continue;
            }
            String s = String.valueOf((char) c);
            String n = ArabicNormalizer.normalize(s);
            if (!n.equals(s)) {
                t[c] = n;
            }
        }
        return t;
    }

    /** What {@code c} becomes, or null when it stays as it is. */
    public static String of(char c) {
        return TABLE[c];
    }
}
