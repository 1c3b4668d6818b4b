package org.isnad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.spark.sql.SparkSession;
import org.isnad.corpus.api.CorpusApi;
import org.isnad.corpus.api.CorpusApi.SearchParams;
import org.isnad.corpus.ingest.Ingester;
import org.isnad.corpus.store.LuceneCorpusStore;
import org.isnad.solr.ApiComparison;
import org.isnad.solr.SolrAdmin;
import org.isnad.solr.SolrClients;
import org.isnad.solr.SolrCorpusStore;
import org.isnad.solr.SolrTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The job into a real SolrCloud: two Solr nodes and an embedded ZooKeeper in the test JVM
 * (MiniSolrCloudCluster), a collection of 2 shards x 2 replicas made from the shipped config set. The
 * bundled samples, written as one JSONL file, go through {@code isnad-spark run --local 2 --partitions 3
 * --solr TARGET} (three partitions, so the articles reach Solr from several tasks in an order left to
 * Spark); the same file is ingested into the embedded Lucene store by the ingester. The API must answer the
 * same JSON from both (scores within 1e-4): searches with facets and filters, every article with its HTML
 * (but for {@code origin}, which each names in its own way), actor, timeline and network of every actor,
 * sources, claims; and list the articles in the same (input) order.
 */
class SparkSolrTest {
    private static final Path SAMPLES = Path.of("../samples/seeds");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static MiniSolrCloudCluster cluster;
    static Path jsonl;
    static final List<String> ids = new ArrayList<>();
    static final List<Long> offsets = new ArrayList<>();
    static int exitCode;
    static String jobOutput;
    static LuceneCorpusStore lucene;
    static SolrCorpusStore solr;
    static CorpusApi luceneApi;
    static CorpusApi solrApi;
    static SolrTarget target;

