package org.isnad.corpus.ingest;

import java.nio.file.Path;
import java.util.List;
import org.isnad.corpus.store.LuceneCorpusStore;

/**
 * Test helper run in a child JVM by {@link CrashRecoveryTest}: ingests one file without analysis,
 * committing every {@code batch} records, pausing {@code pauseMicros} per record so that the test
 * can kill it mid-run.
 */
public final class CrashIngestMain {
    private CrashIngestMain() {}

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        Path corpus = Path.of(args[1]);
        int batch = Integer.parseInt(args[2]);
        long pauseMicros = Long.parseLong(args[3]);
        try (LuceneCorpusStore store = LuceneCorpusStore.open(corpus, true)) {
            new Ingester(store, new Ingester.Options(null, 2, batch, 0.7), new Ingester.Listener() {
                long last = -1;

                @Override
                public void progress(Ingester.Stats s) {
                    long n = s.added + s.exactDuplicates + s.nearDuplicates;
                    if (n != last) {
                        last = n;
                        long until = System.nanoTime() + pauseMicros * 1000;
                        while (System.nanoTime() < until) {
                            Thread.onSpinWait();
                        }
                    }
                }
            }).run(List.of(input));
        }
    }
}
