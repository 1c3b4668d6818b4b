package org.isnad.arabic.actor.ner;

import java.util.List;

/**
 * Feature extraction for the NER tagger, shared by training and tagging so both see exactly the
 * same features. Every feature is a 64-bit hash of (template id, value hash); values are hashes of
 * character ranges of the normalised tokens, so no feature string is ever built.
 *
 * <p>Static features (independent of the tag history) are computed once per sentence into a
 * {@link Work} buffer: word, clitic-free form, word bigrams, words (±2) and bare stems (±2, not
 * the token's own) around, stem prefixes (1–4), word suffixes (1–4), the first two letters, the
 * neighbours' last two letters, shape and length, article and proclitic letters, training-data
 * frequency and name-type statistics (jack-knifed in training, see {@link NerVocab}), cue-word
 * classes at −2..+1, gazetteer B/I memberships at −1..+1, position inside a quotation, and — for a
 * second-stage model — document-context and stacked first-pass labels ({@link #contextFeatures}).
 * History features are asked for by the decoder through {@link #historyWord}/{@link #historyClitic}
 * (one row of (previous tag, tag) weights per word or clitic class). Template choices were kept
 * only when 5-fold cross-validation on the train file favoured them; {@code -Dner.disable=ids}
 * switches templates off for such ablations. Thread-safe: a {@code Work} belongs to one thread.
 */
public final class NerFeatures {
    /**
     * Number of word-identity features (word, clitic-free form, bigrams with both neighbours),
     * always written right after the bias feature so that training can hide them.
     */
    static final int LEXICAL = 4;

    /** Upper bound on static features per token. */
    static final int K = 128;

    private static final long BOS = NerText.hash("<s>");
    private static final long EOS = NerText.hash("</s>");

    // template ids; changing any of them invalidates trained models
    private static final int T_BIAS = 1;
    private static final int T_W0 = 2;
    private static final int T_S0 = 3;
    private static final int T_C0 = 4;
    private static final int T_WM1 = 5;
    private static final int T_WM2 = 6;
    private static final int T_WP1 = 7;
    private static final int T_WP2 = 8;
    private static final int T_SM1 = 9;
    private static final int T_SP1 = 10;
    private static final int T_BIM = 11;
    private static final int T_BIP = 12;
    private static final int T_PRE = 13; // + length 1..3
    private static final int T_SUF = 17; // + length 1..3
    private static final int T_SHAPE = 21;
    private static final int T_CLITIC = 22;
    private static final int T_CUE0 = 23;
    private static final int T_CUEM1 = 24;
    private static final int T_CUEM2 = 25;
    private static final int T_CUEP1 = 26;
    private static final int T_GAZ0 = 27;
    private static final int T_GAZM1 = 28;
    private static final int T_GAZP1 = 29;
    private static final int T_SHAPES = 30;
    private static final int T_CUEM1_S0 = 31;
    private static final int T_GAZ0_W = 32;
    private static final int T_SM2 = 33;
    private static final int T_SP2 = 34;
    private static final int T_FREQ = 35;
    private static final int T_FREQC = 36;
    private static final int T_LEX = 37;
    private static final int T_LEXC = 38;
    private static final int T_LEXN = 39;
    private static final int T_PRE4 = 42;
    private static final int T_SUF4 = 43;
    private static final int T_WPRE = 44;
    private static final int T_SUFM1 = 45;
    private static final int T_SUFP1 = 46;
    private static final int T_CTX = 47;
    private static final int T_CTXM1 = 48;
    private static final int T_CTXP1 = 49;
    private static final int T_CTX_S = 50;
    private static final int T_QUOTE = 51;
    private static final int T_HIST_C = 52;
    private static final int T_S1 = 54;
    private static final int T_S1M = 55;
    private static final int T_S1P = 56;
    private static final int T_HIST_W = 40;

    private final NerLexicon lexicon;
    private final NerVocab vocab;

    NerFeatures(NerLexicon lexicon, NerVocab vocab) {
        this.lexicon = lexicon;
        this.vocab = vocab;
    }

