package org.isnad.arabic.actor.ner;

/**
 * Feature extraction for the NER tagger, shared by training and tagging so both see exactly the
 * same features. Every feature is a 64-bit hash of (template id, value hash); values are hashes of
 * character ranges of the normalised tokens, so no feature string is ever built.
 *
 * <p>Static features (independent of the tag history) are computed once per sentence into a
 * {@link Work} buffer: word, bare stem, clitic-free form, stem prefixes and word suffixes (1–3),
 * shape and length, article and proclitic letters, words and stems in a ±2 window, word bigrams,
 * cue-word classes at −2..+1 and gazetteer B/I memberships at −1..+1. History features (previous
 * tag alone and with the current word/stem) are asked for by the decoder through
 * {@link #historyWord}/{@link #historyStem}. Thread-safe: a {@code Work} belongs to one thread.
 */
public final class NerFeatures {
    /** Upper bound on static features per token. */
    static final int K = 96;

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
    private static final int T_HIST_W = 40;
    private static final int T_HIST_S = 41;

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
        final int[] cnt = new int[NerVocab.COLS];
        boolean[] quote = new boolean[0];
        long[] feats = new long[0];
        int[] nf = new int[0];

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
            f[k++] = NerText.feature(T_BIAS, 0);
            f[k++] = NerText.feature(T_W0, wh);
            f[k++] = NerText.feature(T_S0, w.sh[i]);
            f[k++] = NerText.feature(T_C0, w.ph[i]);
            f[k++] = NerText.feature(T_WM1, wm1);
            f[k++] = NerText.feature(T_WM2, wm2);
            f[k++] = NerText.feature(T_WP1, wp1);
            f[k++] = NerText.feature(T_WP2, wp2);
            f[k++] = NerText.feature(T_SM1, i > 0 ? w.sh[i - 1] : BOS);
            f[k++] = NerText.feature(T_SP1, i + 1 < n ? w.sh[i + 1] : EOS);
            f[k++] = NerText.feature(T_SM2, i > 1 ? w.sh[i - 2] : BOS);
            f[k++] = NerText.feature(T_SP2, i + 2 < n ? w.sh[i + 2] : EOS);
            f[k++] = NerText.feature(T_BIM, NerText.combine(wm1, wh));
            f[k++] = NerText.feature(T_BIP, NerText.combine(wh, wp1));
            int ss = NerText.stemStart(s);
            for (int a = 1; a <= 3 && ss + a <= len; a++) {
                f[k++] = NerText.feature(T_PRE + a, NerText.hash(s, ss, ss + a));
            }
            for (int a = 1; a <= 3 && a < len; a++) {
                f[k++] = NerText.feature(T_SUF + a, NerText.hash(s, len - a, len));
            }
            if (ss + 4 <= len) {
                f[k++] = NerText.feature(T_PRE4, NerText.hash(s, ss, ss + 4));
            }
            if (len > 4) {
                f[k++] = NerText.feature(T_SUF4, NerText.hash(s, len - 4, len));
            }
            f[k++] = NerText.feature(T_WPRE, NerText.hash(s, 0, Math.min(2, len)));
            if (i > 0) {
                String p = norms[i - 1];
                f[k++] = NerText.feature(T_SUFM1, NerText.hash(p, Math.max(0, p.length() - 2), p.length()));
            }
            if (i + 1 < n) {
                String p = norms[i + 1];
                f[k++] = NerText.feature(T_SUFP1, NerText.hash(p, Math.max(0, p.length() - 2), p.length()));
            }
            vocab.counts(wh, exclude, w.cnt);
            f[k++] = NerText.feature(T_FREQ, bucket(w.cnt[0]) * 8L + Math.min(w.shape[i], 4));
            k = lex(f, k, T_LEX, w.cnt);
            if (w.ph[i] != wh) {
                vocab.counts(w.ph[i], exclude, w.cnt);
                f[k++] = NerText.feature(T_FREQC, bucket(w.cnt[0]));
                k = lex(f, k, T_LEXC, w.cnt);
            }
            f[k++] = NerText.feature(T_LEXN, (i > 0 ? w.lexTop[i - 1] : 7) * 8L + (i + 1 < n ? w.lexTop[i + 1] : 7));
            int shape = w.shape[i];
            f[k++] = NerText.feature(T_SHAPE, shape * 16L + Math.min(len, 12));
            int pl = NerText.procliticLength(s);
            f[k++] = NerText.feature(T_CLITIC, NerText.hash(s, 0, pl) * 2 + (NerText.hasArticle(s) ? 1 : 0));
            int sm = i > 0 ? w.shape[i - 1] : 5;
            int sp = i + 1 < n ? w.shape[i + 1] : 5;
            f[k++] = NerText.feature(T_SHAPES, sm * 8L + sp);
            k = bits(f, k, T_CUE0, w.cue[i]);
            if (i > 0) {
                k = bits(f, k, T_CUEM1, w.cue[i - 1]);
                int c = w.cue[i - 1];
                for (int b = 0; c != 0; b++, c >>>= 1) {
                    if ((c & 1) != 0) {
                        f[k++] = NerText.feature(T_CUEM1_S0, NerText.combine(b, w.sh[i]));
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
                f[k++] = NerText.feature(T_GAZ0_W, NerText.combine(g, wh));
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
                f[k++] = NerText.feature(template, t * 64L + share * 8L + Math.min(bucket(cnt[t]), 3));
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
                f[k++] = NerText.feature(template, b + 1);
            }
        }
        return k;
    }

    /** History feature: previous tag (−1 at sentence start) with the current word. */
    static long historyWord(int prevTag, Work w, int i) {
        return NerText.feature(T_HIST_W, NerText.combine(prevTag + 2, w.wh[i]));
    }

    /** History feature: previous tag with the current bare stem. */
    static long historyStem(int prevTag, Work w, int i) {
        return NerText.feature(T_HIST_S, NerText.combine(prevTag + 2, w.sh[i]));
    }
}
