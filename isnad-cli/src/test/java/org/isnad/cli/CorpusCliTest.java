package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, search, export, synth-corpus and bench-search from the command line. */
class CorpusCliTest {
    @TempDir
    Path tmp;

    @Test
    void ingestSearchExport() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Path bad = Files.writeString(tmp.resolve("bad.jsonl"), "{\"id\": \"ok\", \"text\": \"خبر قصير عن إسرائيل والمنطقة\"}\nnot json\n",
                StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run("ingest", CliTest.SAMPLES.toString(), bad.toString(), "--corpus", corpus.toString(), "-q");
        assertEquals(1, r.status(), "a bad record makes the exit status 1: " + r.err());
        assertTrue(r.err().contains("bad.jsonl (line 2): not JSON"), r.err());
        assertTrue(r.out().contains("6 added (6 analysed)"), r.out());

        CliTest.Run again = CliTest.run("ingest", CliTest.SAMPLES.toString(), "--corpus", corpus.toString(), "-q");
        assertEquals(0, again.status(), again.err());
        assertTrue(again.out().contains("0 added"), again.out());

        CliTest.Run s = CliTest.run("search", "اسرائيل", "--corpus", corpus.toString(), "--json");
        assertEquals(0, s.status(), s.err());
        JsonNode j = new ObjectMapper().readTree(s.out());
        assertEquals(2, j.get("total").asInt());
        assertTrue(j.get("hits").get(0).get("snippet").asText().contains("<b>"), s.out());
        assertTrue(j.get("facets").get("actor").size() > 0);

        CliTest.Run text = CliTest.run("search", "الدولة", "الاسلامية", "--corpus", corpus.toString(), "--from", "2010", "--limit", "1");
        assertEquals(0, text.status(), text.err());
        assertTrue(text.out().contains("articles match") && text.out().contains("[الإسلامية]"), text.out());

        Path csv = tmp.resolve("csv");
        assertEquals(0, CliTest.run("export", "--corpus", corpus.toString(), "--format", "csv", "--out", csv.toString()).status());
        List<String> mentions = Files.readAllLines(csv.resolve("mentions.csv"), StandardCharsets.UTF_8);
        assertTrue(mentions.get(0).startsWith("\uFEFFarticle_id,entity_id"), mentions.get(0));
        Path gml = tmp.resolve("actors.graphml");
        CliTest.Run g = CliTest.run("export", "--corpus", corpus.toString(), "--format", "graphml", "--out", gml.toString());
        assertEquals(0, g.status(), g.err());
        assertTrue(Files.readString(gml).contains("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"));
        Path jl = tmp.resolve("all.jsonl");
        assertEquals(0, CliTest.run("export", "--corpus", corpus.toString(), "--format", "jsonl", "--out", jl.toString()).status());
        assertEquals(6, Files.readAllLines(jl).size());

        CliTest.Run missing = CliTest.run("search", "x", "--corpus", tmp.resolve("nothing").toString());
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("no corpus at"), missing.err());
    }

    @Test
    void synthCorpusAndBenchSearch() throws Exception {
        Path jl = tmp.resolve("synth.jsonl");
        CliTest.Run synth = CliTest.run("synth-corpus", "--out", jl.toString(), "--count", "300");
        assertEquals(0, synth.status(), synth.err());
        assertEquals(300, Files.readAllLines(jl).size());
        Path corpus = tmp.resolve("c");
        CliTest.Run ingest = CliTest.run("ingest", jl.toString(), "--corpus", corpus.toString(), "--no-analysis", "-q");
        assertEquals(0, ingest.status(), ingest.err());
        // two exact copies; the two near copies (an added sentence) pass the 0.7 threshold unless the sentence is long
        assertTrue(ingest.out().matches("(?s).*read 300 records.*2 exact and [12] near duplicates.*"), ingest.out());
        // plain-text articles without analysis still get their date (and title) from the text
        Path c2 = tmp.resolve("c2");
        assertEquals(0, CliTest.run("ingest", CliTest.SAMPLES.toString(), "--corpus", c2.toString(), "--no-analysis", "-q").status());
        CliTest.Run years = CliTest.run("search", "--corpus", c2.toString(), "--json", "--limit", "0");
        assertTrue(new ObjectMapper().readTree(years.out()).get("facets").get("year").has("2021"), years.out());
        CliTest.Run bench = CliTest.run("bench-search", "--corpus", corpus.toString(), "--queries", "50", "--warmup", "10");
        assertEquals(0, bench.status(), bench.err());
        assertTrue(bench.out().contains("latency ms: p50"), bench.out());
    }
}