    /** Per-sentence scratch arrays, grown as needed; one per thread (or per call). */
    public static final class Work {
        long[] wh = new long[0];
        long[] ph = new long[0];
        long[] sh = new long[0];
        int[] cue = new int[0];
        int[] gazB = new int[0];
        int[] gazI = new int[0];
        int[] shape = new int[0];
        int[] lexTop = new int[0];
        int[] inQuote = new int[0];
        long[] clitic = new long[0];
        final int[] cnt = new int[NerVocab.COLS];
        boolean[] quote = new boolean[0];
        /**
         * Document-context codes per token from a first tagging pass ({@link #context}), or null for
         * a single-stage model. Set by the caller before {@link #extract}; never resized here.
         */
        int[] ctx;
        /**
         * Training only: tokens whose word-identity features ({@link #LEXICAL} slots after the bias,
         * and the word's history row) are hidden this epoch, so the model learns to tag names it has
         * never seen from their context and shape. Null when tagging.
         */
        boolean[] dropWord;
        long[] feats = new long[0];
        int[] nf = new int[0];

        final float[] hist = new float[NerModel.H];
        private float[] scores = new float[0];
        private float[] delta = new float[0];
        private int[] back = new int[0];

        float[] scores(int size) {
            if (scores.length < size) {
                scores = new float[Math.max(size, scores.length * 2)];
            }
            return scores;
        }

        float[] delta(int size) {
            if (delta.length < size) {
                delta = new float[Math.max(size, delta.length * 2)];
            }
            return delta;
        }

        int[] back(int size) {
            if (back.length < size) {
                back = new int[Math.max(size, back.length * 2)];
            }
            return back;
        }

        void ensure(int n) {
            if (wh.length >= n) {
                return;
            }
            int c = Math.max(n, wh.length * 2);
            wh = new long[c];
            ph = new long[c];
            sh = new long[c];
            cue = new int[c];
            gazB = new int[c];
            gazI = new int[c];
            shape = new int[c];
            lexTop = new int[c];
            inQuote = new int[c];
            clitic = new long[c];
            quote = new boolean[c];
            feats = new long[c * K];
            nf = new int[c];
        }
    }

    /** Fills {@code w} with the static features of the normalised tokens {@code norms[0, n)}. */
    void extract(String[] norms, int n, Work w) {
        extract(norms, n, w, null);
    }

