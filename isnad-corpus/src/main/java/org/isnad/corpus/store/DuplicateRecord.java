package org.isnad.corpus.store;

import java.time.LocalDate;

/**
 * An article not indexed because it repeats one already in the corpus: {@code kind} is
 * {@code exact} (same normalised text) or {@code near} (MinHash similarity at or above the
 * threshold, given in {@code similarity}).
 */
public record DuplicateRecord(String id, long seq, String duplicateOf, String kind, double similarity, String url,
                              String outlet, String title, LocalDate date, String origin) {}
