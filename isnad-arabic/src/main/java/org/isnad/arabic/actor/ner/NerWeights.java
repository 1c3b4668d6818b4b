package org.isnad.arabic.actor.ner;

/**
 * Feature weights, looked up by 64-bit feature hash, one score per label. The tagger's time goes
 * almost entirely into these lookups, so the shipped form ({@link Packed}) keeps each feature's key
 * and its {@code L} weights together in one 64-byte slot: one cache miss per feature instead of
 * two (key table, then weight table).
 */
abstract class NerWeights {
    /** Adds the weights of feature {@code key} to {@code dst[off, off + L)}; false when unknown. */
    abstract boolean addTo(long key, float[] dst, int off);

    /** Open-addressing table of 16-int slots: key (2 ints), L float weights, padding. Read-only once built. */
    static final class Packed extends NerWeights {
        static final int SLOT = 16;
        private final int[] t;
        private final int mask;
        private int size;
        /** The 16-bit step the weights were quantised with when read from a file, else 0. */
        float quantum;

        Packed(int rows) {
            int cap = Integer.highestOneBit(Math.max(16, rows + rows / 3) - 1) << 1;
            t = new int[cap * SLOT];
            mask = cap - 1;
        }

        int size() {
            return size;
        }

        /** Stores the weights {@code src[off, off + L)} for {@code key} (not 0; not already present). */
        void put(long key, float[] src, int off) {
            int lo = (int) key;
            int hi = (int) (key >>> 32);
            int i = lo & mask;
            while (t[i * SLOT] != 0 || t[i * SLOT + 1] != 0) {
                i = (i + 1) & mask;
            }
            int b = i * SLOT;
            t[b] = lo;
            t[b + 1] = hi;
            for (int y = 0; y < NerModel.L; y++) {
                t[b + 2 + y] = Float.floatToRawIntBits(src[off + y]);
            }
            size++;
        }

        @Override
        boolean addTo(long key, float[] dst, int off) {
            int lo = (int) key;
            int hi = (int) (key >>> 32);
            int i = lo & mask;
            while (true) {
                int b = i * SLOT;
                int klo = t[b];
                int khi = t[b + 1];
                if (klo == lo && khi == hi) {
                    for (int y = 0; y < NerModel.L; y++) {
                        dst[off + y] += Float.intBitsToFloat(t[b + 2 + y]);
                    }
                    return true;
                }
                if (klo == 0 && khi == 0) {
                    return false;
                }
                i = (i + 1) & mask;
            }
        }

        /** Calls {@code f} for every stored feature with its weights (a scratch array). */
        void forEach(Entry f) {
            float[] w = new float[NerModel.L];
            for (int b = 0; b < t.length; b += SLOT) {
                if (t[b] != 0 || t[b + 1] != 0) {
                    for (int y = 0; y < NerModel.L; y++) {
                        w[y] = Float.intBitsToFloat(t[b + 2 + y]);
                    }
                    f.accept(((long) t[b + 1] << 32) | (t[b] & 0xffffffffL), w);
                }
            }
        }

        interface Entry {
            void accept(long key, float[] weights);
        }
    }

    /**
     * Two models' weights for the same features in one table, as 16-bit steps of one scale per
     * model: a slot is 12 ints (48 bytes: the key, then for each label one int holding the first
     * model's step in its low half and the second's in its high half), so a two-stage tagger looks
     * each shared feature up once and touches one cache line where floats would need two. Models
     * read from a file are already quantised with these scales, so nothing changes numerically.
     */
    static final class Merged {
        static final int SLOT = 12;
        private final int[] t;
        private final int mask;
        private final float qa;
        private final float qb;

        Merged(Packed a, Packed b) {
            qa = quantum(a);
            qb = quantum(b);
            LongIntMap keys = new LongIntMap(a.size() + b.size());
            a.forEach((k, w) -> keys.put(k, 1));
            b.forEach((k, w) -> keys.put(k, 1));
            int rows = keys.size();
            int cap = Integer.highestOneBit(Math.max(16, rows + rows / 3) - 1) << 1;
            t = new int[cap * SLOT];
            mask = cap - 1;
            a.forEach((k, w) -> put(k, w, qa, 0));
            b.forEach((k, w) -> put(k, w, qb, 16));
        }

        /** The model's 16-bit step: as stored in its file, else from its largest weight. */
        private static float quantum(Packed p) {
            if (p.quantum > 0f) {
                return p.quantum;
            }
            float[] max = {0f};
            p.forEach((k, w) -> {
                for (float v : w) {
                    max[0] = Math.max(max[0], Math.abs(v));
                }
            });
            return max[0] == 0f ? 1f : max[0] / 32767f;
        }

        private void put(long key, float[] w, float q, int shift) {
            int lo = (int) key;
            int hi = (int) (key >>> 32);
            int i = lo & mask;
            while (true) {
                int b = i * SLOT;
                if (t[b] == 0 && t[b + 1] == 0) {
                    t[b] = lo;
                    t[b + 1] = hi;
                }
                if (t[b] == lo && t[b + 1] == hi) {
                    for (int y = 0; y < NerModel.L; y++) {
                        int step = Math.round(w[y] / q) & 0xFFFF;
                        t[b + 2 + y] = (t[b + 2 + y] & ~(0xFFFF << shift)) | (step << shift);
                    }
                    return;
                }
                i = (i + 1) & mask;
            }
        }

        /** Adds the first model's weights to {@code a[off..]} and the second's to {@code b[off..]}. */
        void addTo(long key, float[] a, float[] b, int off) {
            int lo = (int) key;
            int hi = (int) (key >>> 32);
            int i = lo & mask;
            while (true) {
                int s = i * SLOT;
                int klo = t[s];
                int khi = t[s + 1];
                if (klo == lo && khi == hi) {
                    for (int y = 0; y < NerModel.L; y++) {
                        int v = t[s + 2 + y];
                        a[off + y] += (short) v * qa;
                        b[off + y] += (v >> 16) * qb;
                    }
                    return;
                }
                if (klo == 0 && khi == 0) {
                    return;
                }
                i = (i + 1) & mask;
            }
        }
    }
}
