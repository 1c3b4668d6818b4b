package org.isnad.corpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.isnad.arabic.ArabicPipeline;
import org.isnad.corpus.Fixtures;
import org.isnad.corpus.export.CsvExport;
import org.isnad.corpus.export.Exports;
import org.isnad.corpus.export.GraphMlExport;
import org.isnad.corpus.store.ArticleRecord;
import org.isnad.corpus.store.CorpusCounts;
import org.isnad.corpus.store.DuplicateRecord;
import org.isnad.corpus.store.LuceneCorpusStore;
import org.isnad.corpus.store.SearchQuery;
import org.isnad.corpus.store.SearchResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest end to end, once, into one corpus: the samples (analysed) and synthetic HTML, JSONL, WARC,
 * WARC.gz and RSS/Atom files with bad records among them; then re-ingest, search, facets and
 * exports are checked on that corpus.
 */
class IngestTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path in;
    static Path corpus;
    static Ingester.Stats first;
    static List<RecordError> errors = new ArrayList<>();

    @BeforeAll
    static void ingestAll() throws IOException {
        in = Files.createDirectories(tmp.resolve("in"));
        corpus = tmp.resolve("corpus");
        // texts of their own (sample words reshuffled), except the near copy of sample 004 below
        List<String> p3 = Fixtures.scrambled("003_d6ff57e8044bb96b.txt", 3);
        List<String> p3b = Fixtures.scrambled("003_d6ff57e8044bb96b.txt", 33);
        List<String> p4 = Fixtures.sampleParagraphs("004_74fdce1f1eedd95c.txt");
        List<String> p4b = Fixtures.scrambled("004_74fdce1f1eedd95c.txt", 4);
        List<String> p1 = Fixtures.scrambled("001_8401930dd3614bce.txt", 1);
        List<String> p1b = Fixtures.scrambled("001_8401930dd3614bce.txt", 11);
        List<String> p2 = Fixtures.scrambled("002_9f71cc5bd0509910.txt", 2);

        Path html = Files.createDirectories(in.resolve("html"));
        Files.writeString(html.resolve("a.html"), Fixtures.page("خبر الوئام", "الوئام", "2021-03-04", "https://alweeam.example/a/1", p3));
        Files.writeString(html.resolve("broken.html"), "<html><body><div><p>غير مكتمل <a href=/>x</a>");

        // JSONL: two good lines (saudinewsnet field names and ours), a near duplicate of sample 004, an exact
        // duplicate under another URL, garbage, a non-object, no text, and an over-long record
        List<String> lines = new ArrayList<>();
        lines.add(json(Map.of("id", "j1", "url", "https://sabq.example/1", "outlet", "Sabq", "title", "عنوان أول",
                "date_extracted", "2021-05-06 10:00:00", "content", String.join("\n", p2))));
        lines.add(json(Map.of("url", "https://okaz.example/2", "outlet", "Okaz", "title", "عنوان ثان", "date", "2020-01-02",
                "text", String.join("\n", p1))));
        lines.add("{not json");
        lines.add("[1, 2, 3]");
        lines.add(json(Map.of("id", "j-empty", "title", "بلا نص")));
        lines.add(json(Map.of("id", "j-near", "url", "https://rt.example/3", "outlet", "RT Arabic", "date", "2021-07-01",
                "text", String.join("\n", p4.subList(1, p4.size())) + "\nوأضاف المصدر أن التحقيقات ما زالت جارية في الحادث.")));
        lines.add(json(Map.of("id", "j-exact", "url", "https://sputnik.example/4", "outlet", "Sputnik Arabic",
                "date", "2021-05-07", "text", String.join("\n", p2))));
        lines.add("{\"id\": \"huge\", \"text\": \"" + "ا".repeat(Inputs.MAX_RECORD_BYTES / 2 + 10) + "\"}");
        Files.write(in.resolve("feed.jsonl"), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));

        // WARC: a request, a good response; WARC.gz: one good record, then a truncated one
        byte[] r1 = Fixtures.warcResponse("https://aljazeera.example/w/1", "2021-08-09T10:00:00Z",
                Fixtures.page("خبر الجزيرة", "الجزيرة", null, null, p1b));
        Files.write(in.resolve("crawl.warc"), Fixtures.concat(Fixtures.warcRequest("https://aljazeera.example/w/1"), r1));
        byte[] good = Fixtures.gzip(Fixtures.warcResponse("https://alarabiya.example/w/2", "2022-01-02T10:00:00Z",
                Fixtures.page("خبر العربية", "العربية", "2022-01-02", null, p3b)));
        byte[] second = Fixtures.gzip(Fixtures.warcResponse("https://alarabiya.example/w/3", "2022-01-03T10:00:00Z",
                Fixtures.page("خبر آخر", "العربية", "2022-01-03", null, p4)));
        Files.write(in.resolve("crawl2.warc.gz"), Fixtures.concat(good, Arrays.copyOf(second, second.length / 2)));

        // RSS with one item without text; Atom with one entry
        Files.writeString(in.resolve("news.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                + "<channel><title>Asharq</title><item><title>بند</title><link>https://asharq.example/r/1</link>"
                + "<pubDate>Thu, 04 Mar 2021 10:00:00 GMT</pubDate><content:encoded><![CDATA[<p>"
                + String.join("</p><p>", p4b) + " وقال الناطق باسم الحكومة إن الوضع مستقر تماما.</p>]]></content:encoded></item>"
                + "<item><title>فارغ</title><link>https://asharq.example/r/2</link></item></channel></rss>");
        Files.writeString(in.resolve("news.atom"), "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Al-Madina</title>"
                + "<entry><title>مدخل</title><link href=\"https://madina.example/e/1\"/><published>2019-12-31T22:00:00Z</published>"
                + "<content type=\"html\">&lt;p&gt;" + "قالت مصادر مطلعة إن الاجتماع الذي عقد في الرياض بحث سبل التعاون بين البلدين في مجالات الطاقة والنقل والتعليم، "
                + "وإن الطرفين اتفقا على متابعة المشاورات خلال الأشهر المقبلة.&lt;/p&gt;</content></entry></feed>");

        first = ingest(corpus, Fixtures.SAMPLES, in);
    }

    static Ingester.Stats ingest(Path corpus, Path... inputs) throws IOException {
        try (LuceneCorpusStore store = LuceneCorpusStore.open(corpus, true)) {
            return new Ingester(store, new Ingester.Options(ArabicPipeline.standard(), 2, 4, 0.7), new Ingester.Listener() {
                @Override
                public void error(RecordError e) {
                    errors.add(e);
                }
            }).run(Inputs.expand(List.of(inputs)));
        }
    }

    static String json(Map<String, String> m) {
        try {
            return JSON.writeValueAsString(m);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String errorText() {
        return errors.stream().map(RecordError::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void everyGoodRecordIsInTheCorpusAndEveryBadOneReported() throws IOException {
        // good: 1 html + 4 jsonl (2 new, 1 near, 1 exact) + 1 warc + 1 warc.gz + 1 rss + 1 atom + 5 seeds = 14 records
        assertEquals(14, first.read, errorText());
        assertEquals(12, first.added);
        assertEquals(1, first.exactDuplicates);
        assertEquals(1, first.nearDuplicates);
        String errs = errorText();
        assertTrue(errs.contains("broken.html"), errs);
        assertTrue(errs.contains("feed.jsonl (line 3): not JSON"), errs);
        assertTrue(errs.contains("feed.jsonl (line 4): not a JSON object"), errs);
        assertTrue(errs.contains("feed.jsonl (line 5): no article text"), errs);
        assertTrue(errs.contains("feed.jsonl (line 8): record longer than"), errs);
        assertTrue(errs.matches("(?s).*crawl2\\.warc\\.gz \\(offset \\d+\\): truncated.*"), errs);
        assertTrue(errs.contains("news.rss (item 2): item without text"), errs);
        assertEquals(7, errors.stream().filter(e -> !e.problem().startsWith("analysis failed")).count(), errs);
        try (LuceneCorpusStore store = LuceneCorpusStore.open(corpus, false)) {
            CorpusCounts c = store.counts();
            assertEquals(12, c.articles());
            assertEquals(12, c.analysed());
            assertEquals(2, c.duplicates());
            DuplicateRecord near = store.getDuplicate("j-near").orElseThrow();
            assertEquals("near", near.kind());
            assertEquals("RT Arabic", near.outlet());
            // the near duplicate repeats sample 004, ingested from the seeds folder (a content-hash id)
            ArticleRecord orig = store.get(near.duplicateOf()).orElseThrow();
            assertTrue(orig.origin().endsWith("004_74fdce1f1eedd95c.txt"), orig.origin());
            assertEquals("j1", store.getDuplicate("j-exact").orElseThrow().duplicateOf());
            assertEquals("exact", store.getDuplicate("j-exact").orElseThrow().kind());

            ArticleRecord j1 = store.get("j1").orElseThrow();
            assertEquals("Sabq", j1.outlet());
            assertEquals(LocalDate.of(2021, 5, 6), j1.date());
            assertNotNull(j1.analysisJson());
            assertTrue(j1.sentences().length > 2);
            ArticleRecord warc = store.get(ArticleIds.of(null, "https://aljazeera.example/w/1", "")).orElseThrow();
            assertEquals(LocalDate.of(2021, 8, 9), warc.date(), "WARC date stands in when the page has none");
            assertEquals("الجزيرة", warc.outlet());
            ArticleRecord atom = store.get(ArticleIds.of(null, "https://madina.example/e/1", "")).orElseThrow();
            assertEquals("Al-Madina", atom.outlet());
            assertEquals(LocalDate.of(2019, 12, 31), atom.date());
        }
    }

    @Test
    void reIngestAddsNothing() throws IOException {
        long before;
        try (LuceneCorpusStore store = LuceneCorpusStore.open(corpus, false)) {
            before = store.counts().articles() + store.counts().duplicates();
            store.refresh(); // nothing new: a no-op
            assertEquals(before, store.counts().articles() + store.counts().duplicates());
        }
        Ingester.Stats again = ingest(corpus, Fixtures.SAMPLES, in);
        assertEquals(0, again.added + again.exactDuplicates + again.nearDuplicates);
        assertTrue(again.filesSkipped > 0);
        // the same records under another path: every id is known already
        Path copy = Files.createDirectories(tmp.resolve("copy"));
        Files.copy(in.resolve("feed.jsonl"), copy.resolve("feed.jsonl"));
        Ingester.Stats copied = ingest(corpus, copy);
        assertEquals(0, copied.added + copied.exactDuplicates + copied.nearDuplicates);
        assertEquals(4, copied.alreadyPresent);
        try (LuceneCorpusStore store = LuceneCorpusStore.open(corpus, false)) {
            assertEquals(before, store.counts().articles() + store.counts().duplicates());
        }
    }

    @Test
    void searchFoldsArabicSpelling() throws IOException {
        try (LuceneCorpusStore store = LuceneCorpusStore.open(corpus, false)) {
            SearchResult israel = store.search(SearchQuery.of("اسرائيل"));
            assertTrue(israel.total() >= 1);
            assertTrue(israel.hits().get(0).snippet().contains("[إسرائيل]"), israel.hits().get(0).snippet());
            assertEquals(israel.total(), store.search(SearchQuery.of("إسرائيل")).total());
            SearchResult is = store.search(SearchQuery.of("\"الدولة الاسلامية\""));
            assertTrue(is.total() >= 1, "phrase with unhamzated alef finds الدولة الإسلامية");
            assertEquals(is.total(), store.search(SearchQuery.of("\"الدولة الإسلامية\"")).total());
            assertEquals(0, store.search(SearchQuery.of("كلمةغيرموجودةابدا")).total());
            // unbalanced quote: searched literally, no exception
            assertTrue(store.search(SearchQuery.of("\"اسرائيل")).total() >= 1);
        }
    }

    @Test
    void filtersAndFacets() throws IOException {
        try (LuceneCorpusStore store = LuceneCorpusStore.open(corpus, false)) {
            SearchResult all = store.search(SearchQuery.of(""));
            assertEquals(12, all.total());
            Map<String, Long> outlets = all.facets().get("outlet").stream()
                    .collect(Collectors.toMap(SearchResult.FacetCount::value, SearchResult.FacetCount::count));
            assertEquals(1L, outlets.get("Sabq"));
            assertFalse(outlets.containsKey("Sputnik Arabic"), "duplicates are not counted");
            assertTrue(all.facets().get("year").stream().anyMatch(f -> f.value().equals("2021")));
            assertFalse(all.facets().get("actor").isEmpty(), "the pipeline's entities feed the actor facet");

            assertEquals(1, store.search(SearchQuery.of("").withOutlets(List.of("sabq"))).total());
            SearchResult y2021 = store.search(SearchQuery.of("").withDates(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)));
            assertTrue(y2021.hits().stream().allMatch(h -> h.date().getYear() == 2021));
            assertEquals(y2021.total(), all.facets().get("year").stream().filter(f -> f.value().equals("2021"))
                    .findFirst().orElseThrow().count());
            String actor = all.facets().get("actor").get(0).value();
            SearchResult byActor = store.search(SearchQuery.of("").withActors(List.of(actor)));
            assertEquals(all.facets().get("actor").get(0).count(), byActor.total());
        }
    }

    @Test
    void exportsParseBack() throws Exception {
        try (LuceneCorpusStore store = LuceneCorpusStore.open(corpus, false)) {
            Path jl = tmp.resolve("out/all.jsonl");
            assertEquals(12, Exports.jsonl(store, jl));
            List<String> lines = Files.readAllLines(jl, StandardCharsets.UTF_8);
            assertEquals(12, lines.size());
            for (String l : lines) {
                JsonNode n = JSON.readTree(l);
                JsonNode an = n.get("analysis");
                for (JsonNode e : an.get("entities")) {
                    for (JsonNode m : e.get("mentions")) {
                        assertEquals(m.get("text").asText(), n.get("text").asText().substring(m.get("start").asInt(), m.get("end").asInt()));
                    }
                }
            }

            Path csv = tmp.resolve("out/csv");
            CsvExport.write(store, csv);
            for (String table : List.of("articles", "mentions", "claims", "quantities", "times")) {
                byte[] b = Files.readAllBytes(csv.resolve(table + ".csv"));
                assertEquals(0xEF, b[0] & 0xFF, "BOM");
                List<List<String>> rows = parseCsv(new String(b, 3, b.length - 3, StandardCharsets.UTF_8));
                int width = rows.get(0).size();
                assertTrue(rows.stream().allMatch(r -> r.size() == width), table + ": ragged rows");
                if (table.equals("articles")) {
                    assertEquals(13, rows.size());
                }
                if (table.equals("mentions") || table.equals("quantities") || table.equals("times")) {
                    assertTrue(rows.size() > 5, table + " has rows");
                }
            }

            Path gml = tmp.resolve("out/actors.graphml");
            GraphMlExport.Size size = GraphMlExport.write(store, gml);
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(gml.toFile());
            assertEquals(size.nodes(), doc.getElementsByTagName("node").getLength());
            assertEquals(size.edges(), doc.getElementsByTagName("edge").getLength());
            assertTrue(size.nodes() > 5 && size.edges() > 0, size.toString());
        }
    }

    /** RFC 4180 reader: quoted fields with commas, quotes and line breaks; CRLF rows. */
    static List<List<String>> parseCsv(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (q) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    q = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                q = true;
            } else if (c == ',') {
                row.add(f.toString());
                f.setLength(0);
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                row.add(f.toString());
                f.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                f.append(c);
            }
        }
        return rows;
    }
}
