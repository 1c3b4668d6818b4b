package org.isnad.arabic.actor.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained BIO sequence tagger for PERS / LOC / ORG / MISC (ANERcorp's classes): a linear model
 * (averaged perceptron weights) over {@link NerFeatures}, decoded greedily left to right or by
 * first-order Viterbi, with I-X allowed only after B-X or I-X and quotation marks forced to O.
 *
 * <p>The model file is self-contained: weights, transition scores, the decoder choice, the
 * gazetteer and cue lists it was trained with, and counts of word forms seen inside names (used
 * to decide whether a leading و/ب/ل/ك/ف is a proclitic). Immutable once built; {@link #tag} is
 * thread-safe when each thread passes its own {@link NerFeatures.Work}.
 */
public final class NerModel {
    /** Default classpath location of the shipped model. */
    public static final String RESOURCE = "isnad/ar/actor/ner-model.bin.gz";

    /** Entity types in label order. */
    public static final List<String> TYPES = List.of("PERS", "LOC", "ORG", "MISC");
    /** Number of labels: O, then B-t, I-t for each type. */
    static final int L = 1 + 2 * 4;
    static final int O = 0;
    /** Width of a history row: (previous tag incl. sentence start) × tag. */
    static final int H = (L + 1) * L;

    private static final String MAGIC = "isnad-ner";
    private static final int VERSION = 1;

    final NerWeights.Packed weights;
    /** History rows: key → row of H weights, indexed {@code (prev + 1) * L + y}. */
    final LongIntMap histIndex;
    final float[] hist;
    final float[] trans;
    final boolean viterbi;
    final LongIntMap forms;
    final List<String[]> gazetteer;
    final List<String[]> cues;
    final NerVocab vocab;
    final NerFeatures features;
    /** First-pass model whose document-level output feeds this model's context features, or null. */
    final NerModel stage1;
    /**
     * Both stages' weights in one table, when the stages share their vocabulary statistics (they
     * do when trained on the same data, as {@link NerTrainer} does), else null.
     */
    private final NerWeights.Merged merged;
    /**
     * Added to the B- and I- scores of each type: the perceptron is conservative on unseen names
     * (precision well above recall, most of all for ORG and MISC), so margins chosen on the dev
     * split trade some precision for recall.
     */
    final float[] typeBias = new float[TYPES.size()];

    NerModel(NerModel stage1, NerWeights.Packed weights, LongIntMap histIndex, float[] hist, float[] trans,
            boolean viterbi, LongIntMap forms, List<String[]> gazetteer, List<String[]> cues, NerVocab vocab) {
        this.weights = weights;
        this.histIndex = histIndex;
        this.hist = hist;
        this.trans = trans;
        this.viterbi = viterbi;
        this.forms = forms;
        this.gazetteer = gazetteer;
        this.cues = cues;
        this.vocab = vocab;
        this.features = new NerFeatures(new NerLexicon(gazetteer, cues), vocab);
        this.stage1 = stage1;
        this.merged = stage1 != null && sameVocab(stage1.vocab, vocab) && stage1.gazetteer.size() == gazetteer.size()
                && stage1.cues.size() == cues.size() ? new NerWeights.Merged(stage1.weights, weights) : null;
    }

    private static boolean sameVocab(NerVocab a, NerVocab b) {
        if (a.size() != b.size()) {
            return false;
        }
        int[] ca = new int[NerVocab.COLS];
        int[] cb = new int[NerVocab.COLS];
        boolean[] same = {true};
        a.rowOf.forEach((k, r) -> {
            a.counts(k, null, ca);
            b.counts(k, null, cb);
            same[0] &= java.util.Arrays.equals(ca, cb);
        });
        return same[0];
    }

    /**
     * Tags one document given as its sentences of normalised tokens. A two-stage model first tags
     * every sentence with its first-pass model, then re-tags each sentence with features telling how
     * the other occurrences of each word in the document were tagged.
     *
     * @return label ids per sentence
     */
    public List<int[]> tagDocument(List<String[]> sentences, NerFeatures.Work w) {
        return merged != null ? tagDocumentFast(sentences, w) : tagDocumentPlain(sentences, w);
    }

    /** Whether two-stage tagging extracts features once (both stages in one weight table). */
    boolean usesMergedTable() {
        return merged != null;
    }

    /** The reference two-stage path: each stage extracts and looks up its own features. */
    List<int[]> tagDocumentPlain(List<String[]> sentences, NerFeatures.Work w) {
        List<int[]> first = new ArrayList<>(sentences.size());
        NerModel single = stage1 == null ? this : stage1;
        for (String[] s : sentences) {
            int[] out = new int[s.length];
            single.tag(s, s.length, w, out);
            first.add(out);
        }
        if (stage1 == null) {
            return first;
        }
        List<int[]> ctx = new ArrayList<>(sentences.size());
        NerFeatures.context(sentences, first, ctx);
        List<int[]> result = new ArrayList<>(sentences.size());
        for (int k = 0; k < sentences.size(); k++) {
            String[] s = sentences.get(k);
            int[] out = new int[s.length];
            w.ctx = ctx.get(k);
            try {
                tag(s, s.length, w, out);
            } finally {
                w.ctx = null;
            }
            result.add(out);
        }
        return result;
    }

    /**
     * Two-stage tagging with features extracted once: one pass scores both stages through the
     * merged table and decodes stage 1; after the document's context is known, only the stage-2
     * context features are added before stage-2 decoding. Same result as the plain path.
     */
    private List<int[]> tagDocumentFast(List<String[]> sentences, NerFeatures.Work w) {
        int ns = sentences.size();
        List<int[]> first = new ArrayList<>(ns);
        float[][] partial = new float[ns][];
        long[][] wh = new long[ns][];
        long[][] clitic = new long[ns][];
        boolean[][] quote = new boolean[ns][];
        int[][] shape = new int[ns][];
        for (int k = 0; k < ns; k++) {
            String[] s = sentences.get(k);
            int n = s.length;
            stage1.features.extract(s, n, w);
            float[] sc = w.scores(n * L);
            java.util.Arrays.fill(sc, 0, n * L, 0f);
            float[] sc2 = new float[n * L];
            long[] feats = w.feats;
            for (int i = 0; i < n; i++) {
                int base = i * NerFeatures.K;
                for (int j = 0, nf = w.nf[i]; j < nf; j++) {
                    merged.addTo(feats[base + j], sc, sc2, i * L);
                }
            }
            stage1.addBias(sc, n);
            int[] out = new int[n];
            decode(sc, n, w, stage1.histIndex, stage1.hist, stage1.trans, stage1.viterbi, out);
            first.add(out);
            partial[k] = sc2;
            wh[k] = java.util.Arrays.copyOf(w.wh, n);
            clitic[k] = java.util.Arrays.copyOf(w.clitic, n);
            quote[k] = java.util.Arrays.copyOf(w.quote, n);
            shape[k] = java.util.Arrays.copyOf(w.shape, n);
        }
        List<int[]> ctx = new ArrayList<>(ns);
        NerFeatures.context(sentences, first, ctx);
        List<int[]> result = new ArrayList<>(ns);
        long[] f = new long[16];
        for (int k = 0; k < ns; k++) {
            int n = sentences.get(k).length;
            float[] sc = partial[k];
            w.ensure(n);
            System.arraycopy(wh[k], 0, w.wh, 0, n);
            System.arraycopy(clitic[k], 0, w.clitic, 0, n);
            System.arraycopy(quote[k], 0, w.quote, 0, n);
            int[] cx = ctx.get(k);
            for (int i = 0; i < n; i++) {
                int m = NerFeatures.contextFeatures(cx, shape[k], i, n, f, 0);
                for (int j = 0; j < m; j++) {
                    weights.addTo(f[j], sc, i * L);
                }
            }
            addBias(sc, n);
            int[] out = new int[n];
            decode(sc, n, w, histIndex, hist, trans, viterbi, out);
            result.add(out);
        }
        return result;
    }

    private void addBias(float[] sc, int n) {
        for (int t = 0; t < typeBias.length; t++) {
            float b = typeBias[t];
            if (b != 0f) {
                for (int o = 1 + 2 * t, end = n * L; o < end; o += L) {
                    sc[o] += b;
                    sc[o + 1] += b;
                }
            }
        }
    }

    /** Label name of label id {@code y}: "O", "B-PERS", "I-LOC", ... */
    public static String label(int y) {
        return y == O ? "O" : ((y & 1) == 1 ? "B-" : "I-") + TYPES.get((y - 1) / 2);
    }

    /** Label id of a label name; unknown or malformed names give O. */
    public static int labelId(String name) {
        if (name.length() > 2 && (name.startsWith("B-") || name.startsWith("I-"))) {
            int t = TYPES.indexOf(name.substring(2));
            if (t >= 0) {
                return 1 + 2 * t + (name.charAt(0) == 'I' ? 1 : 0);
            }
        }
        return O;
    }

    static boolean isInside(int y) {
        return y != O && (y & 1) == 0;
    }

    /** Whether label {@code y} may follow {@code prev} (−1 = sentence start): I-X only after B-X/I-X. */
    static boolean allowed(int prev, int y) {
        return !isInside(y) || (prev > O && (prev - 1) / 2 == (y - 1) / 2);
    }

    public int featureCount() {
        return weights.size();
    }

    public boolean usesViterbi() {
        return viterbi;
    }

    /**
     * Tags normalised tokens {@code norms[0, n)} (one sentence) and writes label ids to {@code out}.
     * {@code w} is scratch space owned by the calling thread.
     */
    public void tag(String[] norms, int n, NerFeatures.Work w, int[] out) {
        if (stage1 != null && w.ctx == null) {
            // a lone sentence is a one-sentence document
            String[] s = n == norms.length ? norms : java.util.Arrays.copyOf(norms, n);
            System.arraycopy(tagDocument(List.<String[]>of(s), w).get(0), 0, out, 0, n);
            return;
        }
        features.extract(norms, n, w);
        float[] sc = w.scores(n * L);
        java.util.Arrays.fill(sc, 0, n * L, 0f);
        long[] feats = w.feats;
        for (int i = 0; i < n; i++) {
            int base = i * NerFeatures.K;
            int o = i * L;
            for (int k = 0, nf = w.nf[i]; k < nf; k++) {
                weights.addTo(feats[base + k], sc, o);
            }
        }
        addBias(sc, n);
        decode(sc, n, w, histIndex, hist, trans, viterbi, out);
    }

    /** Decodes precomputed static scores {@code sc[n * L]} with history rows and transitions. */
    static void decode(float[] sc, int n, NerFeatures.Work w, LongIntMap histIndex, float[] hist, float[] trans,
            boolean viterbi, int[] out) {
        if (viterbi) {
            viterbi(sc, n, w, histIndex, hist, trans, out);
            return;
        }
        int prev = -1;
        for (int i = 0; i < n; i++) {
            int best = O;
            if (!w.quote[i]) {
                int hb = historyRow(w, i, histIndex, hist);
                float[] h = historyArray(w, hist, hb);
                hb = Math.max(hb, 0);
                float bestScore = Float.NEGATIVE_INFINITY;
                int t = (prev + 1) * L;
                for (int y = 0; y < L; y++) {
                    if (!allowed(prev, y)) {
                        continue;
                    }
                    float s = sc[i * L + y] + trans[t + y] + h[hb + t + y];
                    if (s > bestScore) {
                        bestScore = s;
                        best = y;
                    }
                }
            }
            out[i] = best;
            prev = best;
        }
    }

    /**
     * Where token i's history weights (its word's row plus its clitic class's row) are read: an
     * offset into {@code hist} when only one row applies, so the common cases neither clear nor copy
     * a scratch row; {@link #SUMMED} when both apply (their sum is then in {@code w.hist} from 0);
     * {@link #NONE} when neither does. {@link #historyArray} names the array to read.
     */
    private static int historyRow(NerFeatures.Work w, int i, LongIntMap histIndex, float[] hist) {
        long kw = NerFeatures.historyWord(w, i);
        int rw = kw == 0 ? -1 : histIndex.get(kw, -1);
        long kc = NerFeatures.historyClitic(w, i);
        int rc = kc == 0 ? -1 : histIndex.get(kc, -1);
        if (rw >= 0 && rc >= 0) {
            float[] h = w.hist;
            for (int j = 0, bw = rw * H, bc = rc * H; j < H; j++) {
                h[j] = hist[bw + j] + hist[bc + j];
            }
            return SUMMED;
        }
        return rw >= 0 ? rw * H : rc >= 0 ? rc * H : NONE;
    }

    private static final int SUMMED = -1;
    private static final int NONE = -2;

    /** The array a {@link #historyRow} result points into. */
    private static float[] historyArray(NerFeatures.Work w, float[] hist, int row) {
        return row >= 0 ? hist : row == SUMMED ? w.hist : NO_HISTORY;
    }

    /** A history row of zeros, for tokens whose word and clitic class have none. */
    private static final float[] NO_HISTORY = new float[H];

    /**
     * First-order Viterbi. Each label's best predecessor is searched over the labels allowed to
     * precede it only (B-X or I-X before I-X), in increasing order with a strict comparison, so
     * ties and sums are exactly those of a scan over all (previous, label) pairs.
     */
    private static void viterbi(float[] sc, int n, NerFeatures.Work w, LongIntMap histIndex, float[] hist,
            float[] trans, int[] out) {
        if (n == 0) {
            return;
        }
        float[] delta = w.delta(n * L);
        int[] back = w.back(n * L);
        for (int i = 0; i < n; i++) {
            int o = i * L;
            int hb = historyRow(w, i, histIndex, hist);
            float[] h = historyArray(w, hist, hb);
            hb = Math.max(hb, 0);
            boolean quote = w.quote[i];
            if (i == 0) {
                for (int y = 0; y < L; y++) {
                    if (!allowed(-1, y) || (quote && y != O)) {
                        delta[o + y] = Float.NEGATIVE_INFINITY;
                        continue;
                    }
                    delta[o + y] = 0f + sc[o + y] + trans[y] + h[hb + y];
                    back[o + y] = -1;
                }
                continue;
            }
            int prev = o - L;
            for (int y = 0; y < L; y++) {
                float best = Float.NEGATIVE_INFINITY;
                if (!quote || y == O) {
                    // a dead predecessor (-inf) never wins the strict comparison, so needs no test
                    float s0 = sc[o + y];
                    int pFrom = isInside(y) ? y - 1 : 0;
                    int pTo = isInside(y) ? y : L - 1;
                    int bp = -2;
                    for (int p = pFrom; p <= pTo; p++) {
                        int t = (p + 1) * L + y;
                        float s = delta[prev + p] + s0 + trans[t] + h[hb + t];
                        if (s > best) {
                            best = s;
                            bp = p;
                        }
                    }
                    if (bp != -2) {
                        back[o + y] = bp;
                    }
                }
                delta[o + y] = best;
            }
        }
        int best = O;
        int last = (n - 1) * L;
        for (int y = 1; y < L; y++) {
            if (delta[last + y] > delta[last + best]) {
                best = y;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = best;
            best = back[i * L + best];
        }
    }

    /**
     * How many leading characters of normalised word {@code norm}, the first word of a name, are
     * proclitics to leave out of the mention: و/ف and/or ب/ل/ك. A cut is taken when the rest starts
     * with the article ("والعراق" → 1) or when the rest was seen inside names (training data,
     * gazetteer) more often than the whole word and than the other cut ("وإسرائيل" → 1,
     * "وببغداد" → 2, "بغداد" → 0). Before an elided article ("للوكالة", "وللنظام") only the
     * preposition is cut, so the mention starts at the article's lam, as the gold span rules ask.
     */
    public int procliticCut(String norm) {
        int n = norm.length();
        if (n < 3 || !(NerText.isConj(norm.charAt(0)) || NerText.isPrep(norm.charAt(0)))) {
            return 0;
        }
        int best = 0;
        int bestSeen = forms.get(NerText.hash(norm, 0, n), 0);
        for (int cut = 1; cut <= 2 && n - cut >= 2; cut++) {
            if (cut == 2 && !(NerText.isConj(norm.charAt(0)) && NerText.isPrep(norm.charAt(1)))) {
                break;
            }
            char c = norm.charAt(cut - 1);
            if (c == 'ل' && norm.charAt(cut) == 'ل' && n - cut >= 3) {
                return cut; // ل + elided article: keep the article's lam
            }
            if (n - cut >= 4 && norm.charAt(cut) == 'ا' && norm.charAt(cut + 1) == 'ل') {
                return cut;
            }
            int seen = forms.get(NerText.hash(norm, cut, n), 0);
            if (seen > bestSeen) {
                best = cut;
                bestSeen = seen;
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- persistence

    /** Loads the shipped model from the classpath. */
    public static NerModel loadDefault() {
        InputStream in = NerModel.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource on the classpath: " + RESOURCE);
        }
        try (in) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads a gzipped model written by {@link #write}. */
    public static NerModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
        if (!MAGIC.equals(in.readUTF()) || in.readInt() != VERSION) {
            throw new IOException("not an isnad NER model of version " + VERSION);
        }
        return readBody(in);
    }

    private static NerModel readBody(DataInputStream in) throws IOException {
        NerModel stage1 = in.readBoolean() ? readBody(in) : null;
        boolean viterbi = in.readBoolean();
        float[] typeBias = new float[TYPES.size()];
        for (int t = 0; t < typeBias.length; t++) {
            typeBias[t] = in.readFloat();
        }
        List<String[]> gaz = readRows(in);
        List<String[]> cues = readRows(in);
        float[] trans = new float[(L + 1) * L];
        for (int i = 0; i < trans.length; i++) {
            trans[i] = in.readFloat();
        }
        int rows = in.readInt();
        float scale = in.readFloat();
        NerWeights.Packed weights = new NerWeights.Packed(rows);
        weights.quantum = scale;
        float[] row = new float[L];
        for (int r = 0; r < rows; r++) {
            long key = in.readLong();
            int mask = in.readUnsignedShort();
            for (int y = 0; y < L; y++) {
                row[y] = (mask & (1 << y)) != 0 ? in.readShort() * scale : 0f;
            }
            weights.put(key, row, 0);
        }
        int nh = in.readInt();
        float hscale = in.readFloat();
        LongIntMap histIndex = new LongIntMap(nh);
        float[] hist = new float[nh * H];
        for (int r = 0; r < nh; r++) {
            histIndex.put(in.readLong(), r);
            int cnt = in.readUnsignedByte();
            for (int j = 0; j < cnt; j++) {
                int at = in.readUnsignedByte();
                hist[r * H + at] = in.readShort() * hscale;
            }
        }
        int nf = in.readInt();
        LongIntMap forms = new LongIntMap(nf);
        for (int i = 0; i < nf; i++) {
            forms.put(in.readLong(), in.readInt());
        }
        int nv = in.readInt();
        NerVocab vocab = new NerVocab(nv);
        vocab.counts = new int[nv * NerVocab.COLS];
        for (int i = 0; i < nv; i++) {
            long key = in.readLong();
            for (int c = 0; c < NerVocab.COLS; c++) {
                vocab.counts[i * NerVocab.COLS + c] = in.readInt();
            }
            vocab.put(key, i);
        }
        NerModel m = new NerModel(stage1, weights, histIndex, hist, trans, viterbi, forms, gaz, cues, vocab);
        System.arraycopy(typeBias, 0, m.typeBias, 0, typeBias.length);
        return m;
    }

    /**
     * Writes the model gzipped. Weights are stored sparsely (rows with a zero vector are dropped)
     * and quantised to 16 bits with one global scale: the loss is far below the perceptron's noise.
     */
    public void write(OutputStream raw) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        out.writeUTF(MAGIC);
        out.writeInt(VERSION);
        writeBody(out);
        out.flush();
        gz.finish();
    }

    private void writeBody(DataOutputStream out) throws IOException {
        out.writeBoolean(stage1 != null);
        if (stage1 != null) {
            stage1.writeBody(out);
        }
        out.writeBoolean(viterbi);
        for (float b : typeBias) {
            out.writeFloat(b);
        }
        writeRows(out, gazetteer);
        writeRows(out, cues);
        for (float t : trans) {
            out.writeFloat(t);
        }
        float[] max = {0f};
        List<long[]> keys = new ArrayList<>();
        List<float[]> rowsW = new ArrayList<>();
        weights.forEach((k, w) -> {
            keys.add(new long[] {k, keys.size()});
            rowsW.add(w.clone());
            for (float v : w) {
                max[0] = Math.max(max[0], Math.abs(v));
            }
        });
        keys.sort((a, b) -> Long.compare(a[0], b[0]));
        float scale = max[0] == 0f ? 1f : max[0] / 32767f;
        List<long[]> kept = new ArrayList<>();
        for (long[] k : keys) {
            float[] w = rowsW.get((int) k[1]);
            int mask = 0;
            for (int y = 0; y < L; y++) {
                if (Math.round(w[y] / scale) != 0) {
                    mask |= 1 << y;
                }
            }
            if (mask != 0) {
                kept.add(new long[] {k[0], k[1], mask});
            }
        }
        out.writeInt(kept.size());
        out.writeFloat(scale);
        for (long[] k : kept) {
            out.writeLong(k[0]);
            float[] w = rowsW.get((int) k[1]);
            int mask = (int) k[2];
            out.writeShort(mask);
            for (int y = 0; y < L; y++) {
                if ((mask & (1 << y)) != 0) {
                    out.writeShort(Math.round(w[y] / scale));
                }
            }
        }
        float hmax = 0f;
        for (float v : hist) {
            hmax = Math.max(hmax, Math.abs(v));
        }
        float hscale = hmax == 0f ? 1f : hmax / 32767f;
        long[] hk = LongIntMap.sortedKeys(histIndex);
        out.writeInt(hk.length);
        out.writeFloat(hscale);
        for (long k : hk) {
            int r = histIndex.get(k, -1);
            out.writeLong(k);
            int cnt = 0;
            for (int j = 0; j < H; j++) {
                if (Math.round(hist[r * H + j] / hscale) != 0) {
                    cnt++;
                }
            }
            out.writeByte(cnt);
            for (int j = 0; j < H; j++) {
                int q = Math.round(hist[r * H + j] / hscale);
                if (q != 0) {
                    out.writeByte(j);
                    out.writeShort(q);
                }
            }
        }
        long[] fk = LongIntMap.sortedKeys(forms);
        out.writeInt(fk.length);
        for (long k : fk) {
            out.writeLong(k);
            out.writeInt(forms.get(k, 0));
        }
        long[] vk = LongIntMap.sortedKeys(vocab.rowOf);
        out.writeInt(vk.length);
        int[] cnt = new int[NerVocab.COLS];
        for (long k : vk) {
            out.writeLong(k);
            vocab.counts(k, null, cnt);
            for (int c = 0; c < NerVocab.COLS; c++) {
                out.writeInt(cnt[c]);
            }
        }
    }

    private static void writeRows(DataOutputStream out, List<String[]> rows) throws IOException {
        out.writeInt(rows.size());
        for (String[] r : rows) {
            out.writeUTF(String.join("\t", r));
        }
    }

    private static List<String[]> readRows(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String[]> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(in.readUTF().split("\t", -1));
        }
        return rows;
    }
}
