package org.isnad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.isnad.corpus.Fixtures.concat;
import static org.isnad.corpus.Fixtures.gzip;
import static org.isnad.corpus.Fixtures.warcResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Document;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Layer;
import org.isnad.core.model.Mention;
import org.isnad.core.model.Span;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the job in local[2] on the sample articles (as JSONL, plus two of them as WARC pages) with a
 * malformed JSONL line, a line without text and a truncated WARC.gz record, and checks the Parquet
 * tables against the pipeline run directly on the same texts (as the CLI runs it).
 */
class IsnadJobTest {
    private static final String WARC_DATE = "2021-03-04T10:00:00Z";
    private static final Path SAMPLES = Path.of("../samples/seeds");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static SparkSession spark;
    static IsnadJob.Result result;
    static Map<String, String> texts = new HashMap<>();
    static Path out;
    static Path sinkDir;

    @BeforeAll
    static void runJob() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<String> lines = new ArrayList<>();
        List<Path> samples;
        try (Stream<Path> s = Files.list(SAMPLES)) {
            samples = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(5, samples.size(), "samples/seeds holds five articles");
        for (Path p : samples) {
            String id = p.getFileName().toString().replace(".txt", "");
            String text = Files.readString(p, StandardCharsets.UTF_8);
            texts.put(id, text);
            ObjectNode n = JSON.createObjectNode().put("id", id).put("outlet", "outlet-" + (texts.size() % 2)).put("date", "2021-03-0" + texts.size()).put("text", text);
            lines.add(JSON.writeValueAsString(n));
            if (texts.size() == 2) {
                lines.add("{\"id\": \"broken\", \"text\": \"unterminated");
                lines.add("{\"id\": \"empty\", \"title\": \"no text here\"}");
            }
        }
        Files.write(in.resolve("seeds.jsonl"), lines, StandardCharsets.UTF_8);

        // a WARC.gz: two pages, then a record cut off in the middle of its gzip member
        List<String> paras = paragraphs(samples.get(3));
        byte[] first = gzip(warcResponse("https://example.org/a1", WARC_DATE, page("خبر أول", paras.subList(0, paras.size() / 2))));
        byte[] second = gzip(warcResponse("https://example.org/a2", WARC_DATE, page("خبر ثان", paras.subList(paras.size() / 2, paras.size()))));
        byte[] third = gzip(warcResponse("https://example.org/a3", WARC_DATE, page("خبر ثالث", paras)));
        Files.write(in.resolve("crawl.warc.gz"), concat(first, second, Arrays.copyOf(third, third.length / 2)));
        Files.writeString(in.resolve("notes.txt"), "not an input of the job: passed over inside a folder");

        spark = SparkSession.builder().config(SparkMain.localConf(2)).appName("isnad-test").getOrCreate();
        out = dir.resolve("out");
        sinkDir = Files.createDirectories(dir.resolve("sink"));
        result = IsnadJob.run(spark, new IsnadJob.Options(List.of(in.toString(), dir.resolve("missing.jsonl").toString()),
                out.toString(), 0, IdListSinkFactory.class.getName(), Map.of("dir", sinkDir.toString()), false));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void everyArticleIsAnalysedAndEveryBadRecordReported() {
        assertEquals(7, result.articles(), "five JSONL articles and two WARC pages");
        List<Row> errors = table("errors").collectAsList();
        String all = errors.stream().map(r -> r.getAs("input") + " | " + r.getAs("record") + " | " + r.getAs("reason"))
                .collect(Collectors.joining("\n"));
        assertEquals(4, errors.size(), all);
        assertTrue(errors.stream().anyMatch(r -> r.<String>getAs("input").endsWith("seeds.jsonl")
                && r.<String>getAs("record").startsWith("offset ") && r.<String>getAs("reason").startsWith("not JSON")), all);
        assertTrue(errors.stream().anyMatch(r -> r.<String>getAs("reason").startsWith("no article text")), all);
        assertTrue(errors.stream().anyMatch(r -> r.<String>getAs("input").endsWith("crawl.warc.gz")
                && r.<String>getAs("reason").contains("truncated")), all);
        assertTrue(errors.stream().anyMatch(r -> r.<String>getAs("input").endsWith("missing.jsonl")
                && r.<String>getAs("reason").equals("no such file or folder")), all);
        assertEquals(2, table("articles").where("input LIKE '%crawl.warc.gz' AND url LIKE 'https://example.org/a%'").count());
        assertFalse(Files.exists(out.resolve("tmp_nested")), "the nested table is written only with --keep-nested");
    }

    @Test
    void layersMatchThePipelineRunDirectly() {
        for (Map.Entry<String, String> e : texts.entrySet()) {
            Document d = PipelineHolder.get().apply(Document.of(e.getKey(), e.getValue()));
            String where = "doc_id = '" + e.getKey() + "'";

            List<String> expected = new ArrayList<>();
            for (Entity en : d.get(Layer.ENTITIES)) {
                for (Mention m : en.mentions()) {
                    expected.add(m.span().start() + "-" + m.span().end() + " " + en.id() + " " + m.kind().json());
                }
            }
            List<String> got = table("mentions").where(where).collectAsList().stream()
                    .map(r -> r.getAs("start") + "-" + r.getAs("end") + " " + r.getAs("entity_id") + " " + r.getAs("kind")).toList();
            assertFalse(expected.isEmpty(), e.getKey());
            assertEquals(expected.stream().sorted().toList(), got.stream().sorted().toList(), "mentions of " + e.getKey());

            List<String> claims = new ArrayList<>();
            for (Claim c : d.get(Layer.CLAIMS)) {
                claims.add(c.cue().start() + " " + span(c.content()) + " " + c.sourceType() + " " + c.via().size());
            }
            List<String> gotClaims = table("claims").where(where).collectAsList().stream()
                    .map(r -> r.getAs("cue_start") + " " + r.getAs("content_start") + "-" + r.getAs("content_end") + " "
                            + r.getAs("source_type") + " " + r.<scala.collection.Seq<?>>getAs("via").size()).toList();
            assertEquals(claims.stream().sorted().toList(), gotClaims.stream().sorted().toList(), "claims of " + e.getKey());

            assertEquals(d.get(Layer.QUANTITIES).size(), table("quantities").where(where).count(), "quantities of " + e.getKey());
            assertEquals(d.get(Layer.TIMES).size(), table("times").where(where).count(), "times of " + e.getKey());
            assertEquals(d.get(Layer.EVENTS).size(), table("events").where(where).count(), "events of " + e.getKey());
            assertEquals(d.get(Layer.NARRATIVES).size(), table("narratives").where(where).count(), "narratives of " + e.getKey());
            Row a = table("articles").where(where).first();
            assertEquals(d.tokens().size(), a.<Integer>getAs("tokens"));
            assertEquals(d.get(Layer.CLAIMS).size(), a.<Integer>getAs("claims"));
            assertEquals(e.getValue(), a.getAs("text"), "the text every offset refers to");
        }
    }

    @Test
    void spanTextsAreCutFromTheArticleText() {
        List<Row> rows = table("mentions").selectExpr("doc_id", "start", "end", "text AS span_text")
                .join(table("articles").select("doc_id", "text"), "doc_id").collectAsList();
        assertFalse(rows.isEmpty());
        for (Row r : rows) {
            String text = r.getAs("text");
            assertEquals(text.substring(r.<Integer>getAs("start"), r.<Integer>getAs("end")), r.getAs("span_text"));
        }
    }

    @Test
    void aggregatesCountArticlesPerOutletAndNarrative() {
        Map<String, Long> perOutlet = new HashMap<>();
        for (Row r : table("agg_outlets").collectAsList()) {
            perOutlet.put(r.getAs("outlet"), r.getAs("articles"));
        }
        assertEquals(3L, perOutlet.get("outlet-1"), perOutlet.toString());
        assertEquals(2L, perOutlet.get("outlet-0"), perOutlet.toString());
        long claims = table("claims").where("outlet = 'outlet-1'").count();
        Row o1 = table("agg_outlets").where("outlet = 'outlet-1'").first();
        assertEquals(claims, o1.<Long>getAs("claims"));
        assertEquals(claims, o1.<scala.collection.Map<String, Long>>getAs("claims_by_source_type").values()
                .foldLeft(0L, (x, y) -> x + y));
        assertFalse(o1.<scala.collection.Seq<?>>getAs("top_actors").isEmpty());
        long narratives = table("narratives").selectExpr("narrative_id").distinct().count();
        assertTrue(narratives > 0, "the samples carry narratives");
        assertEquals(narratives, table("agg_narratives").count());
    }

    @Test
    void theSinkSeesEveryAnalysedArticleOnce() throws IOException {
        List<String> seen = new ArrayList<>();
        try (Stream<Path> s = Files.list(sinkDir)) {
            for (Path p : s.toList()) {
                seen.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        assertEquals(7, seen.size(), seen.toString());
        List<String> ids = table("articles").select("doc_id").collectAsList().stream().map(r -> r.getString(0)).sorted().toList();
        assertEquals(ids, seen.stream().map(l -> l.split("\t")[0]).sorted().toList());
    }

    private static org.apache.spark.sql.Dataset<Row> table(String name) {
        return spark.read().parquet(out.resolve(name).toString());
    }

    private static String span(Span s) {
        return s == null ? "null-null" : s.start() + "-" + s.end();
    }

    private static List<String> paragraphs(Path sample) throws IOException {
        return Files.readAllLines(sample, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> l.split("\\s+").length >= 12).toList();
    }

    private static String page(String title, List<String> paragraphs) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=ar dir=rtl><head><meta charset=utf-8><title>")
                .append(title).append("</title><meta property=\"og:site_name\" content=\"موقع تجريبي\"></head><body><article><h1>")
                .append(title).append("</h1>");
        for (String p : paragraphs) {
            sb.append("<p>").append(p).append("</p>");
        }
        return sb.append("</article></body></html>").toString();
    }
}
