package org.isnad.corpus.ingest;

/** Receives what a reader finds, in input order: articles and the records that failed. */
public interface ArticleSink {
    void article(Article article);

    void error(RecordError error);
}
