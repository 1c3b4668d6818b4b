package org.isnad.arabic.actor.ner;

/**
 * Character-level helpers shared by training and tagging: 64-bit hashing of (sub)strings without
 * allocating, and a light, rule-only proclitic stripper for normalised Arabic words. Stateless.
 *
 * <p>The stripper is deliberately simple and independent of the project's lexicon-based segmenter:
 * it only feeds features (the whole word is always a feature too), so over-stripping "وزير" to
 * "زير" costs little.
 */
final class NerText {
    private NerText() {}

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** Hash of {@code s[from, to)}; equal ranges give equal hashes whatever string they come from. */
    static long hash(CharSequence s, int from, int to) {
        long h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= FNV_PRIME;
        }
        return mix(h ^ (to - from));
    }

    static long hash(CharSequence s) {
        return hash(s, 0, s.length());
    }

    /** Finaliser (murmur3 fmix64): spreads bits so that open addressing on low bits works. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** Combines a feature template id with a value hash. */
    static long feature(int template, long value) {
        return mix(value * 0x9E3779B97F4A7C15L + template);
    }

    /** Order-dependent combination of two hashes (word bigrams, gazetteer phrases). */
    static long combine(long a, long b) {
        return mix(a * 0x9E3779B97F4A7C15L ^ b);
    }

    static boolean isConj(char c) {
        return c == 'و' || c == 'ف';
    }

    static boolean isPrep(char c) {
        return c == 'ب' || c == 'ل' || c == 'ك';
    }

    /**
     * Length of the conjunction/preposition proclitics of normalised word {@code w} (not the
     * article), by shape only: و/ف then ب/ل/ك, each cut only when at least three letters remain.
     * For "لل…" (ل + elided article) one letter is cut, so the stem keeps the article's lam.
     */
    static int procliticLength(String w) {
        int n = w.length();
        int i = 0;
        if (n - i > 3 && isConj(w.charAt(i))) {
            i++;
        }
        if (n - i > 3 && isPrep(w.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Start of the bare stem of {@code w}: after proclitics and the article ال (or the elided
     * article's ل in "لل…"), keeping at least two letters.
     */
    static int stemStart(String w) {
        int i = procliticLength(w);
        int n = w.length();
        if (n - i > 3 && w.charAt(i) == 'ا' && w.charAt(i + 1) == 'ل') {
            return i + 2;
        }
        if (i > 0 && w.charAt(i - 1) == 'ل' && n - i > 2 && w.charAt(i) == 'ل') {
            return i + 1;
        }
        return i;
    }

    /** Whether {@code w} has the article (after proclitics). */
    static boolean hasArticle(String w) {
        int i = procliticLength(w);
        int n = w.length();
        return (n - i > 3 && w.charAt(i) == 'ا' && w.charAt(i + 1) == 'ل')
                || (i > 0 && w.charAt(i - 1) == 'ل' && n - i > 2 && w.charAt(i) == 'ل');
    }

    /** Coarse shape class of a normalised token: 0 Arabic word, 1 Latin, 2 digits, 3 mixed, 4 punct/other. */
    static int shape(String w) {
        boolean ar = false;
        boolean lat = false;
        boolean dig = false;
        boolean other = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= '0' && c <= '9') {
                dig = true;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                lat = true;
            } else if (c >= '\u0600' && c <= '\u06FF') {
                ar = true;
            } else {
                other = true;
            }
        }
        if (ar && !lat && !dig && !other) {
            return 0;
        }
        if (lat && !ar && !dig) {
            return 1;
        }
        if (dig && !ar && !lat) {
            return 2;
        }
        return ar || lat ? 3 : 4;
    }
}
