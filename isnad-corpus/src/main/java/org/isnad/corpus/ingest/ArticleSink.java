package org.isnad.corpus.ingest;

/** Receives what a reader finds, in input order: articles and the records that failed. */
public interface ArticleSink {
    void article(Article article);

    void error(RecordError error);

    /** How many bytes of the current file have been read (for progress; readers that can tell call it). */
    default void position(long bytes) {}
}
