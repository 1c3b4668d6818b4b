package org.isnad.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.isnad.arabic.ArabicPipeline;
import org.isnad.core.pipeline.Pipeline;
import org.isnad.corpus.api.CorpusApi;
import org.isnad.corpus.api.CorpusApi.SearchParams;
import org.isnad.corpus.ingest.Ingester;
import org.isnad.corpus.ingest.Inputs;
import org.isnad.corpus.store.CorpusStore;
import org.isnad.corpus.store.LuceneCorpusStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A real SolrCloud in the test JVM (two Solr nodes and an embedded ZooKeeper, MiniSolrCloudCluster): the bundled
 * samples, analysed and ingested into the embedded Lucene store, are copied into a collection of 2 shards x 2
 * replicas made from the shipped config set; and ingested straight into a second collection (1 shard x 2
 * replicas) through the ingester. The API answers (search with facets and filters, inside claims, paging, article,
 * actor, sources, claims, network, timeline) must be the same JSON from all three stores, scores apart (equal
 * within float rounding). Last, one Solr node is stopped while queries run: every query must still answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCloudCorpusTest {
    private Path tmp;
    private MiniSolrCloudCluster cluster;
    private LuceneCorpusStore lucene;
    private SolrCorpusStore copied;
    private SolrCorpusStore direct;
    private CorpusApi luceneApi;
    private CorpusApi copiedApi;
    private CorpusApi directApi;
    private SolrTarget copiedTarget;

    @BeforeAll
    void startCluster() throws Exception {
        tmp = Files.createTempDirectory("isnad-solr-test");
        Path seeds = Path.of("..", "samples", "seeds").toAbsolutePath().normalize();
        Pipeline pipeline = ArabicPipeline.standard();
        try (LuceneCorpusStore w = LuceneCorpusStore.open(tmp.resolve("corpus"), true)) {
            new Ingester(w, Ingester.Options.defaults(pipeline), null).run(Inputs.expand(List.of(seeds)));
        }
        lucene = LuceneCorpusStore.open(tmp.resolve("corpus"), false);

        cluster = new MiniSolrCloudCluster.Builder(2, tmp.resolve("solr")).configure();
        String zk = cluster.getZkServer().getZkAddress();
        copiedTarget = SolrTarget.parse(zk + "/isnad");
        SolrTarget directTarget = SolrTarget.parse(zk + "/isnad_direct");
        try (CloudSolrClient admin = SolrClients.open(copiedTarget)) {
            SolrAdmin.uploadConfigSet(admin, SolrAdmin.DEFAULT_CONFIG);
            SolrAdmin.createCollection(admin, copiedTarget, SolrAdmin.DEFAULT_CONFIG, 2, 2, 120);
            SolrAdmin.createCollection(admin, directTarget, SolrAdmin.DEFAULT_CONFIG, 1, 2, 120);
        }
        copied = SolrCorpusStore.open(copiedTarget);
        SolrIndexer.Copied c = SolrIndexer.copy(lucene, copied, 2, null);
        assertEquals(5, c.articles());
        direct = SolrCorpusStore.open(directTarget);
        new Ingester(direct, Ingester.Options.defaults(pipeline), null).run(Inputs.expand(List.of(seeds)));
        luceneApi = new CorpusApi(lucene);
        copiedApi = new CorpusApi(copied);
        directApi = new CorpusApi(direct);
    }

    @AfterAll
    void stopCluster() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {copied, direct, lucene}) {
            if (c != null) {
                c.close();
            }
        }
        if (cluster != null) {
            cluster.shutdown();
        }
        try (Stream<Path> s = Files.walk(tmp)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    @Order(1)
    void sameCountsKeysAndIngestState() throws Exception {
        assertEquals(lucene.counts(), copied.counts());
        assertEquals(lucene.counts(), direct.counts());
        assertEquals(lucene.ingestState(), copied.ingestState());
        assertEquals(lucene.ingestState().keySet(), direct.ingestState().keySet());
        assertEquals(keys(lucene), keys(copied));
        assertEquals(keys(lucene), keys(direct));
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        lucene.forEachArticle(r -> a.add(r.id() + " " + r.seq() + " " + r.title() + " " + r.date() + " " + r.text().length()
                + " " + r.analysisJson().length() + " " + r.sentences().length));
        copied.forEachArticle(r -> b.add(r.id() + " " + r.seq() + " " + r.title() + " " + r.date() + " " + r.text().length()
                + " " + r.analysisJson().length() + " " + r.sentences().length));
        assertEquals(a, b);
    }

    private static List<String> keys(CorpusStore s) throws Exception {
        List<String> out = new ArrayList<>();
        s.visitKeys((id, seq, dupOf, kind, hash, sig) -> out.add(id + " " + seq + " " + dupOf + " " + kind + " " + hash + " "
                + (sig == null ? "-" : java.util.Arrays.toString(sig))));
        out.sort(null);
        return out;
    }

    private List<SearchParams> searches() throws Exception {
        return ApiComparison.searches(luceneApi);
    }

    private static SearchParams params(String q, List<String> outlets, List<String> actors, List<String> types, List<String> narratives,
                                       List<String> via, LocalDate from, LocalDate to, int limit, int offset, boolean inClaims) {
        return ApiComparison.params(q, outlets, actors, types, narratives, via, from, to, limit, offset, inClaims);
    }

    @Test
    @Order(2)
    void searchAnswersTheSameFromSolr() throws Exception {
        List<SearchParams> all = searches();
        assertTrue(all.size() > 30, "searches: " + all.size());
        int withHits = 0;
        for (SearchParams p : all) {
            ObjectNode expected = luceneApi.search(p);
            withHits += expected.path("total").asInt() > 0 ? 1 : 0;
            assertSameSearch(expected, copiedApi.search(p), "copied, 2x2: " + p);
            assertSameSearch(expected, directApi.search(p), "ingested, 1x2: " + p);
        }
        assertTrue(withHits > 25, "searches with hits: " + withHits);
        System.out.printf("%d searches (%d with hits) answered the same from the embedded store and both collections%n", all.size(), withHits);
    }

    private static void assertSameSearch(ObjectNode expected, ObjectNode actual, String what) {
        ApiComparison.assertSameSearch(expected, actual, what);
    }

    @Test
    @Order(3)
    void otherAnswersTheSameFromSolr() throws Exception {
        List<String> ids = new ArrayList<>();
        lucene.forEachArticle(a -> ids.add(a.id()));
        for (String id : ids) {
            assertSame(luceneApi.article(id, true), copiedApi.article(id, true), "article " + id);
            assertSame(luceneApi.article(id, false), directApi.article(id, false), "article " + id);
        }
        JsonNode actors = luceneApi.search(params("", List.of(), List.of(), List.of(), List.of(), List.of(), null, null, 0, 0, false))
                .path("facets").path("actor");
        assertTrue(actors.size() >= 5);
        for (JsonNode v : actors) {
            String actor = v.path("value").asText();
            assertSame(luceneApi.actor(actor, 20), copiedApi.actor(actor, 20), "actor " + actor);
            assertSame(luceneApi.actor(actor, 20), directApi.actor(actor, 20), "actor " + actor);
            assertSame(luceneApi.timeline(actor, 50), copiedApi.timeline(actor, 50), "timeline " + actor);
            assertSame(luceneApi.network(actor, null, 1, 20), copiedApi.network(actor, null, 1, 20), "network " + actor);
        }
        assertSame(luceneApi.sources(20), copiedApi.sources(20), "sources");
        assertSame(luceneApi.sources(20), directApi.sources(20), "sources");
        assertSame(luceneApi.network(null, null, 1, 60), copiedApi.network(null, null, 1, 60), "network");
        assertSame(luceneApi.network(null, "الدولة", 1, 60), directApi.network(null, "الدولة", 1, 60), "network q");
        assertSame(luceneApi.claims(List.of(), List.of(), null, 100, 0), copiedApi.claims(List.of(), List.of(), null, 100, 0), "claims");
        assertSame(luceneApi.claims(List.of("anonymous"), List.of(), "الدولة", 100, 0),
                copiedApi.claims(List.of("anonymous"), List.of(), "الدولة", 100, 0), "claims anonymous");
        assertSame(luceneApi.claims(List.of(), List.of("sputnik"), null, 100, 0), directApi.claims(List.of(), List.of("sputnik"), null, 100, 0),
                "claims via sputnik");
    }

    private static void assertSame(JsonNode expected, JsonNode actual, String what) {
        ApiComparison.assertSameAnswer(expected, actual, what);
    }

    @Test
    @Order(4)
    void queriesKeepAnsweringWhenANodeDies() throws Exception {
        long expected = lucene.search(org.isnad.corpus.store.SearchQuery.of("الدولة")).total();
        List<SearchParams> queries = searches();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger wrong = new AtomicInteger();
        List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        int total = 600;
        Thread runner = new Thread(() -> {
            // a client of its own, opened before the node dies, as a running server's would be
            try (SolrCorpusStore s = SolrCorpusStore.open(copiedTarget)) {
                CorpusApi api = new CorpusApi(s);
                for (int i = 0; i < total; i++) {
                    try {
                        if (i % 3 == 0) {
                            if (s.search(org.isnad.corpus.store.SearchQuery.of("الدولة")).total() != expected) {
                                wrong.incrementAndGet();
                            }
                        } else {
                            api.search(queries.get(i % queries.size()));
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        errors.add(e.toString());
                    }
                    done.incrementAndGet();
                }
            } catch (Exception e) {
                errors.add("could not open: " + e);
                failed.addAndGet(total);
            }
        });
        runner.start();
        while (done.get() < 100 && runner.isAlive()) {
            Thread.sleep(10);
        }
        int before = done.get();
        cluster.stopJettySolrRunner(0);
        int atStop = done.get();
        runner.join();
        assertEquals(List.of(), errors.subList(0, Math.min(5, errors.size())));
        assertEquals(0, failed.get(), "failed queries");
        assertEquals(0, wrong.get(), "queries with a wrong total");
        assertEquals(total, done.get());
        assertTrue(before >= 100 && atStop < total, "the node stopped while queries ran (" + before + " before, " + atStop + " when stopped)");
        System.out.printf("node stopped after %d of %d queries (stop returned at %d); %d failed, %d wrong totals%n", before, total, atStop,
                failed.get(), wrong.get());
        // and the store still answers afterwards, from the surviving replicas
        assertEquals(lucene.counts(), copied.counts());
    }
}
