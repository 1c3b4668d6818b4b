package org.isnad.arabic.actor.ner;

/**
 * Word-form statistics from the training data, read as features: how often a form occurred and
 * how often it was part of a PERS / LOC / ORG / MISC name. Tagging unseen text uses the counts of
 * all training data; training uses counts with the sentence's own fold subtracted (jack-knifing),
 * so the feature means the same thing in training as on new text. Immutable once built.
 */
final class NerVocab {
    /** Columns: total occurrences, then occurrences inside a name of each type. */
    static final int COLS = 1 + NerModel.TYPES.size();

    final LongIntMap rowOf;
    int[] counts;
    private int rows;

    NerVocab(int expected) {
        rowOf = new LongIntMap(expected);
        counts = new int[expected * COLS];
    }

    int size() {
        return rows;
    }

    /** Sets the row of {@code key} when loading (counts filled by the caller). */
    void put(long key, int row) {
        rowOf.put(key, row);
        rows = Math.max(rows, row + 1);
    }

    /** Row of {@code key}, or −1. */
    int row(long key) {
        return rowOf.get(key, -1);
    }

    /** Counts one occurrence of {@code key} with label id {@code label}. */
    void add(long key, int label) {
        int r = rowOf.get(key, -1);
        if (r < 0) {
            r = rows++;
            rowOf.put(key, r);
            if (rows * COLS > counts.length) {
                counts = java.util.Arrays.copyOf(counts, Math.max(counts.length * 2, rows * COLS));
            }
        }
        counts[r * COLS]++;
        if (label != NerModel.O) {
            counts[r * COLS + 1 + (label - 1) / 2]++;
        }
    }

    /** {@code out[0..COLS)} = counts of {@code key} here minus those in {@code exclude} (may be null). */
    void counts(long key, NerVocab exclude, int[] out) {
        int r = rowOf.get(key, -1);
        if (r < 0) {
            java.util.Arrays.fill(out, 0, COLS, 0);
            return;
        }
        int x = exclude == null ? -1 : exclude.rowOf.get(key, -1);
        for (int c = 0; c < COLS; c++) {
            out[c] = counts[r * COLS + c] - (x < 0 ? 0 : exclude.counts[x * COLS + c]);
        }
    }
}