    @BeforeAll
    static void indexBoth() throws Exception {
        writeSamplesAsJsonl();
        try (LuceneCorpusStore w = LuceneCorpusStore.open(dir.resolve("corpus"), true)) {
            new Ingester(w, Ingester.Options.defaults(PipelineHolder.get()), null).run(List.of(jsonl));
        }
        lucene = LuceneCorpusStore.open(dir.resolve("corpus"), false);

        cluster = new MiniSolrCloudCluster.Builder(2, dir.resolve("solr")).configure();
        target = SolrTarget.parse(cluster.getZkServer().getZkAddress() + "/isnad");
        try (CloudSolrClient admin = SolrClients.open(target)) {
            SolrAdmin.uploadConfigSet(admin, SolrAdmin.DEFAULT_CONFIG);
            SolrAdmin.createCollection(admin, target, SolrAdmin.DEFAULT_CONFIG, 2, 2, 120);
        }
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new SparkMain());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));
        exitCode = cli.execute("run", jsonl.toString(), "--out", dir.resolve("out").toString(), "--local", "2",
                "--partitions", "3", "--solr", target.toString());
        jobOutput = out.toString();
        solr = SolrCorpusStore.open(target);
        luceneApi = new CorpusApi(lucene);
        solrApi = new CorpusApi(solr);
    }

    /** samples/seeds/*.txt as one JSONL file (id and text; outlet, title and date read from the text), with each line's byte offset. */
    private static void writeSamplesAsJsonl() throws Exception {
        List<Path> samples;
        try (Stream<Path> s = Files.list(SAMPLES)) {
            samples = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(5, samples.size(), "samples/seeds holds five articles");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (Path p : samples) {
            String id = p.getFileName().toString().replace(".txt", "");
            ObjectNode n = JSON.createObjectNode().put("id", id).put("text", Files.readString(p, StandardCharsets.UTF_8));
            ids.add(id);
            offsets.add((long) bytes.size());
            bytes.writeBytes((JSON.writeValueAsString(n) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        jsonl = Files.createDirectories(dir.resolve("in")).resolve("seeds.jsonl");
        Files.write(jsonl, bytes.toByteArray());
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {solr, lucene}) {
            if (c != null) {
                c.close();
            }
        }
        if (cluster != null) {
            cluster.shutdown();
        }
    }

    @Test
    void theJobWritesTheParquetTablesAndTheCollection() throws Exception {
        assertEquals(0, exitCode, jobOutput);
        SparkSession spark = SparkSession.builder().config(SparkMain.localConf(1)).appName("isnad-test-parquet").getOrCreate();
        try {
            assertEquals(5, spark.read().parquet(dir.resolve("out/articles").toString()).count());
            assertEquals(0, spark.read().parquet(dir.resolve("out/errors").toString()).count());
        } finally {
            spark.stop();
        }
        assertEquals(lucene.counts(), solr.counts());
        assertEquals(5, solr.counts().articles());
    }

    @Test
    void articlesAreInInputOrderWithTheirPlaceInTheFile() throws Exception {
        List<String> embedded = new ArrayList<>();
        List<String> solrOrder = new ArrayList<>();
        lucene.forEachArticle(a -> embedded.add(a.id()));
        solr.forEachArticle(a -> solrOrder.add(a.id() + " " + a.seq()));
        assertEquals(ids, embedded);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            expected.add(ids.get(i) + " " + offsets.get(i));
        }
        assertEquals(expected, solrOrder, "seq is the record's byte offset in the input file");
    }

    @Test
    void searchesAnswerTheSame() throws Exception {
        List<SearchParams> all = ApiComparison.searches(luceneApi);
        int withHits = 0;
        for (SearchParams p : all) {
            ObjectNode expected = luceneApi.search(p);
            withHits += expected.path("total").asInt() > 0 ? 1 : 0;
            ApiComparison.assertSameSearch(expected, solrApi.search(p), "search " + p);
        }
        assertTrue(all.size() > 30 && withHits > 25, all.size() + " searches, " + withHits + " with hits");
        System.out.printf("%d searches (%d with hits) answered the same from the embedded store and the job's collection%n", all.size(), withHits);
    }

    @Test
    void articlesAnswerTheSameButForTheirOrigin() throws Exception {
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            ObjectNode expected = luceneApi.article(id, true);
            ObjectNode actual = solrApi.article(id, true);
            assertEquals(jsonl + ":" + (i + 1), expected.path("origin").asText());
            assertTrue(actual.path("origin").asText().endsWith(jsonl + " (offset " + offsets.get(i) + ")"), actual.path("origin").asText());
            expected.remove("origin");
            actual.remove("origin");
            assertTrue(expected.path("html").isTextual() && expected.path("analysis").isObject(), id);
            ApiComparison.assertSameAnswer(expected, actual, "article " + id);
        }
    }

    @Test
    void actorsSourcesAndClaimsAnswerTheSame() throws Exception {
        JsonNode actors = luceneApi.search(ApiComparison.params("", List.of(), List.of(), List.of(), List.of(), List.of(), null, null, 0, 0, false))
                .path("facets").path("actor");
        assertTrue(actors.size() >= 5, actors.toString());
        for (JsonNode v : actors) {
            String actor = v.path("value").asText();
            ApiComparison.assertSameAnswer(luceneApi.actor(actor, 20), solrApi.actor(actor, 20), "actor " + actor);
            ApiComparison.assertSameAnswer(luceneApi.timeline(actor, 50), solrApi.timeline(actor, 50), "timeline " + actor);
            ApiComparison.assertSameAnswer(luceneApi.network(actor, null, 1, 20), solrApi.network(actor, null, 1, 20), "network " + actor);
        }
        ApiComparison.assertSameAnswer(luceneApi.sources(20), solrApi.sources(20), "sources");
        ApiComparison.assertSameAnswer(luceneApi.network(null, null, 1, 60), solrApi.network(null, null, 1, 60), "network");
        ApiComparison.assertSameAnswer(luceneApi.network(null, "الدولة", 1, 60), solrApi.network(null, "الدولة", 1, 60), "network q");
        JsonNode claims = luceneApi.claims(List.of(), List.of(), null, 100, 0);
        assertTrue(claims.toString().length() > 1000, "the samples carry claims");
        ApiComparison.assertSameAnswer(claims, solrApi.claims(List.of(), List.of(), null, 100, 0), "claims");
        ApiComparison.assertSameAnswer(luceneApi.claims(List.of("anonymous"), List.of(), "الدولة", 100, 0),
                solrApi.claims(List.of("anonymous"), List.of(), "الدولة", 100, 0), "claims anonymous");
        ApiComparison.assertSameAnswer(luceneApi.claims(List.of(), List.of("sputnik"), null, 100, 0),
                solrApi.claims(List.of(), List.of("sputnik"), null, 100, 0), "claims via sputnik");
    }

    @Test
    void theSolrOptionChecksItsTargetAndExcludesAnotherSink() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new SparkMain());
        cli.setErr(new PrintWriter(err));
        assertEquals(2, cli.execute("run", jsonl.toString(), "--out", dir.resolve("bad").toString(), "--local", "1", "--solr", "no-collection"));
        assertTrue(err.toString().contains("expected ZK_HOSTS/COLLECTION"), err.toString());
        assertEquals(2, cli.execute("run", jsonl.toString(), "--out", dir.resolve("bad").toString(), "--local", "1", "--solr", target.toString(),
                "--sink-factory", IdListSinkFactory.class.getName()));
        assertTrue(err.toString().contains("exclude each other"), err.toString());
    }

    @Test
    void theOffsetComesFromTheJobsOrigin() {
        assertEquals(4096, SolrSinkFactory.inputOffset("file:/data/a.jsonl (offset 4096)"));
        assertEquals(-1, SolrSinkFactory.inputOffset("file:/data/a.warc ()"));
        assertEquals(-1, SolrSinkFactory.inputOffset(null));
    }
}
