package org.isnad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.isnad.arabic.ArabicPipeline;
import org.isnad.arabic.structure.StructureAnnotator;
import org.isnad.core.pipeline.Pipeline;
import org.isnad.corpus.ingest.Ingester;
import org.isnad.corpus.ingest.Inputs;
import org.isnad.corpus.ingest.RecordError;
import org.isnad.corpus.store.CorpusCounts;
import org.isnad.corpus.store.LuceneCorpusStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad ingest INPUT... --corpus DIR [--no-analysis]}. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Adds articles to a corpus (created when absent): folders of .txt and .html, JSONL, WARC(.gz), RSS/Atom.",
                "Exact and near duplicates are recorded, not indexed twice; re-ingesting adds nothing; an interrupted run",
                "leaves the corpus readable and a re-run completes it. Bad records are reported with file and line/offset.",
                "Exit status: 0 all records read, 1 some records failed (the others are in the corpus), 2 usage error."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Input files or folders.")
    List<Path> inputs;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The corpus folder.")
    Path corpus;

    @Option(names = "--no-analysis", description = {"Index text and metadata only (no pipeline; title, outlet and date of plain-text",
            "articles still read from the text): much faster."})
    boolean noAnalysis;

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads (default: number of cores).")
    int threads;

    @Option(names = "--batch", defaultValue = "5000", description = "Records per commit (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--near", defaultValue = "0.7", description = "Near-duplicate threshold, estimated Jaccard of word 5-shingles (default: ${DEFAULT-VALUE}).")
    double near;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        List<Path> files = Inputs.expand(inputs);
        if (files.isEmpty()) {
            err.println("isnad: no input files (.txt .html .jsonl .warc .warc.gz .rss .atom .xml) under " + inputs);
            return 1;
        }
        int t = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        long t0 = System.nanoTime();
        ProgressBar[] bar = {null};
        long[] lastShown = {0};
        int[] errorLines = {0};
        Ingester.Listener listener = new Ingester.Listener() {
            @Override
            public void progress(Ingester.Stats s) {
                if (quiet || s.bytesTotal < (1 << 20)) {
                    return; // a bar for a few small files is noise
                }
                long now = System.nanoTime();
                if (now - lastShown[0] < 200_000_000L) {
                    return;
                }
                lastShown[0] = now;
                int shift = s.bytesTotal >= (64L << 20) ? 20 : 10;
                if (bar[0] == null) {
                    bar[0] = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(Math.max(1, s.bytesTotal >> shift))
                            .setUnit(shift == 20 ? " MiB" : " KiB", 1).setConsumer(new ConsoleProgressBarConsumer(err)).build();
                }
                double secs = (now - t0) / 1e9;
                bar[0].stepTo(Math.min(s.bytesTotal, s.bytesDone) >> shift);
                bar[0].setExtraMessage(String.format(Locale.ROOT, "%,d articles, %.0f articles/s", s.added + s.exactDuplicates
                        + s.nearDuplicates, (s.added + s.exactDuplicates + s.nearDuplicates) / Math.max(secs, 1e-3)));
            }

            @Override
            public void error(RecordError e) {
                errorLines[0]++;
                if (errorLines[0] <= 1000) {
                    err.println("error: " + e);
                } else if (errorLines[0] == 1001) {
                    err.println("error: (more errors not shown)");
                }
            }
        };
        Ingester.Stats s;
        CorpusCounts counts;
        long bytes;
        try (LuceneCorpusStore store = LuceneCorpusStore.open(corpus, true)) {
            // without analysis the structure annotator alone still reads title, outlet and date from plain text
            Ingester.Options o = new Ingester.Options(noAnalysis ? null : ArabicPipeline.standard(), t, batch, near,
                    noAnalysis ? Pipeline.of(new StructureAnnotator()) : null);
            s = new Ingester(store, o, listener).run(files);
            counts = store.counts();
            bytes = store.indexBytes();
        } finally {
            if (bar[0] != null) {
                bar[0].stepTo(bar[0].getMax());
                bar[0].close();
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        long handled = s.added + s.exactDuplicates + s.nearDuplicates;
        out.printf(Locale.ROOT, "read %,d records from %d files (%d unchanged files skipped): %,d added (%,d analysed), "
                        + "%,d exact and %,d near duplicates recorded, %,d already in the corpus, %,d errors%n",
                s.read, files.size(), s.filesSkipped, s.added, s.analysed, s.exactDuplicates, s.nearDuplicates,
                s.alreadyPresent, s.errors);
        out.printf(Locale.ROOT, "%.1f s, %,.0f articles/s; corpus %s: %,d articles (%,d analysed), %,d duplicates, index %.1f MiB, "
                        + "peak heap %.0f MiB%n", secs, handled / Math.max(secs, 1e-3), corpus, counts.articles(), counts.analysed(),
                counts.duplicates(), bytes / 1048576.0, peakHeapMiB());
        return s.errors > 0 ? 1 : 0;
    }

    /** Sum of the heap pools' peak usage since the start of the process. */
    static double peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        return peak / 1048576.0;
    }
}
