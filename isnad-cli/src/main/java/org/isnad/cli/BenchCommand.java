package org.isnad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.isnad.arabic.ArabicPipeline;
import org.isnad.core.model.Document;
import org.isnad.core.pipeline.Pipeline;
import org.isnad.corpus.read.InputException;
import org.isnad.corpus.read.InputFiles;
import org.isnad.corpus.read.TextFileReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code isnad bench}: tokens per second of the full pipeline on one thread, warm, over a large
 * input made by repeating a corpus (by default the bundled sample articles).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures the full pipeline on one thread: warm-up rounds, then timed rounds over a corpus",
                "repeated to at least --tokens tokens. Reports tokens/s (mean, min, max), documents/s and heap."})
final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Corpus files or folders (default: the bundled samples).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--tokens", defaultValue = "2000000", description = "Tokens per round (default: ${DEFAULT-VALUE}).")
    long tokens;

    @Option(names = "--warmup", defaultValue = "3", description = "Warm-up rounds (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws IOException, InputException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<Document> corpus = paths.isEmpty() ? BundledSamples.documents() : read(paths);
        long t0 = System.nanoTime();
        Pipeline pipeline = ArabicPipeline.build();
        out.printf(Locale.ROOT, "pipeline built in %.0f ms (%d annotators)%n", (System.nanoTime() - t0) / 1e6,
                pipeline.annotators().size());
        long perPass = 0;
        long chars = 0;
        for (Document d : corpus) {
            perPass += pipeline.apply(d).tokens().size();
            chars += d.text().length();
        }
        if (perPass == 0) {
            out.println("the corpus has no tokens");
            return 1;
        }
        int repeat = (int) Math.max(1, (tokens + perPass - 1) / perPass);
        long roundTokens = perPass * repeat;
        out.printf(Locale.ROOT, "corpus: %d documents, %d tokens, %d chars; repeated %d times = %,d tokens per round%n",
                corpus.size(), perPass, chars, repeat, roundTokens);
        for (int i = 0; i < warmup; i++) {
            round(pipeline, corpus, repeat);
        }
        double[] rates = new double[rounds];
        double cpuBest = 0;
        long sink = 0;
        // CPU time of this thread as well as wall time: on a shared machine the wall clock counts
        // other processes' time slices, the thread's CPU time does not.
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            sink += round(pipeline, corpus, repeat);
            double secs = (System.nanoTime() - start) / 1e9;
            double cpuSecs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            rates[i] = roundTokens / secs;
            cpuBest = Math.max(cpuBest, roundTokens / cpuSecs);
            out.printf(Locale.ROOT, "round %d: %.2f s wall, %.2f s CPU, %,.0f tokens/s (wall)%n", i + 1, secs, cpuSecs, rates[i]);
        }
        double mean = 0;
        double min = Double.MAX_VALUE;
        double max = 0;
        for (double r : rates) {
            mean += r / rates.length;
            min = Math.min(min, r);
            max = Math.max(max, r);
        }
        double sd = 0;
        for (double r : rates) {
            sd += (r - mean) * (r - mean) / rates.length;
        }
        sd = Math.sqrt(sd);
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapUsed = mem.getHeapMemoryUsage().getUsed();
        out.printf(Locale.ROOT, "full pipeline, 1 thread: %,.0f tokens/s (sd %,.0f; min %,.0f, max %,.0f); %,.0f documents/s%n",
                mean, sd, min, max, mean / perPass * corpus.size());
        out.printf(Locale.ROOT, "best round by thread CPU time: %,.0f tokens/s%n", cpuBest);
        out.printf(Locale.ROOT, "heap after GC: %.1f MiB (max heap %.0f MiB); checksum %d%n", heapUsed / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0, sink % 10);
        return 0;
    }

    private static long round(Pipeline p, List<Document> corpus, int repeat) {
        long n = 0;
        for (int r = 0; r < repeat; r++) {
            for (Document d : corpus) {
                n += p.apply(d).tokens().size();
            }
        }
        return n;
    }

    private static List<Document> read(List<Path> paths) throws IOException, InputException {
        TextFileReader reader = new TextFileReader();
        List<Document> docs = new ArrayList<>();
        for (Path p : InputFiles.expand(paths, "*.txt")) {
            docs.add(reader.read(p));
        }
        return docs;
    }
}
