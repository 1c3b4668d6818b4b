package org.isnad.arabic.actor.ner;

import java.util.List;
import java.util.Locale;
import org.isnad.arabic.text.ArabicNormalizer;

/**
 * The word lists the tagger reads as features: a phrase gazetteer (given names, countries, cities,
 * CAMEO actors; built by {@link NerTrainer} from shippable lists) and hand-written cue words
 * ({@code ner-cues.tsv}). Matching works on hashes of normalised forms, so tagging allocates no
 * strings. Immutable after construction and thread-safe.
 */
final class NerLexicon {

    /** Gazetteer types (bit positions), as written in the gazetteer file's first column. */
    static final List<String> GAZ_TYPES = List.of("GIVEN", "COUNTRY", "CITY", "PERSON", "ACTOR", "ORG", "CLUB",
            "COMPANY");
    /** Cue classes (bit positions), as written in the cue file's first column. */
    static final List<String> CUE_CLASSES = List.of("TITLE", "SPEECH", "LOCHEAD", "ORGHEAD", "TIME", "MONEY", "MISCHEAD");

    private static final int PREFIX = 1 << 30;
    /** Longest gazetteer phrase considered, in tokens. */
    private static final int MAX_PHRASE = 6;

    private final LongIntMap gaz = new LongIntMap(16_384);
    private final LongIntMap cues = new LongIntMap(1_024);

    /**
     * @param gazetteer lines {@code TYPE<TAB>phrase}
     * @param cueLines  lines {@code CLASS<TAB>word}
     */
    NerLexicon(List<String[]> gazetteer, List<String[]> cueLines) {
        for (String[] row : gazetteer) {
            int t = GAZ_TYPES.indexOf(row[0].toUpperCase(Locale.ROOT));
            if (t < 0 || row.length < 2) {
                continue;
            }
            String[] words = ArabicNormalizer.normalize(row[1]).trim().split(" +");
            if (words.length == 0 || words.length > MAX_PHRASE || words[0].isEmpty()) {
                continue;
            }
            long h = 0;
            for (int k = 0; k < words.length; k++) {
                long wh = NerText.hash(words[k]);
                h = k == 0 ? wh : NerText.combine(h, wh);
                gaz.or(h, k == words.length - 1 ? 1 << t : PREFIX);
            }
        }
        for (String[] row : cueLines) {
            int c = CUE_CLASSES.indexOf(row[0].toUpperCase(Locale.ROOT));
            if (c < 0 || row.length < 2) {
                continue;
            }
            String w = ArabicNormalizer.normalize(row[1]).trim();
            cues.or(NerText.hash(w), 1 << c);
            if (w.startsWith("ال") && w.length() > 3) {
                cues.or(NerText.hash(w, 2, w.length()), 1 << c);
            }
        }
    }

    /** Cue classes (bit mask) of a token, looked up by whole form, form without proclitics, and bare stem. */
    int cue(long wordHash, long cliticFreeHash, long stemHash) {
        return cues.get(wordHash, 0) | cues.get(cliticFreeHash, 0) | cues.get(stemHash, 0);
    }

    /**
     * Marks the longest gazetteer match of each type starting at each token: {@code gazB[i]} gets
     * the type bits of matches beginning at token i, {@code gazI[i]} those continuing through it.
     * The first token of a phrase may carry proclitics ("والعراق"), so its clitic-free form is
     * tried too; later tokens must match exactly.
     *
     * @param wh  whole-form hash of each token
     * @param ph  clitic-free hash of each token (equal to {@code wh} when nothing was stripped)
     */
    void match(long[] wh, long[] ph, int n, int[] gazB, int[] gazI) {
        for (int i = 0; i < n; i++) {
            gazB[i] = 0;
            gazI[i] = 0;
        }
        for (int i = 0; i < n; i++) {
            matchFrom(wh[i], wh, i, n, gazB, gazI);
            if (ph[i] != wh[i]) {
                matchFrom(ph[i], wh, i, n, gazB, gazI);
            }
        }
    }

    private void matchFrom(long first, long[] wh, int i, int n, int[] gazB, int[] gazI) {
        long h = first;
        int j = i;
        while (true) {
            int v = gaz.get(h, 0);
            if (v == 0) {
                return;
            }
            int types = v & ~PREFIX;
            if (types != 0) {
                gazB[i] |= types;
                for (int k = i + 1; k <= j; k++) {
                    gazI[k] |= types;
                }
            }
            if ((v & PREFIX) == 0 || ++j >= n || j - i >= MAX_PHRASE) {
                return;
            }
            h = NerText.combine(h, wh[j]);
        }
    }
}
