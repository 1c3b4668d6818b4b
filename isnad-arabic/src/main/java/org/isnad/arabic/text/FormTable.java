package org.isnad.arabic.text;

import java.util.Arrays;

/**
 * An immutable open-addressing hash table of normalised word forms with a count and flag bits
 * each, looked up by a character range (optionally preceded by one extra character) so that the
 * segmenter can test candidate stems without building substrings.
 *
 * <p>Contract: built once by {@link Builder}; afterwards read-only and safe to share between
 * threads. {@link #find} returns an entry index or -1; {@link #count} and {@link #flags} read it.
 */
final class FormTable {
    private final char[] pool;
    private final int[] offset;
    private final int[] length;
    private final int[] counts;
    private final byte[] flags;
    private final int[] slots;
    private final int mask;

    private FormTable(char[] pool, int[] offset, int[] length, int[] counts, byte[] flags) {
        this.pool = pool;
        this.offset = offset;
        this.length = length;
        this.counts = counts;
        this.flags = flags;
        int cap = Integer.highestOneBit(Math.max(4, offset.length * 2 - 1)) << 1;
        this.slots = new int[cap];
        this.mask = cap - 1;
        for (int e = 0; e < offset.length; e++) {
            int h = hash(pool, offset[e], offset[e] + length[e]);
            int s = h & mask;
            while (slots[s] != 0) {
                s = (s + 1) & mask;
            }
            slots[s] = e + 1;
        }
    }

    int size() {
        return offset.length;
    }

    int count(int entry) {
        return entry < 0 ? 0 : counts[entry];
    }

    int flags(int entry) {
        return entry < 0 ? 0 : flags[entry];
    }

    /** Index of {@code s[from, to)} or -1. */
    int find(CharSequence s, int from, int to) {
        return find("", s, from, to, '\0');
    }

    /** Index of {@code lead + s[from, to) + tail} (a 0 tail stands for none) or -1. */
    int find(String lead, CharSequence s, int from, int to, char tail) {
        int len = lead.length() + to - from + (tail == 0 ? 0 : 1);
        if (len <= 0 || from > to) {
            return -1;
        }
        int h = 0;
        for (int i = 0; i < lead.length(); i++) {
            h = 31 * h + lead.charAt(i);
        }
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        if (tail != 0) {
            h = 31 * h + tail;
        }
        h = mix(h);
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            int e = slots[slot] - 1;
            if (e < 0) {
                return -1;
            }
            if (length[e] == len && equalsAt(e, lead, s, from, to, tail)) {
                return e;
            }
        }
    }

    private boolean equalsAt(int e, String lead, CharSequence s, int from, int to, char tail) {
        int p = offset[e];
        for (int i = 0; i < lead.length(); i++, p++) {
            if (pool[p] != lead.charAt(i)) {
                return false;
            }
        }
        for (int i = from; i < to; i++, p++) {
            if (pool[p] != s.charAt(i)) {
                return false;
            }
        }
        return tail == 0 || pool[p] == tail;
    }

    private static int hash(char[] a, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + a[i];
        }
        return mix(h);
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x45d9f3b;
        h ^= h >>> 16;
        return h;
    }

    /** Collects entries; a form added twice keeps the larger count and the union of flags. */
    static final class Builder {
        private final java.util.HashMap<String, int[]> entries = new java.util.HashMap<>();

        Builder add(String form, int count, int flagBits) {
            if (form.isEmpty()) {
                return this;
            }
            int[] v = entries.computeIfAbsent(form, k -> new int[2]);
            v[0] = Math.max(v[0], count);
            v[1] |= flagBits;
            return this;
        }

        FormTable build() {
            String[] forms = entries.keySet().toArray(new String[0]);
            Arrays.sort(forms);
            int total = 0;
            for (String f : forms) {
                total += f.length();
            }
            char[] pool = new char[total];
            int[] off = new int[forms.length];
            int[] len = new int[forms.length];
            int[] cnt = new int[forms.length];
            byte[] fl = new byte[forms.length];
            int p = 0;
            for (int i = 0; i < forms.length; i++) {
                String f = forms[i];
                f.getChars(0, f.length(), pool, p);
                off[i] = p;
                len[i] = f.length();
                int[] v = entries.get(f);
                cnt[i] = v[0];
                fl[i] = (byte) v[1];
                p += f.length();
            }
            return new FormTable(pool, off, len, cnt, fl);
        }
    }
}