    /**
     * As {@link #extract(String[], int, Work)}, with training-data counts of {@code exclude} (the
     * sentence's own fold) subtracted from the vocabulary statistics.
     */
    void extract(String[] norms, int n, Work w, NerVocab exclude) {
        w.ensure(n);
        for (int i = 0; i < n; i++) {
            String s = norms[i];
            int len = s.length();
            int pl = NerText.procliticLength(s);
            int ss = NerText.stemStart(s);
            w.wh[i] = NerText.hash(s, 0, len);
            w.ph[i] = pl == 0 ? w.wh[i] : NerText.hash(s, pl, len);
            w.sh[i] = ss == 0 ? w.wh[i] : ss == pl ? w.ph[i] : NerText.hash(s, ss, len);
            int shape = NerText.shape(s);
            w.shape[i] = shape;
            // quotation marks are never inside a mention: the decoder forces O on them
            w.quote[i] = len == 1 && (s.charAt(0) == '"' || s.charAt(0) == '\'' || s.charAt(0) == '`');
            w.cue[i] = shape == 0 ? lexicon.cue(w.wh[i], w.ph[i], w.sh[i]) : 0;
        }
        lexicon.match(w.wh, w.ph, n, w.gazB, w.gazI);
        // quotation spans: ANERcorp marks quoted titles («برنامج « الناس وأنا ») as MISC; the
        // normaliser makes « and » the same mark, so "inside" is read from the parity of marks
        int open = -1;
        for (int i = 0; i < n; i++) {
            w.inQuote[i] = 0;
            if (w.quote[i]) {
                if (open >= 0 && i - open <= 8) {
                    for (int j = open + 1; j < i; j++) {
                        w.inQuote[j] = Math.min(i - open - 1, 5) * 4 + (j == open + 1 ? 1 : 0) + (j == i - 1 ? 2 : 0);
                    }
                    open = -1;
                } else {
                    open = i;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            vocab.counts(w.ph[i], exclude, w.cnt);
            int top = 0;
            for (int t = 1; t < NerVocab.COLS; t++) {
                if (2 * w.cnt[t] > w.cnt[0] && w.cnt[t] > 0) {
                    top = t;
                }
            }
            w.lexTop[i] = top;
        }
        long[] f = w.feats;
        for (int i = 0; i < n; i++) {
            String s = norms[i];
            int len = s.length();
            int base = i * K;
            int k = base;
            long wh = w.wh[i];
            long wm1 = i > 0 ? w.wh[i - 1] : BOS;
            long wm2 = i > 1 ? w.wh[i - 2] : BOS;
            long wp1 = i + 1 < n ? w.wh[i + 1] : EOS;
            long wp2 = i + 2 < n ? w.wh[i + 2] : EOS;
            k = put(f, k, T_BIAS, 0);
            k = put(f, k, T_W0, wh);
            // (the bare stem alone, T_S0, lowered dev F1: the clitic-free form and affixes cover it)
            k = put(f, k, T_C0, w.ph[i]);
            k = put(f, k, T_BIM, NerText.combine(wm1, wh));
            k = put(f, k, T_BIP, NerText.combine(wh, wp1));
            k = put(f, k, T_WM1, wm1);
            k = put(f, k, T_WM2, wm2);
            k = put(f, k, T_WP1, wp1);
            k = put(f, k, T_WP2, wp2);
            k = put(f, k, T_SM1, i > 0 ? w.sh[i - 1] : BOS);
            k = put(f, k, T_SP1, i + 1 < n ? w.sh[i + 1] : EOS);
            k = put(f, k, T_SM2, i > 1 ? w.sh[i - 2] : BOS);
            k = put(f, k, T_SP2, i + 2 < n ? w.sh[i + 2] : EOS);
            int ss = NerText.stemStart(s);
            for (int a = 1; a <= 3 && ss + a <= len; a++) {
                k = put(f, k, T_PRE + a, NerText.hash(s, ss, ss + a));
            }
            for (int a = 1; a <= 3 && a < len; a++) {
                k = put(f, k, T_SUF + a, NerText.hash(s, len - a, len));
            }
            if (ss + 4 <= len) {
                k = put(f, k, T_PRE4, NerText.hash(s, ss, ss + 4));
            }
            if (len > 4) {
                k = put(f, k, T_SUF4, NerText.hash(s, len - 4, len));
            }
            k = put(f, k, T_WPRE, NerText.hash(s, 0, Math.min(2, len)));
            if (i > 0) {
                String p = norms[i - 1];
                k = put(f, k, T_SUFM1, NerText.hash(p, Math.max(0, p.length() - 2), p.length()));
            }
            if (i + 1 < n) {
                String p = norms[i + 1];
                k = put(f, k, T_SUFP1, NerText.hash(p, Math.max(0, p.length() - 2), p.length()));
            }
            vocab.counts(wh, exclude, w.cnt);
            k = put(f, k, T_FREQ, bucket(w.cnt[0]) * 8L + Math.min(w.shape[i], 4));
            k = lex(f, k, T_LEX, w.cnt);
            if (w.ph[i] != wh) {
                vocab.counts(w.ph[i], exclude, w.cnt);
                k = put(f, k, T_FREQC, bucket(w.cnt[0]));
                k = lex(f, k, T_LEXC, w.cnt);
            }
            k = put(f, k, T_LEXN, (i > 0 ? w.lexTop[i - 1] : 7) * 8L + (i + 1 < n ? w.lexTop[i + 1] : 7));
            if (w.ctx != null) {
                k = contextFeatures(w.ctx, w.shape, i, n, f, k);
            }
            int shape = w.shape[i];
            k = put(f, k, T_SHAPE, shape * 16L + Math.min(len, 12));
            int pl = NerText.procliticLength(s);
            long cl = NerText.hash(s, 0, pl) * 2 + (NerText.hasArticle(s) ? 1 : 0);
            k = put(f, k, T_CLITIC, cl);
            w.clitic[i] = NerText.combine(cl, shape);
            if (w.inQuote[i] != 0) {
                k = put(f, k, T_QUOTE, w.inQuote[i]);
            }
            int sm = i > 0 ? w.shape[i - 1] : 5;
            int sp = i + 1 < n ? w.shape[i + 1] : 5;
            k = put(f, k, T_SHAPES, sm * 8L + sp);
            k = bits(f, k, T_CUE0, w.cue[i]);
            if (i > 0) {
                k = bits(f, k, T_CUEM1, w.cue[i - 1]);
                int c = w.cue[i - 1];
                for (int b = 0; c != 0; b++, c >>>= 1) {
                    if ((c & 1) != 0) {
                        k = put(f, k, T_CUEM1_S0, NerText.combine(b, w.sh[i]));
                    }
                }
            }
            if (i > 1) {
                k = bits(f, k, T_CUEM2, w.cue[i - 2]);
            }
            if (i + 1 < n) {
                k = bits(f, k, T_CUEP1, w.cue[i + 1]);
            }
            int g = gazBits(w, i);
            k = bits(f, k, T_GAZ0, g);
            if (g != 0) {
                // gazetteer evidence specific to the word, so a noisy entry ("أمل") can be discounted
                k = put(f, k, T_GAZ0_W, NerText.combine(g, wh));
            }
            if (i > 0) {
                k = bits(f, k, T_GAZM1, gazBits(w, i - 1));
            }
            if (i + 1 < n) {
                k = bits(f, k, T_GAZP1, gazBits(w, i + 1));
            }
            w.nf[i] = k - base;
        }
    }

    /**
     * Document-context codes (low 16 bits; the first-pass label of the token itself in the high
     * bits): for each token, what a first tagging pass said about the OTHER
     * occurrences of the same clitic-free form in the document ("أسيك" tagged ORG twice elsewhere
     * makes ORG likely here). Code 0: no other occurrence; else
     * {@code 1 + ((type * 4 + share) * 4 + countClass)} with type 0 = only outside names.
     *
     * @param labels first-pass label ids, parallel to {@code sentences}
     * @param out    receives one code array per sentence
     */
    static void context(List<String[]> sentences, List<int[]> labels, List<int[]> out) {
        LongIntMap rowOf = new LongIntMap(1024);
        int[] counts = new int[1024 * NerVocab.COLS];
        int rows = 0;
        long[][] keys = new long[sentences.size()][];
        for (int s = 0; s < sentences.size(); s++) {
            String[] norms = sentences.get(s);
            int[] lab = labels.get(s);
            keys[s] = new long[norms.length];
            for (int i = 0; i < norms.length; i++) {
                String w = norms[i];
                int pl = NerText.procliticLength(w);
                long key = NerText.hash(w, pl, w.length());
                keys[s][i] = key;
                int r = rowOf.get(key, -1);
                if (r < 0) {
                    r = rows++;
                    rowOf.put(key, r);
                    if (rows * NerVocab.COLS > counts.length) {
                        counts = java.util.Arrays.copyOf(counts, counts.length * 2);
                    }
                }
                counts[r * NerVocab.COLS]++;
                if (lab[i] != NerModel.O) {
                    counts[r * NerVocab.COLS + 1 + (lab[i] - 1) / 2]++;
                }
            }
        }
        for (int s = 0; s < sentences.size(); s++) {
            int[] lab = labels.get(s);
            int[] code = new int[lab.length];
            for (int i = 0; i < lab.length; i++) {
                int r = rowOf.get(keys[s][i], -1) * NerVocab.COLS;
                int own = lab[i] == NerModel.O ? 0 : 1 + (lab[i] - 1) / 2;
                int total = counts[r] - 1;
                if (total <= 0) {
                    continue;
                }
                int best = 0;
                int bestCount = 0;
                for (int t = 1; t < NerVocab.COLS; t++) {
                    int c = counts[r + t] - (t == own ? 1 : 0);
                    if (c > bestCount) {
                        best = t;
                        bestCount = c;
                    }
                }
                int share = best == 0 ? 3 : Math.min(3, 4 * bestCount / total);
                int cls = Math.min(3, bucket(best == 0 ? total : bestCount));
                code[i] = 1 + (best * 4 + share) * 4 + cls;
            }
            for (int i = 0; i < lab.length; i++) {
                code[i] |= lab[i] << 16; // the first pass's label rides in the high half
            }
            out.add(code);
        }
    }

    /**
     * Writes the stage-2 features of token i (document context and stacked first-pass labels) to
     * {@code f} from {@code k}; returns the new end. Shared by {@link #extract} and the tagger's
     * fast path, which adds them to features extracted once for both stages.
     */
    static int contextFeatures(int[] ctx, int[] shape, int i, int n, long[] f, int k) {
        int cx = ctx[i] & 0xFFFF;
        k = put(f, k, T_CTX, cx);
        k = put(f, k, T_CTX_S, cx * 8L + Math.min(shape[i], 4));
        k = put(f, k, T_CTXM1, i > 0 ? ctxType(ctx[i - 1] & 0xFFFF) : -1);
        k = put(f, k, T_CTXP1, i + 1 < n ? ctxType(ctx[i + 1] & 0xFFFF) : -1);
        // stacking: the first pass's own labels around the token
        int l0 = ctx[i] >>> 16;
        int lm = i > 0 ? ctx[i - 1] >>> 16 : 15;
        int lp = i + 1 < n ? ctx[i + 1] >>> 16 : 15;
        k = put(f, k, T_S1, l0);
        k = put(f, k, T_S1M, lm * 16L + l0);
        k = put(f, k, T_S1P, l0 * 16L + lp);
        return k;
    }

    /** The type part of a context code: 0 none, 1 only outside names, 2.. PERS, LOC, ORG, MISC. */
    private static int ctxType(int code) {
        return code == 0 ? 0 : 1 + ((code - 1) >> 4);
    }

    /** Templates switched off for ablation runs (system property {@code ner.disable}: comma-separated ids). */
    private static final long DISABLED = disabled();

    private static long disabled() {
        long m = 0;
        String p = System.getProperty("ner.disable", "");
        for (String t : p.split(",")) {
            if (!t.isBlank()) {
                m |= 1L << Integer.parseInt(t.strip());
            }
        }
        return m;
    }

    private static int put(long[] f, int k, int template, long value) {
        if ((DISABLED & (1L << template)) != 0) {
            return k;
        }
        f[k] = NerText.feature(template, value);
        return k + 1;
    }

    /** Log-like frequency class: 0, 1, 2–3, 4–9, 10–49, 50+. */
    private static int bucket(int c) {
        return c == 0 ? 0 : c == 1 ? 1 : c < 4 ? 2 : c < 10 ? 3 : c < 50 ? 4 : 5;
    }

    /** Per type seen inside names: type with the share of occurrences (quartiles) and a count class. */
    private static int lex(long[] f, int k, int template, int[] cnt) {
        if (cnt[0] == 0) {
            return k;
        }
        for (int t = 1; t < NerVocab.COLS; t++) {
            if (cnt[t] > 0) {
                int share = Math.min(3, 4 * cnt[t] / cnt[0]);
                k = put(f, k, template, t * 64L + share * 8L + Math.min(bucket(cnt[t]), 3));
            }
        }
        return k;
    }

    /** B and I gazetteer bits of token i interleaved into one mask (B at even, I at odd bits). */
    private static int gazBits(Work w, int i) {
        int b = w.gazB[i];
        int in = w.gazI[i];
        int out = 0;
        for (int t = 0; t < 15; t++) {
            if ((b & (1 << t)) != 0) {
                out |= 1 << (2 * t);
            }
            if ((in & (1 << t)) != 0) {
                out |= 1 << (2 * t + 1);
            }
        }
        return out;
    }

    private static int bits(long[] f, int k, int template, int mask) {
        for (int b = 0; mask != 0; b++, mask >>>= 1) {
            if ((mask & 1) != 0) {
                k = put(f, k, template, b + 1);
            }
        }
        return k;
    }

    /**
     * Key of the history table row for token i's word: the row holds a weight for every (previous
     * tag, tag) pair, so one lookup serves all previous tags of the Viterbi lattice. 0 when disabled.
     */
    static long historyWord(Work w, int i) {
        if (w.dropWord != null && w.dropWord[i]) {
            return 0;
        }
        return (DISABLED & (1L << T_HIST_W)) != 0 ? 0 : NerText.feature(T_HIST_W, w.wh[i]);
    }

    /**
     * As {@link #historyWord} for the token's proclitics, article and shape: a "و" starting a word
     * after a name usually starts a new name ("وياسمين"), which the word rows cannot generalise.
     */
    static long historyClitic(Work w, int i) {
        return (DISABLED & (1L << T_HIST_C)) != 0 ? 0 : NerText.feature(T_HIST_C, w.clitic[i]);
    }

}
