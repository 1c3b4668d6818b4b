package org.isnad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.isnad.corpus.read.InputFiles;
import org.isnad.corpus.write.JsonOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad analyze PATH... [--out DIR]}. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyses article files and folders (plain text; encoding detected).",
                "Prints a summary per article; with --out writes one JSON per article (gold schema) and all.jsonl.",
                "Exit status: 0 all analysed, 1 some files failed (each named with its problem), 2 usage error."})
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders (folders: files matching --glob).")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "DIR", description = "Write <article>.json per article and all.jsonl here.")
    Path out;

    @Option(names = "--glob", defaultValue = "*.txt", description = "File-name pattern inside folders (default: ${DEFAULT-VALUE}).")
    String glob;

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads (default: number of cores).")
    int threads;

    @Option(names = "--summary", paramLabel = "full|short|none",
            description = "Per-article summary on stdout (default: full for up to 10 files, short beyond).")
    String summary;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        List<Path> files = InputFiles.expand(paths, glob);
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (files.isEmpty()) {
            stderr.println("isnad: no input files matching " + glob + " under " + paths);
            return 1;
        }
        String mode = summary != null ? summary : files.size() <= 10 ? "full" : "short";
        int[] failed = {0};
        int[] done = {0};
        JsonOutput output = out == null ? null : new JsonOutput(out);
        ProgressBar bar = quiet || files.size() < 10 ? null : new ProgressBarBuilder().setTaskName("analyze")
                .setInitialMax(files.size()).setConsumer(new ConsoleProgressBarConsumer(stderr)).setUnit(" docs", 1).build();
        try {
            Analysis.run(files, threads > 0 ? threads : Runtime.getRuntime().availableProcessors(), r -> {
                if (bar != null) {
                    bar.step();
                }
                if (!r.ok()) {
                    failed[0]++;
                    stderr.println("error: " + r.error());
                    return;
                }
                done[0]++;
                if (!mode.equals("none")) {
                    stdout.print(mode.equals("short") ? Summary.oneLine(r.doc()) : Summary.full(r.doc()));
                }
                if (output != null) {
                    try {
                        output.write(r.doc());
                    } catch (IOException e) {
                        failed[0]++;
                        stderr.println("error: " + r.path() + ": cannot write output (" + e.getMessage() + ")");
                    }
                }
            });
        } finally {
            if (bar != null) {
                bar.close();
            }
            if (output != null) {
                output.close();
            }
        }
        stderr.printf("%d analysed, %d failed%s%n", done[0], failed[0],
                out == null ? "" : "; JSON written to " + out);
        return failed[0] > 0 ? 1 : 0;
    }
}
