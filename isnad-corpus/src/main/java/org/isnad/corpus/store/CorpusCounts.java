package org.isnad.corpus.store;

/** How many articles a corpus holds, how many of them were analysed, and how many duplicates it recorded. */
public record CorpusCounts(long articles, long analysed, long duplicates) {}
