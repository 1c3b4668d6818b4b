package org.isnad.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.isnad.core.model.Document;
import org.isnad.core.pipeline.Pipeline;
import org.isnad.corpus.ingest.Article;
import org.isnad.corpus.ingest.ArticleSink;
import org.isnad.corpus.ingest.Inputs;
import org.isnad.corpus.ingest.RecordError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code isnad-spark baseline INPUT... --threads N}: the job's work without Spark, in one JVM: the
 * ingest readers deliver the articles, N threads analyse them with one shared pipeline, nothing is
 * written. Its rate is what the Spark job would reach with no overhead at all; the job's own rate
 * against it is the cost of the distribution (scheduling, row conversion, Parquet).
 */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Reads and analyses local JSONL/WARC files on N threads without Spark; prints articles/s and tokens/s.")
final class BaselineCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Local JSONL or WARC files or folders.")
    List<Path> inputs;

    @Option(names = "--threads", defaultValue = "2", description = "Analysis threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        Pipeline pipeline = PipelineHolder.get();
        System.gc();
        // what one executor JVM holds for its pipeline, whatever its number of tasks
        System.out.printf(Locale.ROOT, "pipeline built in %.1f s, heap after GC %d MiB (JVM before it: %d MiB)%n",
                (System.nanoTime() - t0) / 1e9, (rt.totalMemory() - rt.freeMemory()) >> 20, before >> 20);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong tokens = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Future<?>> pending = new ArrayList<>();
        long[] counts = {0, 0};
        ArticleSink sink = new ArticleSink() {
            @Override
            public void article(Article a) {
                counts[0]++;
                pending.add(pool.submit(() -> {
                    try {
                        tokens.addAndGet(pipeline.apply(Document.of(a.id(), a.text())).tokens().size());
                    } catch (RuntimeException | StackOverflowError e) {
                        failed.incrementAndGet();
                    }
                }));
                // bounded backlog: the reader must not hold the whole input in memory
                if (pending.size() >= 256) {
                    drain(pending, 128);
                }
            }

            @Override
            public void error(RecordError e) {
                counts[1]++;
            }
        };
        for (Path f : Inputs.expand(inputs)) {
            Inputs.read(f, sink);
        }
        drain(pending, 0);
        pool.shutdown();
        System.gc();
        System.out.printf(Locale.ROOT, "heap after GC at the end: %d MiB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
        double s = (System.nanoTime() - t0) / 1e9;
        long ok = counts[0] - failed.get();
        System.out.printf(Locale.ROOT, "%d articles (%d bad records, %d failed analyses), %d tokens in %.1f s on %d threads: %.1f articles/s, %.0f tokens/s%n",
                ok, counts[1], failed.get(), tokens.get(), s, threads, ok / s, tokens.get() / s);
        return 0;
    }

    private static void drain(List<Future<?>> pending, int keep) {
        try {
            while (pending.size() > keep) {
                pending.remove(0).get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
