package org.isnad.spark;

import java.io.IOException;
import java.util.Map;
import org.isnad.core.model.Document;
import org.isnad.corpus.ingest.Deduplicator;
import org.isnad.corpus.store.ArticleRecord;
import org.isnad.corpus.store.CorpusStore;

/**
 * Base of a sink factory that writes into a {@link CorpusStore} (a SolrCloud store, say): a
 * subclass opens the store for a partition; each article is added with its dedup keys, and the
 * partition commits when it ends. No duplicate detection across partitions happens here (the
 * Parquet tables keep every article); a store keyed by article id overwrites a retried partition's
 * articles.
 */
public abstract class CorpusStoreSinkFactory implements AnalysisSinkFactory {

    /** The store this partition writes to (closed by the sink when the partition is done). */
    protected abstract CorpusStore openStore(Map<String, String> options, int partition) throws IOException;

    /**
     * The record as the store receives it. This default keeps the job's record, whose {@code seq} is
     * the article's index in its partition (so equal seqs recur across partitions); a subclass whose
     * store orders by {@code seq} gives it a corpus-wide one here.
     */
    protected ArticleRecord stored(ArticleRecord record) {
        return record;
    }

    @Override
    public final AnalysisSink open(Map<String, String> options, int partition) throws IOException {
        CorpusStore store = openStore(options, partition);
        return new AnalysisSink() {
            @Override
            public void accept(ArticleRecord record, Document analysis) throws IOException {
                Deduplicator.Keys keys = Deduplicator.keys(record.text());
                store.addArticle(stored(record), analysis, keys.textHash(), keys.signature());
            }

            @Override
            public void close() throws IOException {
                try (store) {
                    store.commit(Map.of());
                }
            }
        };
    }
}
