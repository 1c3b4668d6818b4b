package org.isnad.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;
import org.isnad.corpus.store.CorpusCounts;
import org.isnad.corpus.store.CorpusStore;
import org.isnad.corpus.store.DuplicateRecord;

/**
 * Bulk indexing of an existing corpus (an embedded corpus folder, or any {@link CorpusStore}) into a
 * {@link SolrCorpusStore}: every article with its stored analysis and sentence spans, every duplicate record,
 * the dedup keys of both and the ingest state, so the Solr corpus answers as the source does and an ingest can
 * continue into it. Nothing is analysed again.
 */
public final class SolrIndexer {
    private SolrIndexer() {}

    /** What a copy wrote. */
    public record Copied(long articles, long duplicates, double seconds) {}

    /**
     * Copies {@code source} into {@code target} and commits every {@code commitEvery} articles and at the end;
     * {@code progress} (may be null) is told the number of articles copied so far.
     */
    public static Copied copy(CorpusStore source, SolrCorpusStore target, int commitEvery, LongConsumer progress) throws IOException {
        long t0 = System.nanoTime();
        Map<String, long[]> hashes = new HashMap<>();
        Map<String, int[]> signatures = new HashMap<>();
        Map<String, String> duplicateIds = new HashMap<>();
        source.visitKeys((id, seq, dupOf, kind, hash, sig) -> {
            hashes.put(id, new long[] {hash});
            signatures.put(id, sig);
            if (dupOf != null) {
                duplicateIds.put(id, dupOf);
            }
        });
        Map<String, String> state = source.ingestState();
        // commits before the end keep the target's own ingest state: until the copy is complete, an ingest into the
        // target must not take the source's input files as read
        Map<String, String> before = target.ingestState();
        long[] n = {0};
        try {
            source.forEachArticle(a -> {
                try {
                    long[] h = hashes.get(a.id());
                    target.addRecord(a, h == null ? 0 : h[0], signatures.get(a.id()));
                    if (++n[0] % commitEvery == 0) {
                        target.commit(before);
                    }
                    if (progress != null) {
                        progress.accept(n[0]);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        long dups = 0;
        for (String id : duplicateIds.keySet()) {
            DuplicateRecord d = source.getDuplicate(id).orElse(null);
            if (d != null) {
                target.addDuplicate(d, hashes.get(id)[0], signatures.get(id));
                dups++;
            }
        }
        target.commit(state);
        return new Copied(n[0], dups, (System.nanoTime() - t0) / 1e9);
    }

    /** Whether two stores hold the same numbers of articles, analysed articles and duplicates. */
    public static boolean sameCounts(CorpusStore a, CorpusStore b) throws IOException {
        CorpusCounts x = a.counts();
        CorpusCounts y = b.counts();
        return x.equals(y);
    }
}
