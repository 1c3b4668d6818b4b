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
     * Two models' weights for the same features in one table, so a two-stage tagger looks each
     * shared feature up once. A slot is 20 ints (80 bytes): the key, then the first model's
     * {@code L} weights, then the second's. The weights are the models' 16-bit steps times their
     * scale, multiplied out once here rather than on every lookup; models read from a file are
     * already quantised with these scales, so nothing changes numerically.
     *
     * <p>Beside the slots, one byte per slot holds 8 bits of its key (0 when empty): a probe walks
     * this array, small enough to stay in cache, and reads a slot only when the byte matches. A
     * quarter of the lookups are features absent from the model, and these then never touch the
     * large slot array (the lookups' time is mostly cache and TLB misses).
     */
    static final class Merged {
        static final int SLOT = 2 + 2 * NerModel.L;
        private final int[] t;
        private final byte[] tags;
        private final int mask;

        Merged(Packed a, Packed b) {
            float qa = quantum(a);
            float qb = quantum(b);
            LongIntMap keys = new LongIntMap(a.size() + b.size());
            a.forEach((k, w) -> keys.put(k, 1));
            b.forEach((k, w) -> keys.put(k, 1));
            int rows = keys.size();
            int cap = Integer.highestOneBit(Math.max(16, rows + rows / 3) - 1) << 1;
            t = new int[cap * SLOT];
            mask = cap - 1;
            a.forEach((k, w) -> put(k, w, qa, 2));
            b.forEach((k, w) -> put(k, w, qb, 2 + NerModel.L));
            tags = new byte[cap];
            for (int i = 0; i < cap; i++) {
                if (t[i * SLOT] != 0 || t[i * SLOT + 1] != 0) {
                    tags[i] = tag(t[i * SLOT + 1]);
                }
            }
        }

        /** The tag byte of a key from its high half (the low half picks the slot): never 0. */
        private static byte tag(int hi) {
            int x = hi >>> 24;
            return (byte) (x == 0 ? 1 : x);
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

        /** Stores model weights {@code w}, rounded to steps of {@code q}, at {@code at} in the key's slot. */
        private void put(long key, float[] w, float q, int at) {
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
                        short step = (short) Math.round(w[y] / q);
                        t[b + at + y] = Float.floatToRawIntBits(step * q);
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
            byte tag = tag(hi);
            int i = lo & mask;
            while (true) {
                byte x = tags[i];
                if (x == 0) {
                    return;
                }
                int s = i * SLOT;
                if (x == tag && t[s] == lo && t[s + 1] == hi) {
                    for (int y = 0; y < NerModel.L; y++) {
                        a[off + y] += Float.intBitsToFloat(t[s + 2 + y]);
                    }
                    for (int y = 0; y < NerModel.L; y++) {
                        b[off + y] += Float.intBitsToFloat(t[s + 2 + NerModel.L + y]);
                    }
                    return;
                }
                i = (i + 1) & mask;
            }
        }
    }
}
