package org.isnad.corpus.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.isnad.corpus.store.ArabicFold;

/**
 * Finds exact and near duplicates among the articles of a corpus.
 *
 * <p>Exact: equal 64-bit hashes of the normalised text ({@link ArticleIds#textKey}). Near: MinHash
 * over word 5-shingles of the normalised text ({@value #HASHES} values, one-permutation hashing with
 * densification), candidates found by
 * LSH banding ({@value #BANDS} bands of {@value #ROWS} rows: pairs of Jaccard similarity 0.7 become
 * candidates with probability 0.99, pairs of 0.3 with 0.12) and confirmed when the estimated Jaccard
 * similarity reaches the threshold (default 0.7). Of several matches the most similar wins, then the
 * earliest added, so decisions depend only on the order articles are added. Near duplicates are
 * added too, standing for the article they duplicate (syndication chains resolve to the first).
 *
 * <p>{@link #keys} is thread-safe; {@link #check} and {@link #add} are not (one ingest thread calls
 * them in input order). Memory: about 400 bytes per article (signature and band tables in
 * primitive arrays).
 */
public final class Deduplicator {
    public static final int HASHES = 64;
    public static final int BANDS = 16;
    public static final int ROWS = HASHES / BANDS;
    static final int SHINGLE = 5;
    /** Chain entries looked at per band: bounds the work on a degenerate bucket (boilerplate-only texts). */
    private static final int MAX_CHAIN = 64;
    private static final long FNV_OFFSET = 0xCBF29CE484222325L;
    private static final long FNV_PRIME = 0x100000001B3L;

    /** What dedup needs of one text: its exact hash and its MinHash signature. */
    public record Keys(long textHash, int[] signature) {}

    /**
     * A duplicate found: the earlier article it repeats, how ({@code exact} or {@code near}), and the
     * estimated similarity to the closest earlier text (the article or one of its near copies).
     */
    public record Match(String duplicateOf, String kind, double similarity) {}

    private final double threshold;
    private final List<String> ids = new ArrayList<>();
    private int[] signatures = new int[HASHES * 1024];
    private final LongIntMap exact = new LongIntMap();
    private final LongIntMap bandHeads = new LongIntMap();
    /** Per (article, band) entry: the previous entry with the same band key, -1 at the end. */
    private int[] chain = new int[BANDS * 1024];

    public Deduplicator(double threshold) {
        this.threshold = threshold;
    }

    public int size() {
        return ids.size();
    }

