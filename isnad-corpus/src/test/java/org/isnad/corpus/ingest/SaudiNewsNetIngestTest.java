package org.isnad.corpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.isnad.arabic.ArabicPipeline;
import org.isnad.corpus.store.LuceneCorpusStore;
import org.isnad.corpus.store.SearchQuery;
import org.isnad.corpus.store.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 250-article SaudiNewsNet slice of {@code ../shared} (CC BY-NC-SA: read in place, never copied
 * into the repository), ingested with analysis: counts, the syndicated joint statement found as
 * near duplicates, search and facets over real articles.
 */
class SaudiNewsNetIngestTest {
    static final Path DATA = Path.of("../../shared/data/saudinewsnet-isis/articles.jsonl");

    @TempDir
    Path tmp;

    @Test
    void ingestsTheSlice() throws Exception {
        assumeTrue(Files.isRegularFile(DATA), "../shared not present");
        Ingester.Stats s;
        try (LuceneCorpusStore store = LuceneCorpusStore.open(tmp, true)) {
            s = new Ingester(store, Ingester.Options.defaults(ArabicPipeline.standard()), null).run(List.of(DATA));
        }
        assertEquals(250, s.read);
        assertEquals(0, s.errors);
        assertEquals(250, s.added + s.exactDuplicates + s.nearDuplicates);
        assertEquals(s.added, s.analysed);
        // three outlets carry the GCC–US joint statement of 2015-08-04 (snn-194, -195, -197; 5-shingle Jaccard
        // 0.76 and 0.75 with 194, 0.99 between 195 and 197): 197 is a near copy, of 194 or of 195 when 195 stands
        // alone (0.76 is close enough to the 0.7 threshold for the MinHash estimate to fall either side)
        assertTrue(s.nearDuplicates >= 1 && s.nearDuplicates + s.exactDuplicates <= 5, s.nearDuplicates + " near duplicates");
        try (LuceneCorpusStore store = LuceneCorpusStore.open(tmp, false)) {
            var d197 = store.getDuplicate("snn-197").orElseThrow();
            assertEquals("near", d197.kind());
            var d195 = store.getDuplicate("snn-195");
            assertEquals(d195.isPresent() ? "snn-194" : "snn-195", d197.duplicateOf(), "copies of copies resolve to the first");
            SearchResult all = store.search(SearchQuery.of("").withFacets(org.isnad.corpus.store.CorpusStore.FACETS, 20));
            assertEquals(s.added, all.total());
            assertEquals(12, all.facets().get("outlet").size());
            assertTrue(all.facets().get("month").stream().allMatch(f -> f.value().startsWith("2015-0")));
            SearchResult isis = store.search(SearchQuery.of("داعش"));
            assertTrue(isis.total() > 150, isis.total() + " articles say داعش");
            assertEquals("isis", isis.facets().get("actor").get(0).value());
            SearchResult coalition = store.search(SearchQuery.of("\"التحالف الدولي\"").withOutlets(List.of("al-riyadh"))
                    .withDates(LocalDate.of(2015, 7, 25), LocalDate.of(2015, 8, 31)));
            assertTrue(coalition.total() > 0);
            assertTrue(coalition.hits().stream().allMatch(h -> h.outlet().equals("Al-Riyadh") && !h.date().isBefore(LocalDate.of(2015, 7, 25))));
        }
    }
}
