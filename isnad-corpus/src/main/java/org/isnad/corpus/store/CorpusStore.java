package org.isnad.corpus.store;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.isnad.core.model.Document;

/**
 * A searchable store of articles with their analyses: what ingest writes to and what search,
 * export and (next) the REST API read. Implementations: {@link LuceneCorpusStore} (embedded, one
 * folder).
 *
 * <p>Writes become durable and visible together at {@link #commit}: after a crash the store holds
 * exactly what the last commit held, and the ingest state given to that commit (what inputs were
 * completely read) comes back from {@link #ingestState()}. Reads are thread-safe; writes come from
 * one thread.
 */
public interface CorpusStore extends Closeable {
    /** Facet dimensions every store offers: outlet, year, month (yyyy-MM), actor (entity ids), source_type, narrative, via (relaying outlet ids). */
    List<String> FACETS = List.of("outlet", "year", "month", "actor", "source_type", "narrative", "via");

    /**
     * What ingest needs to resume deduplication: one entry per stored article or duplicate;
     * {@code duplicateOf} and {@code kind} are null for an article.
     */
    interface KeyVisitor {
        void visit(String id, long seq, String duplicateOf, String kind, long textHash, int[] signature);
    }

    /** Adds an article; {@code analysis} (may be null) is the analysed document of {@code article.text()}. */
    void addArticle(ArticleRecord article, Document analysis, long textHash, int[] signature) throws IOException;

    /** Records a duplicate (kept out of search), with its dedup keys. */
    void addDuplicate(DuplicateRecord duplicate, long textHash, int[] signature) throws IOException;

    /** Makes everything added so far durable and searchable, with {@code ingestState} stored alongside. */
    void commit(Map<String, String> ingestState) throws IOException;

    /** The ingest state of the last commit (empty for a new store). */
    Map<String, String> ingestState() throws IOException;

    /** Every committed article and duplicate, for dedup and incremental ingest. */
    void visitKeys(KeyVisitor visitor) throws IOException;

    Optional<ArticleRecord> get(String id) throws IOException;

    Optional<DuplicateRecord> getDuplicate(String id) throws IOException;

    SearchResult search(SearchQuery query) throws IOException;

    CorpusCounts counts() throws IOException;

    /** Makes a reader see what a writer (another process, say a running ingest) has committed since. */
    void refresh() throws IOException;

    /** Receives a search hit together with its article's stored record. */
    interface HitVisitor {
        void visit(SearchResult.Hit hit, ArticleRecord article) throws IOException;
    }

    /**
     * Runs {@code query} as {@link #search} does and hands each hit of its page, with the article's
     * stored record, to {@code visitor} in hit order; returns the result (total, hits, facets). For
     * answers that read the analyses of many matching articles. The hits may come without snippets.
     * This default searches, then gets each hit by id; a store may read each article once instead.
     */
    default SearchResult searchWithRecords(SearchQuery query, HitVisitor visitor) throws IOException {
        SearchResult r = search(query);
        for (SearchResult.Hit h : r.hits()) {
            Optional<ArticleRecord> a = get(h.id());
            if (a.isPresent()) {
                visitor.visit(h, a.get());
            }
        }
        return r;
    }

    /** Every article in ingest order. */
    void forEachArticle(Consumer<ArticleRecord> consumer) throws IOException;
}