    /**
     * The keys of a text, in one pass over its characters: folded as the text layer normalises
     * ({@link ArabicFold}), lower case, white space collapsed (so the exact hash is that of
     * {@link ArticleIds#textKey}), and cut into words (runs of letters and digits) for the shingles.
     */
    public static Keys keys(String text) {
        Scanner sc = new Scanner();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String f = ArabicFold.of(c);
            if (f == null) {
                sc.step(c);
            } else {
                for (int j = 0; j < f.length(); j++) {
                    sc.step(f.charAt(j));
                }
            }
        }
        sc.endWord();
        return new Keys(mix(sc.exact), signature(sc.words, sc.n));
    }

    /** State of the one pass of {@link #keys}. */
    private static final class Scanner {
        long exact = FNV_OFFSET;
        boolean pendingSpace;
        boolean any;
        long word;
        boolean inWord;
        long[] words = new long[256];
        int n;

        void step(char c) {
            if (Character.isWhitespace(c)) {
                pendingSpace = any;
                endWord();
                return;
            }
            char lc = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)
                    : c >= 0x0600 && c <= 0x06FF ? c : Character.toLowerCase(c);
            if (pendingSpace) {
                exact = (exact ^ ' ') * FNV_PRIME;
                pendingSpace = false;
            }
            exact = (exact ^ lc) * FNV_PRIME;
            any = true;
            if (Character.isLetterOrDigit(lc)) {
                word = ((inWord ? word : FNV_OFFSET) ^ lc) * FNV_PRIME;
                inWord = true;
            } else {
                endWord();
            }
        }

        void endWord() {
            if (inWord) {
                if (n == words.length) {
                    words = Arrays.copyOf(words, n * 2);
                }
                words[n++] = mix(word);
                inWord = false;
            }
        }
    }

    /** The article {@code k} duplicates, or null when it is new. */
    public Match check(Keys k) {
        int same = exact.get(k.textHash());
        if (same >= 0) {
            return new Match(ids.get(same), "exact", 1.0);
        }
        int best = -1;
        int bestEqual = -1;
        for (int b = 0; b < BANDS; b++) {
            int entry = bandHeads.get(bandKey(k.signature(), b));
            for (int steps = 0; entry >= 0 && steps < MAX_CHAIN; steps++) {
                int doc = entry / BANDS;
                int equal = equalCount(k.signature(), doc);
                if (equal > bestEqual || (equal == bestEqual && doc < best)) {
                    best = doc;
                    bestEqual = equal;
                }
                entry = chain[entry];
            }
        }
        double sim = bestEqual / (double) HASHES;
        return best >= 0 && sim >= threshold ? new Match(ids.get(best), "near", sim) : null;
    }

    /**
     * Adds a text that later ones are compared with: an article ({@code id} its own), or a near
     * duplicate ({@code id} the article it duplicates), so that a copy of a copy still finds the
     * original even where it resembles the copy more than the original.
     */
    public void add(String id, Keys k) {
        int doc = ids.size();
        ids.add(id);
        if (signatures.length < (doc + 1) * HASHES) {
            signatures = Arrays.copyOf(signatures, signatures.length * 2);
            chain = Arrays.copyOf(chain, chain.length * 2);
        }
        System.arraycopy(k.signature(), 0, signatures, doc * HASHES, HASHES);
        if (exact.get(k.textHash()) < 0) {
            exact.put(k.textHash(), doc);
        }
        for (int b = 0; b < BANDS; b++) {
            long key = bandKey(k.signature(), b);
            int entry = doc * BANDS + b;
            chain[entry] = bandHeads.get(key);
            bandHeads.put(key, entry);
        }
    }

    private int equalCount(int[] sig, int doc) {
        int base = doc * HASHES;
        int n = 0;
        for (int i = 0; i < HASHES; i++) {
            if (signatures[base + i] == sig[i]) {
                n++;
            }
        }
        return n;
    }

    private static long bandKey(int[] sig, int band) {
        long h = band * 0x9E3779B97F4A7C15L;
        for (int r = 0; r < ROWS; r++) {
            h = mix(h ^ (sig[band * ROWS + r] & 0xFFFFFFFFL));
        }
        return h;
    }

    /**
     * One-permutation MinHash: each shingle hash goes to one of {@value #HASHES} bins by its top bits
     * and competes there by its low bits, so a text costs one hash per shingle rather than
     * {@value #HASHES}; bins left empty (short texts) borrow, by rotation, from the next filled bin
     * with an offset, so that equal texts still agree bin by bin.
     */
    static int[] signature(long[] words, int n) {
        int[] sig = new int[HASHES];
        Arrays.fill(sig, Integer.MAX_VALUE);
        int shingles = n == 0 ? 0 : Math.max(1, n - SHINGLE + 1);
        for (int s = 0; s < shingles; s++) {
            long h = 0x2545F4914F6CDD1DL;
            for (int j = s; j < Math.min(n, s + SHINGLE); j++) {
                h = mix(h ^ words[j]) + j - s;
            }
            h = mix(h);
            int bin = (int) (h >>> 58);
            int v = (int) (h & 0x7FFFFFFFL);
            if (v < sig[bin]) {
                sig[bin] = v;
            }
        }
        if (shingles == 0) {
            return sig;
        }
        int[] filled = sig.clone();
        for (int i = 0; i < HASHES; i++) {
            if (filled[i] == Integer.MAX_VALUE) {
                int d = 1;
                while (filled[(i + d) % HASHES] == Integer.MAX_VALUE) {
                    d++;
                }
                sig[i] = (int) (mix(filled[(i + d) % HASHES] + d * 0x9E3779B97F4A7C15L) & 0x7FFFFFFFL);
            }
        }
        return sig;
    }

    /** SplitMix64's finaliser: a strong 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Open-addressing map from long keys to non-negative ints; get returns -1 when absent. */
    static final class LongIntMap {
        private long[] keys = new long[1 << 12];
        private int[] values = new int[1 << 12];
        private boolean[] used = new boolean[1 << 12];
        private int size;

        int get(long key) {
            int mask = keys.length - 1;
            for (int i = (int) mix(key) & mask; used[i]; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return values[i];
                }
            }
            return -1;
        }

        void put(long key, int value) {
            if (size * 2 >= keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            int i = (int) mix(key) & mask;
            while (used[i] && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (!used[i]) {
                used[i] = true;
                keys[i] = key;
                size++;
            }
            values[i] = value;
        }

        private void grow() {
            long[] k = keys;
            int[] v = values;
            boolean[] u = used;
            keys = new long[k.length * 2];
            values = new int[k.length * 2];
            used = new boolean[k.length * 2];
            size = 0;
            for (int i = 0; i < k.length; i++) {
                if (u[i]) {
                    put(k[i], v[i]);
                }
            }
        }
    }
}
