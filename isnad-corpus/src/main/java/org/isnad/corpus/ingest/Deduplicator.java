package org.isnad.corpus.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds exact and near duplicates among the articles of a corpus.
 *
 * <p>Exact: equal 64-bit hashes of the normalised text ({@link ArticleIds#textKey}). Near: MinHash
 * over word 5-shingles of the normalised text ({@value #HASHES} hash functions), candidates found by
 * LSH banding ({@value #BANDS} bands of {@value #ROWS} rows: pairs of Jaccard similarity 0.7 become
 * candidates with probability 0.99, pairs of 0.3 with 0.12) and confirmed when the estimated Jaccard
 * similarity reaches the threshold (default 0.7). Of several matches the most similar wins, then the
 * earliest added, so decisions depend only on the order articles are added.
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
    private static final long[] SEEDS = new long[HASHES];
    private static final long[] MUL = new long[HASHES];

    static {
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            s = mix(s + 0x632BE59BD9B4E019L * (i + 1));
            SEEDS[i] = s;
            MUL[i] = mix(s ^ 0xD1B54A32D192ED03L) | 1L;
        }
    }

    /** What dedup needs of one text: its exact hash and its MinHash signature. */
    public record Keys(long textHash, int[] signature) {}

    /** A duplicate found: the earlier article it repeats, how ({@code exact} or {@code near}), and the similarity. */
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

    public static Keys keys(String text) {
        String key = ArticleIds.textKey(text);
        return new Keys(hash64(key), signature(key));
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

    /** Adds an article that is not a duplicate, so that later ones are compared with it. */
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

    static int[] signature(String key) {
        int[] sig = new int[HASHES];
        Arrays.fill(sig, Integer.MAX_VALUE);
        // word hashes first: shingles combine them without re-reading the characters
        long[] words = new long[Math.max(1, key.length() / 2)];
        int n = 0;
        int start = -1;
        for (int i = 0; i <= key.length(); i++) {
            boolean letter = i < key.length() && Character.isLetterOrDigit(key.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (n == words.length) {
                    words = Arrays.copyOf(words, n * 2);
                }
                words[n++] = hashRange(key, start, i);
                start = -1;
            }
        }
        int shingles = Math.max(1, n - SHINGLE + 1);
        for (int s = 0; s < shingles; s++) {
            long h = 0x2545F4914F6CDD1DL;
            for (int j = s; j < Math.min(n, s + SHINGLE); j++) {
                h = mix(h ^ words[j]) + j - s;
            }
            // the i-th hash function: multiply-add with odd random constants, high bits (multiply-shift hashing)
            for (int i = 0; i < HASHES; i++) {
                int v = (int) ((h * MUL[i] + SEEDS[i]) >>> 33);
                if (v < sig[i]) {
                    sig[i] = v;
                }
            }
        }
        return sig;
    }

    static long hash64(String s) {
        return hashRange(s, 0, s.length());
    }

    private static long hashRange(String s, int from, int to) {
        long h = 0xCBF29CE484222325L;
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
        }
        return mix(h);
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
