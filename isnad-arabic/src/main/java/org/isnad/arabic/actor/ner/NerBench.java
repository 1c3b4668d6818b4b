package org.isnad.arabic.actor.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isnad.arabic.ArabicPipeline;
import org.isnad.core.model.Document;
import org.isnad.core.pipeline.Pipeline;

/**
 * Throughput of the standard Arabic pipeline with and without {@link NerAnnotator}, one thread,
 * warm, over text files repeated to about {@code --tokens} tokens per round.
 *
 * <pre>java ... org.isnad.arabic.actor.ner.NerBench [--tokens 1000000] [DIR|FILE...]</pre>
 * Default corpus: the bundled samples ({@code samples/seeds}).
 */
public final class NerBench {
    private NerBench() {}

    public static void main(String[] args) throws IOException {
        long target = 1_000_000;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--tokens")) {
                target = Long.parseLong(args[++i]);
            } else {
                paths.add(Path.of(args[i]));
            }
        }
        if (paths.isEmpty()) {
            paths.add(Path.of("samples/seeds"));
        }
        List<Document> docs = new ArrayList<>();
        for (Path p : paths) {
            List<Path> files = Files.isDirectory(p)
                    ? Files.list(p).filter(f -> f.toString().endsWith(".txt")).sorted().toList() : List.of(p);
            for (Path f : files) {
                docs.add(Document.of(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        long t0 = System.nanoTime();
        NerAnnotator ner = new NerAnnotator();
        System.out.printf(Locale.ROOT, "NER model loaded in %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        Pipeline base = ArabicPipeline.build();
        Pipeline withNer = base.then(ner);
        for (Pipeline p : List.of(base, withNer, base, withNer)) {
            run(p, docs, target, p == base ? "pipeline without NER" : "pipeline with NER");
        }
    }

    private static void run(Pipeline p, List<Document> docs, long target, String name) {
        long perPass = 0;
        for (Document d : docs) {
            perPass += p.apply(d).tokens().size();
        }
        int repeat = (int) Math.max(1, target / Math.max(1, perPass));
        for (int w = 0; w < 2; w++) {
            for (int r = 0; r < repeat; r++) {
                for (Document d : docs) {
                    p.apply(d);
                }
            }
        }
        long t = System.nanoTime();
        long n = 0;
        for (int r = 0; r < repeat; r++) {
            for (Document d : docs) {
                n += p.apply(d).tokens().size();
            }
        }
        double s = (System.nanoTime() - t) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %,.0f tokens/s (%,d tokens)%n", name, n / s, n);
    }
}
