package org.isnad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.isnad.arabic.ArabicPipeline;
import org.isnad.core.model.Document;
import org.isnad.core.pipeline.Pipeline;
import org.isnad.corpus.read.InputException;
import org.isnad.corpus.read.TextFileReader;

/**
 * Reads and analyses files with the shared pipeline on a few threads, delivering results in input
 * order. A file that cannot be read yields a failed result naming the problem; the others go on.
 */
final class Analysis {

    /** The outcome for one input file: a document or an error message. */
    record Result(Path path, Document doc, String error) {
        boolean ok() {
            return doc != null;
        }
    }

    private Analysis() {}

    static void run(List<Path> files, int threads, Consumer<Result> sink) {
        Pipeline pipeline = ArabicPipeline.standard();
        TextFileReader reader = new TextFileReader();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "isnad-analyze");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> analyse(reader, pipeline, f)));
            }
            for (Future<Result> fu : futures) {
                try {
                    sink.accept(fu.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result analyse(TextFileReader reader, Pipeline pipeline, Path f) {
        Document doc;
        try {
            doc = reader.read(f);
        } catch (InputException e) {
            return new Result(f, null, e.getMessage());
        }
        try {
            return new Result(f, pipeline.apply(doc), null);
        } catch (RuntimeException e) {
            // an annotator bug must not stop the run: report it against the file
            return new Result(f, null, f + ": analysis failed (" + e + ")");
        }
    }
}
