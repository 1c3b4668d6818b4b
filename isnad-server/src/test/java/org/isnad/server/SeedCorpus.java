package org.isnad.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.isnad.arabic.ArabicPipeline;
import org.isnad.corpus.ingest.Ingester;
import org.isnad.corpus.ingest.Inputs;
import org.isnad.corpus.store.LuceneCorpusStore;

/** The five seed samples ingested once per test JVM into a temporary corpus folder (deleted at exit). */
final class SeedCorpus {
    private static Path folder;

    private SeedCorpus() {}

    static synchronized Path folder() throws IOException {
        if (folder == null) {
            Path dir = Files.createTempDirectory("isnad-server-test");
            try (LuceneCorpusStore store = LuceneCorpusStore.open(dir, true)) {
                new Ingester(store, Ingester.Options.defaults(ArabicPipeline.standard()), null).run(Inputs.expand(List.of(seedsDir())));
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            folder = dir;
        }
        return folder;
    }

    static Path seedsDir() {
        return Path.of("..", "samples", "seeds").toAbsolutePath().normalize();
    }

    /** The corpus id of seed 004 (ids are hashes of the text, so look it up by origin). */
    static String id004(LuceneCorpusStore store) throws IOException {
        AtomicReference<String> id = new AtomicReference<>();
        store.forEachArticle(a -> {
            if (a.origin() != null && a.origin().contains("004_")) {
                id.set(a.id());
            }
        });
        if (id.get() == null) {
            throw new IllegalStateException("seed 004 not in the corpus");
        }
        return id.get();
    }

    private static void delete(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a temp folder
        }
    }
}
