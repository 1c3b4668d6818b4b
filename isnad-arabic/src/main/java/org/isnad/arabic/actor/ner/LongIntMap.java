package org.isnad.arabic.actor.ner;

import java.util.Arrays;

/**
 * Open-addressing map from non-zero {@code long} hash keys to {@code int} values, without boxing:
 * the feature table is probed ~50 times per token, so it must not allocate. Not thread-safe for
 * writes; safe to share read-only once filled.
 */
final class LongIntMap {
    private long[] keys;
    private int[] vals;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[cap];
        vals = new int[cap];
        mask = cap - 1;
    }

    int size() {
        return size;
    }

    /** The value for {@code key}, or {@code missing}. Key 0 is reserved and never found. */
    int get(long key, int missing) {
        int i = (int) key & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                return key == 0 ? missing : vals[i];
            }
            if (k == 0) {
                return missing;
            }
            i = (i + 1) & mask;
        }
    }

    void put(long key, int value) {
        if (key == 0) {
            key = 1; // 0 marks empty slots; a real hash of 0 is astronomically rare
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int i = (int) key & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0) {
            size++;
            keys[i] = key;
        }
        vals[i] = value;
    }

    /** ORs {@code bits} into the value of {@code key} (0 when absent). */
    void or(long key, int bits) {
        put(key, get(key, 0) | bits);
    }

    /** Adds {@code delta} to the value of {@code key} (0 when absent). */
    void add(long key, int delta) {
        put(key, get(key, 0) + delta);
    }

    /** Calls {@code f} for each entry. */
    void forEach(Entry f) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                f.accept(keys[i], vals[i]);
            }
        }
    }

    interface Entry {
        void accept(long key, int value);
    }

    private void grow() {
        long[] ok = keys;
        int[] ov = vals;
        keys = new long[ok.length * 2];
        vals = new int[ok.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < ok.length; i++) {
            if (ok[i] != 0) {
                put(ok[i], ov[i]);
            }
        }
    }

    @Override
    public String toString() {
        return "LongIntMap[" + size + "/" + keys.length + "]";
    }

    static long[] sortedKeys(LongIntMap m) {
        long[] out = new long[m.size];
        int[] n = {0};
        m.forEach((k, v) -> out[n[0]++] = k);
        Arrays.sort(out);
        return out;
    }
}
