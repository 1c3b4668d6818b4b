package org.isnad.corpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.isnad.corpus.Fixtures;
import org.isnad.corpus.export.Exports;
import org.isnad.corpus.store.LuceneCorpusStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of an ingest, then a re-run: the killed corpus is readable, and the
 * completed corpus equals one made by a clean run (same articles in the same order, same
 * duplicates with the same originals).
 */
class CrashRecoveryTest {
    @TempDir
    Path tmp;

    @Test
    void killedIngestResumesToTheSameCorpus() throws Exception {
        Path input = tmp.resolve("in.jsonl");
        int total = writeCorpus(input, 4000);
        Path clean = tmp.resolve("clean");
        Path crashed = tmp.resolve("crashed");
        ingest(input, clean);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                CrashIngestMain.class.getName(), input.toString(), crashed.toString(), "300", "1500")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        long committed = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (p.isAlive() && System.nanoTime() < deadline) {
            committed = manifestCount(crashed);
            if (committed >= 900) {
                break;
            }
            Thread.sleep(20);
        }
        assertTrue(p.isAlive(), "child ended before it could be killed: " + Files.readString(tmp.resolve("child.log")));
        Thread.sleep(150); // let it get into the middle of the next batch
        p.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
        p.waitFor();

        long afterKill;
        try (LuceneCorpusStore store = LuceneCorpusStore.open(crashed, false)) {
            afterKill = store.counts().articles() + store.counts().duplicates();
        }
        assertTrue(afterKill >= 900 && afterKill < total, "killed mid-run: " + afterKill + " of " + total);

        Ingester.Stats resumed = ingest(input, crashed);
        assertEquals(afterKill, resumed.alreadyPresent, "the re-run skips exactly what was committed");
        assertEquals(export(clean), export(crashed));
        assertEquals(duplicates(clean), duplicates(crashed));
    }

    static Ingester.Stats ingest(Path input, Path corpus) throws IOException {
        try (LuceneCorpusStore store = LuceneCorpusStore.open(corpus, true)) {
            return new Ingester(store, new Ingester.Options(null, 2, 300, 0.7), null).run(List.of(input));
        }
    }

    private List<String> export(Path corpus) throws IOException {
        Path out = tmp.resolve(corpus.getFileName() + ".jsonl");
        try (LuceneCorpusStore store = LuceneCorpusStore.open(corpus, false)) {
            Exports.jsonl(store, out);
        }
        return Files.readAllLines(out);
    }

    private static TreeMap<String, String> duplicates(Path corpus) throws IOException {
        TreeMap<String, String> out = new TreeMap<>();
        List<String> ids = new ArrayList<>();
        try (LuceneCorpusStore store = LuceneCorpusStore.open(corpus, false)) {
            store.visitKeys((id, seq, dupOf, kind, hash, sig) -> {
                if (dupOf != null) {
                    ids.add(id);
                }
            });
            for (String id : ids) {
                var d = store.getDuplicate(id).orElseThrow();
                out.put(id, d.kind() + " of " + d.duplicateOf() + " at " + d.seq());
            }
        }
        assertTrue(out.size() > 10, "the corpus has duplicates to compare");
        return out;
    }

    private static long manifestCount(Path corpus) {
        try {
            var m = new ObjectMapper().readTree(corpus.resolve(LuceneCorpusStore.MANIFEST).toFile());
            return m.path("articles").asLong() + m.path("duplicates").asLong();
        } catch (IOException e) {
            return 0; // not there yet (or being replaced)
        }
    }

    /** Short articles of sample words in random order, with an exact copy every 50th and a near copy every 50th. */
    static int writeCorpus(Path out, int n) throws IOException {
        List<String> words = new ArrayList<>();
        for (String name : List.of("001_8401930dd3614bce.txt", "002_9f71cc5bd0509910.txt", "004_74fdce1f1eedd95c.txt")) {
            for (String p : Fixtures.sampleParagraphs(name)) {
                words.addAll(List.of(p.split("\\s+")));
            }
        }
        Random rnd = new Random(5);
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                String text;
                if (i > 50 && i % 50 == 3) {
                    text = texts.get(rnd.nextInt(texts.size()));
                } else if (i > 50 && i % 50 == 29) {
                    text = texts.get(rnd.nextInt(texts.size())) + " وأضاف المتحدث أن الأمر قيد الدراسة.";
                } else {
                    StringBuilder sb = new StringBuilder();
                    for (int k = 0; k < 120; k++) {
                        sb.append(k == 0 ? "" : " ").append(words.get(rnd.nextInt(words.size())));
                    }
                    text = sb.toString();
                }
                texts.add(text);
                ObjectNode o = json.createObjectNode();
                o.put("id", "c" + i);
                o.put("outlet", "Outlet " + (i % 7));
                o.put("date", "2021-0" + (1 + i % 9) + "-1" + (i % 10));
                o.put("text", text);
                w.write(json.writeValueAsString(o));
                w.write('\n');
            }
        }
        return n;
    }
}
