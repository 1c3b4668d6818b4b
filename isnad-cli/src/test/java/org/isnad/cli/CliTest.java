package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.isnad.core.json.DocumentJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: mixed inputs, JSON output, and eval figures equal to score.py's. */
class CliTest {
    static final Path SAMPLES = Path.of("../samples/seeds");
    static final Path SHARED = Path.of("../../shared");
    static final String ABSENT = "../shared (gold, scorer) not present beside the repository: test skipped";

    @TempDir
    Path tmp;

    /** Runs the CLI, returning exit status, stdout and stderr. */
    record Run(int status, String out, String err) {}

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void mixedEncodingsEmptyAndBinaryInOneRun() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String text = Files.readString(SAMPLES.resolve("003_d6ff57e8044bb96b.txt"));
        Files.write(in.resolve("a_cp1256.txt"), text.getBytes(Charset.forName("windows-1256")));
        Files.write(in.resolve("b_utf16.txt"), ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));
        Files.write(in.resolve("c_empty.txt"), new byte[0]);
        byte[] bin = new byte[2048];
        new java.util.Random(1).nextBytes(bin);
        bin[10] = 0;
        bin[20] = 0;
        Files.write(in.resolve("d_binary.txt"), bin);
        Path out = tmp.resolve("out");
        Run r = run("analyze", in.toString(), "--out", out.toString());
        assertEquals(1, r.status(), "exit status must tell that some files failed\n" + r.err());
        assertTrue(r.err().contains("c_empty.txt: empty file"), r.err());
        assertTrue(r.err().contains("d_binary.txt: binary file"), r.err());
        assertTrue(r.err().contains("2 analysed, 2 failed"), r.err());
        assertTrue(r.out().contains("a_cp1256.txt  (windows-1256"), r.out());
        assertTrue(r.out().contains("b_utf16.txt  (UTF-16LE"), r.out());
        JsonNode a = DocumentJson.MAPPER.readTree(out.resolve("a_cp1256.json").toFile());
        JsonNode b = DocumentJson.MAPPER.readTree(out.resolve("b_utf16.json").toFile());
        assertEquals(a.get("boilerplate"), b.get("boilerplate"));
        assertEquals("مقالات اخرى للكاتب", a.get("boilerplate").get(0).get("text").asText());
        assertEquals(2, Files.readAllLines(out.resolve("all.jsonl")).size());
    }

    @Test
    void analyzeWritesOneJsonPerArticleWithSpansMatchingTheText() throws Exception {
        Path out = tmp.resolve("out");
        Run r = run("analyze", SAMPLES.toString(), "--out", out.toString(), "--summary", "none");
        assertEquals(0, r.status(), r.err());
        for (Path txt : Files.list(SAMPLES).filter(p -> p.toString().endsWith(".txt")).toList()) {
            String text = Files.readString(txt);
            String name = txt.getFileName().toString().replace(".txt", ".json");
            JsonNode doc = DocumentJson.MAPPER.readTree(out.resolve(name).toFile());
            assertEquals(txt.getFileName().toString(), doc.get("doc").asText());
            for (String layer : List.of("boilerplate", "quantities", "times")) {
                for (JsonNode s : doc.get(layer)) {
                    assertEquals(text.substring(s.get("start").asInt(), s.get("end").asInt()), s.get("text").asText());
                }
            }
        }
    }

    @Test
    void evalPrintsTheSameFiguresAsTheReferenceScorer() throws Exception {
        assumeTrue(Files.isDirectory(SHARED.resolve("gold/seeds")), ABSENT);
        Path out = tmp.resolve("eval");
        Path figures = tmp.resolve("scores.json");
        Run r = run("eval", "--gold", SHARED.resolve("gold/seeds").toString(), "--corpus", SAMPLES.toString(),
                "--out", out.toString(), "--json", figures.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.exists(figures));
        Process p;
        try {
            p = new ProcessBuilder("python3", SHARED.resolve("gold/score.py").toString(),
                    SHARED.resolve("gold/seeds").toString(), out.toString()).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "python3 not installed: cannot compare with score.py");
            return;
        }
        String py = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), py);
        assertEquals(py.strip(), r.out().strip());
    }
}
