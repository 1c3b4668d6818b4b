package org.isnad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.isnad.core.eval.Scorer;
import org.isnad.core.eval.Scores;
import org.isnad.core.json.DocumentJson;
import org.isnad.corpus.write.JsonOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isnad eval --gold DIR --corpus DIR}: analyse the corpus and score it against gold. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Analyses the articles of --corpus that have a gold file in --gold, scores the output by the",
                "rules of the gold SCHEMA.md (same figures as score.py) and writes the figures as JSON."})
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold JSON files.")
    Path gold;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Folder of the article .txt files.")
    Path corpus;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the engine's JSON (default: a temporary folder).")
    Path out;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the figures here (default: <out>/scores.json).")
    Path json;

    @Override
    public Integer call() throws IOException {
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (!Files.isDirectory(gold)) {
            stderr.println("isnad eval: gold folder not found: " + gold);
            return 2;
        }
        if (!Files.isDirectory(corpus)) {
            stderr.println("isnad eval: corpus folder not found: " + corpus);
            return 2;
        }
        Map<String, JsonNode> goldDocs = readJsonFolder(gold);
        if (goldDocs.isEmpty()) {
            stderr.println("isnad eval: no .json gold files in " + gold);
            return 2;
        }
        Path outDir = out != null ? out : Files.createTempDirectory("isnad-eval");
        List<Path> articles = new ArrayList<>();
        for (String name : goldDocs.keySet()) {
            Path txt = corpus.resolve(name.substring(0, name.length() - ".json".length()) + ".txt");
            if (Files.exists(txt)) {
                articles.add(txt);
            } else {
                stderr.println("warning: no article for gold file " + name + " in " + corpus);
            }
        }
        int[] failed = {0};
        try (JsonOutput output = new JsonOutput(outDir)) {
            Analysis.run(articles, Runtime.getRuntime().availableProcessors(), r -> {
                if (!r.ok()) {
                    failed[0]++;
                    stderr.println("error: " + r.error());
                    return;
                }
                try {
                    output.write(r.doc());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        Scores scores = Scorer.score(goldDocs, readJsonFolder(outDir));
        stdout.print(scores.table());
        Path figures = json != null ? json : outDir.resolve("scores.json");
        JsonOutput.writeAtomically(figures, DocumentJson.MAPPER.writeValueAsString(scores.toJson()) + "\n");
        stderr.println("engine output in " + outDir + "; figures in " + figures);
        return failed[0] > 0 ? 1 : 0;
    }

    /** All {@code *.json} files of a folder by file name (not {@code scores.json}). */
    static Map<String, JsonNode> readJsonFolder(Path dir) throws IOException {
        Map<String, JsonNode> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s.sorted()::iterator) {
                String name = p.getFileName().toString();
                if (name.endsWith(".json") && !name.equals("scores.json") && Files.isRegularFile(p)) {
                    try {
                        out.put(name, DocumentJson.MAPPER.readTree(p.toFile()));
                    } catch (IOException e) {
                        throw new IOException(p + ": not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
                    }
                }
            }
        }
        return out;
    }
}
