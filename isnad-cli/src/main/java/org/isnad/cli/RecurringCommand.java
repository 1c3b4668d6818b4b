package org.isnad.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.core.json.DocumentJson;
import org.isnad.core.model.Document;
import org.isnad.corpus.read.InputFiles;
import org.isnad.corpus.recurring.RecurringClaims;
import org.isnad.corpus.write.JsonOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad recurring PATH...}: claims that recur across articles and outlets. */
@Command(name = "recurring", mixinStandardHelpOptions = true,
        description = {"Analyses the articles and groups claims that say the same thing in different articles:",
                "each cluster with its first appearance, outlets, source types and actors."})
final class RecurringCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    @Option(names = "--glob", defaultValue = "*.txt", description = "File-name pattern inside folders (default: ${DEFAULT-VALUE}).")
    String glob;

    @Option(names = "--min-similarity", defaultValue = "0.5",
            description = "Jaccard similarity of content words that links two claims (default: ${DEFAULT-VALUE}; half of it with two shared actors).")
    double minSimilarity;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the clusters as JSON.")
    Path json;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        List<Path> files = InputFiles.expand(paths, glob);
        List<Document> docs = new ArrayList<>();
        int[] failed = {0};
        Analysis.run(files, Runtime.getRuntime().availableProcessors(), r -> {
            if (r.ok()) {
                docs.add(r.doc());
            } else {
                failed[0]++;
                err.println("error: " + r.error());
            }
        });
        List<RecurringClaims.Cluster> clusters = new RecurringClaims(minSimilarity).find(docs);
        int n = 0;
        for (RecurringClaims.Cluster c : clusters) {
            n++;
            out.printf("cluster %d: %d articles; outlets %s; source types %s; actors %s%n", n, c.articles(),
                    c.outlets(), c.sourceTypes(), c.actors());
            for (RecurringClaims.Item i : c.claims()) {
                out.printf("   %s %s %s: %s%s: %s%n", i.date() == null ? "----------" : i.date(),
                        i.outlet() == null ? "-" : i.outlet(), i.doc(), i.source() == null ? "(implicit)" : i.source(),
                        i.via().isEmpty() ? "" : " ← via " + String.join(" ← ", i.via()), clip(i.content()));
            }
        }
        err.printf("%d articles, %d recurring claims clusters%n", docs.size(), clusters.size());
        if (json != null) {
            ArrayNode arr = RecurringClaims.toJson(clusters);
            JsonOutput.writeAtomically(json, DocumentJson.MAPPER.writeValueAsString(arr) + "\n");
        }
        return failed[0] > 0 ? 1 : 0;
    }

    private static String clip(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 100 ? one : one.substring(0, 97) + "...";
    }
}
