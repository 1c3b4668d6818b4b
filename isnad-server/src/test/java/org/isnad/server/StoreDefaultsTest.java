package org.isnad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.isnad.core.model.Document;
import org.isnad.corpus.api.CorpusApi;
import org.isnad.corpus.store.ArticleRecord;
import org.isnad.corpus.store.CorpusCounts;
import org.isnad.corpus.store.CorpusStore;
import org.isnad.corpus.store.DuplicateRecord;
import org.isnad.corpus.store.LuceneCorpusStore;
import org.isnad.corpus.store.SearchQuery;
import org.isnad.corpus.store.SearchResult;
import org.junit.jupiter.api.Test;

/**
 * The API's answers are the same over a store that only has the interface's default
 * {@link CorpusStore#searchWithRecords} (search, then get each hit: what another store implementation
 * starts from) as over the Lucene store's one-read override, on the seed corpus.
 */
class StoreDefaultsTest {
    /** Forwards the interface's required methods only, so every default method runs as written. */
    private record Plain(CorpusStore in) implements CorpusStore {
        public void addArticle(ArticleRecord a, Document d, long h, int[] s) throws IOException { in.addArticle(a, d, h, s); }
        public void addDuplicate(DuplicateRecord d, long h, int[] s) throws IOException { in.addDuplicate(d, h, s); }
        public void commit(Map<String, String> state) throws IOException { in.commit(state); }
        public Map<String, String> ingestState() throws IOException { return in.ingestState(); }
        public void visitKeys(KeyVisitor v) throws IOException { in.visitKeys(v); }
        public Optional<ArticleRecord> get(String id) throws IOException { return in.get(id); }
        public Optional<DuplicateRecord> getDuplicate(String id) throws IOException { return in.getDuplicate(id); }
        public SearchResult search(SearchQuery q) throws IOException { return in.search(q); }
        public CorpusCounts counts() throws IOException { return in.counts(); }
        public void refresh() throws IOException { in.refresh(); }
        public void forEachArticle(Consumer<ArticleRecord> c) throws IOException { in.forEachArticle(c); }
        public void close() {}
    }

    @Test
    void answersAreTheSameThroughTheDefaultAndTheLuceneOverride() throws Exception {
        try (LuceneCorpusStore store = LuceneCorpusStore.open(SeedCorpus.folder(), false)) {
            CorpusApi lucene = new CorpusApi(store);
            CorpusApi plain = new CorpusApi(new Plain(store));
            JsonNode actor = lucene.actor("isis", 100);
            assertTrue(actor.path("claims_about").size() > 0 && actor.path("articles").asInt() >= 2, actor::toString);
            assertEquals(plain.actor("isis", 100), actor);
            assertEquals(plain.network(null, null, 1, 60), lucene.network(null, null, 1, 60));
            assertEquals(plain.network("usa", "", 1, 60), lucene.network("usa", "", 1, 60));
            assertEquals(plain.timeline("isis", 500), lucene.timeline("isis", 500));
            JsonNode claims = lucene.claims(List.of("anonymous"), List.of(), null, 50, 0);
            assertTrue(claims.path("total").asInt() > 0);
            assertEquals(plain.claims(List.of("anonymous"), List.of(), null, 50, 0), claims);
            assertEquals(plain.claims(List.of(), List.of(), "الدولة", 50, 0), lucene.claims(List.of(), List.of(), "الدولة", 50, 0));
            // a kept answer is the one computed: asked again, the same tree
            assertTrue(lucene.actor("isis", 100) == lucene.actor("isis", 100));
        }
    }
}
