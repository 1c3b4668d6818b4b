package org.isnad.spark;

import java.io.IOException;
import org.isnad.core.model.Document;
import org.isnad.corpus.store.ArticleRecord;

/**
 * Receives each analysed article of one partition, besides the Parquet tables: a search index, a
 * corpus store. Opened by an {@link AnalysisSinkFactory} once per partition on the executor, fed
 * the partition's articles in order, then closed when the partition is done (close is where a
 * store commits). When a task is retried its articles are delivered again: a sink must accept an
 * article id it already holds (overwrite), which a store keyed by article id does.
 */
public interface AnalysisSink extends AutoCloseable {
    /**
     * One article: {@code record} holds what the input said with outlet, title and date completed
     * from the analysis ({@code analysisJson} and {@code sentences} are null, {@code seq} is the
     * article's index in its partition); {@code analysis} is the pipeline's document.
     */
    void accept(ArticleRecord record, Document analysis) throws IOException;

    @Override
    void close() throws IOException;
}
