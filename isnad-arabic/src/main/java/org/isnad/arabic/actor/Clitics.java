package org.isnad.arabic.actor;

import org.isnad.core.model.Token;

/**
 * Candidate stems of a word for catalogue lookup, each with the offset (in the token's normalised
 * form) where a mention would start. Proclitics cut: conjunction و ف, then preposition ب ل ك; after
 * the preposition ل an elided article ("للموصل" = ل + الموصل) is restored for lookup while the span
 * keeps the article's lam ("لموصل"), as the gold notes require. When the tokenizer has already
 * split proclitics ({@link Token#prefixes()}), that stem is tried first; the own split stays as a
 * fallback so matching does not depend on the segmenter.
 */
final class Clitics {
    private Clitics() {}

    /** Upper bound of candidates written by {@link #candidates}. */
    static final int MAX = 10;

    /**
     * Writes candidate stems and their start offsets into the arrays; returns how many. The whole
     * word is always a candidate.
     */
    static int candidates(Token t, String[] stems, int[] offsets) {
        String w = t.norm();
        int n = 0;
        int p = t.prefixes().length();
        if (p > 0 && p < w.length()) {
            String stem = w.substring(p);
            stems[n] = stem;
            offsets[n++] = p;
            if (t.article() && stem.startsWith("ل") && !stem.startsWith("ال")) {
                stems[n] = "ا" + stem;
                offsets[n++] = p;
            }
        }
        stems[n] = w;
        offsets[n++] = 0;
        int len = w.length();
        int maxConj = len > 0 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? 1 : 0;
        for (int c = 0; c <= maxConj; c++) {
            int maxPrep = c < len && isPrep(w.charAt(c)) ? 1 : 0;
            for (int q = 0; q <= maxPrep; q++) {
                int cut = c + q;
                if (cut == 0 || cut == p || len - cut < 2) {
                    continue;
                }
                String rest = w.substring(cut);
                stems[n] = rest;
                offsets[n++] = cut;
                if (q == 1 && w.charAt(c) == 'ل' && rest.charAt(0) == 'ل' && !rest.startsWith("ال")) {
                    stems[n] = "ا" + rest;
                    offsets[n++] = cut;
                }
            }
        }
        return n;
    }

    /** Whether some candidate stem of {@code t} (the whole word included) satisfies {@code p}. */
    static boolean anyCandidate(Token t, java.util.function.Predicate<String> p) {
        String[] stems = new String[MAX];
        int c = candidates(t, stems, new int[MAX]);
        for (int k = 0; k < c; k++) {
            if (p.test(stems[k])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPrep(char ch) {
        return ch == 'ب' || ch == 'ل' || ch == 'ك';
    }
}
