package org.isnad.corpus.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.isnad.core.model.Document;
import org.isnad.core.model.Meta;
import org.isnad.core.pipeline.Pipeline;
import org.isnad.corpus.store.ArticleRecord;
import org.isnad.corpus.store.CorpusStore;
import org.isnad.corpus.store.DuplicateRecord;

/**
 * Ingests input files into a {@link CorpusStore}: reads records in input order, skips ids the
 * corpus already holds, hashes (and, unless disabled, analyses) articles on worker threads, then —
 * back in input order, on the calling thread — decides duplicates ({@link Deduplicator}), then hands
 * the writes to the workers (Lucene indexes in parallel), committing every {@code batch} records
 * and at the end, once every write decided before the commit has finished.
 *
 * <p>Crash safety: a commit holds a prefix of the input order plus the list of input files that
 * were completely written before it (file path, size and modification time, in the store's ingest
 * state). A re-run after a crash skips the completed files, skips the ids already stored in the
 * others, and rebuilds the dedup state from the store, so it makes exactly the decisions a
 * clean run would have made: the final corpus is the same.
 *
 * <p>One instance per run; not thread-safe.
 */
public final class Ingester {
    /**
     * Run options. {@code pipeline} null means no analysis; then {@code metaPipeline}, when given (the
     * structure annotator alone, say), still reads title, outlet and date from the text of articles
     * whose input does not give them (plain-text files), without storing an analysis.
     */
    public record Options(Pipeline pipeline, int threads, int batch, double nearThreshold, Pipeline metaPipeline) {
        public Options(Pipeline pipeline, int threads, int batch, double nearThreshold) {
            this(pipeline, threads, batch, nearThreshold, null);
        }

        public static Options defaults(Pipeline pipeline) {
            return new Options(pipeline, Math.max(1, Runtime.getRuntime().availableProcessors()), 5000, 0.7);
        }
    }

    /** Running figures, updated on the ingest thread. */
    public static final class Stats {
        public long read;
        public long added;
        public long analysed;
        public long exactDuplicates;
        public long nearDuplicates;
        public long alreadyPresent;
        public long errors;
        public long filesSkipped;
        /** Bytes of the input files read so far (progress). */
        public long bytesDone;
        public long bytesTotal;
        public long commits;
    }

    /** What the caller sees while it runs. */
    public interface Listener {
        default void progress(Stats stats) {}

        default void error(RecordError error) {}
    }

    private record Prepared(Article article, Deduplicator.Keys keys, Document analysis, Meta meta, String analysisError) {}

    /** A record being prepared, or (future null) the end of an input file. */
    private record Pending(Future<Prepared> future, Path fileDone, String fileKey) {}

    private final CorpusStore store;
    private final Options options;
    private final Listener listener;
    private final Stats stats = new Stats();
    private final Deduplicator dedup;
    private final Set<String> known = new HashSet<>();
    private final Map<String, String> state = new HashMap<>();
    private final ArrayDeque<Future<?>> writes = new ArrayDeque<>();
    private ExecutorService pool;
    private int window;
    private long seq;
    private long sinceCommit;
    private long bytesOfDoneFiles;

    public Ingester(CorpusStore store, Options options, Listener listener) {
        this.store = store;
        this.options = options;
        this.listener = listener == null ? new Listener() {} : listener;
        this.dedup = new Deduplicator(options.nearThreshold());
    }

    public Stats run(List<Path> files) throws IOException {
        loadState();
        for (Path f : files) {
            stats.bytesTotal += Files.isRegularFile(f) ? Files.size(f) : 0;
        }
        pool = Executors.newFixedThreadPool(Math.max(1, options.threads()), r -> {
            Thread t = new Thread(r, "isnad-ingest");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Pending> inFlight = new ArrayDeque<>();
        window = Math.max(64, options.threads() * 64);
        try {
            for (Path f : files) {
                String key = fileKey(f);
                long size = Files.isRegularFile(f) ? Files.size(f) : 0;
                if (key != null && state.containsKey(key) && state.get(key).equals(fingerprint(f))) {
                    stats.filesSkipped++;
                    bytesOfDoneFiles += size;
                    stats.bytesDone = bytesOfDoneFiles;
                    listener.progress(stats);
                    continue;
                }
                Inputs.read(f, new ArticleSink() {
                    @Override
                    public void article(Article a) {
                        stats.read++;
                        if (!known.add(a.id())) {
                            stats.alreadyPresent++;
                            listener.progress(stats);
                            return;
                        }
                        inFlight.add(new Pending(pool.submit(() -> prepare(a)), null, null));
                        drain(inFlight, window);
                    }

                    @Override
                    public void error(RecordError e) {
                        stats.errors++;
                        listener.error(e);
                    }

                    @Override
                    public void position(long bytes) {
                        stats.bytesDone = bytesOfDoneFiles + Math.min(bytes, size);
                    }
                });
                bytesOfDoneFiles += size;
                stats.bytesDone = bytesOfDoneFiles;
                inFlight.add(new Pending(null, f, key));
                drain(inFlight, window);
            }
            drain(inFlight, 0);
            commit();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            pool.shutdownNow();
        }
        return stats;
    }

    /** The dedup state and the set of known ids, from what the store has committed. */
    private void loadState() throws IOException {
        state.putAll(store.ingestState());
        record Entry(long seq, String id, String duplicateOf, String kind, Deduplicator.Keys keys) {}
        List<Entry> entries = new ArrayList<>();
        long[] maxSeq = {-1};
        store.visitKeys((id, s, duplicateOf, kind, hash, sig) -> {
            known.add(id);
            maxSeq[0] = Math.max(maxSeq[0], s);
            entries.add(new Entry(s, id, duplicateOf, kind, sig == null ? null : new Deduplicator.Keys(hash, sig)));
        });
        // replayed in ingest order: the dedup state is then the one a clean run had at this point
        entries.sort(java.util.Comparator.comparingLong(Entry::seq));
        for (Entry e : entries) {
            if (e.keys() != null && e.duplicateOf() == null) {
                dedup.add(e.id(), e.keys());
            } else if (e.keys() != null && "near".equals(e.kind())) {
                dedup.add(e.duplicateOf(), e.keys());
            }
        }
        seq = maxSeq[0] + 1;
    }

    private Prepared prepare(Article a) {
        Deduplicator.Keys keys = Deduplicator.keys(a.text());
        try {
            if (options.pipeline() != null) {
                Document d = options.pipeline().apply(Document.of(a.id(), a.text()));
                return new Prepared(a, keys, d, d.meta(), null);
            }
            boolean metaMissing = a.title() == null || a.date() == null || a.outlet() == null;
            Meta meta = options.metaPipeline() != null && metaMissing
                    ? options.metaPipeline().apply(Document.of(a.id(), a.text())).meta() : Meta.EMPTY;
            return new Prepared(a, keys, null, meta, null);
        } catch (RuntimeException | StackOverflowError e) {
            // an annotator bug must not lose the article: it is stored unanalysed and the failure reported
            return new Prepared(a, keys, null, Meta.EMPTY, "analysis failed (" + e + ")");
        }
    }

    private void drain(ArrayDeque<Pending> inFlight, int keep) {
        while (inFlight.size() > keep) {
            Pending p = inFlight.poll();
            try {
                if (p.future() == null) {
                    if (p.fileKey() != null) {
                        state.put(p.fileKey(), fingerprint(p.fileDone()));
                    }
                    listener.progress(stats);
                    continue;
                }
                write(p.future().get());
                if (++sinceCommit >= options.batch()) {
                    commit();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted");
            }
        }
    }

    /** Decides (here, in input order) and queues the store write for a worker. */
    private void write(Prepared p) throws IOException {
        Article a = p.article();
        if (p.analysisError() != null) {
            stats.errors++;
            listener.error(new RecordError(a.origin(), "", p.analysisError()));
        }
        Deduplicator.Match m = dedup.check(p.keys());
        Meta meta = p.meta();
        String outlet = a.outlet() != null ? a.outlet() : meta.outlet();
        String title = a.title() != null ? a.title() : meta.title();
        var date = a.date() != null ? a.date() : meta.date();
        if (m != null) {
            DuplicateRecord r = new DuplicateRecord(a.id(), seq++, m.duplicateOf(), m.kind(), m.similarity(), a.url(),
                    outlet, title, date, a.origin());
            queueWrite(() -> store.addDuplicate(r, p.keys().textHash(), p.keys().signature()));
            if (m.kind().equals("exact")) {
                stats.exactDuplicates++;
            } else {
                // a copy of this copy must find the original too
                dedup.add(m.duplicateOf(), p.keys());
                stats.nearDuplicates++;
            }
        } else {
            ArticleRecord r = new ArticleRecord(a.id(), seq++, a.url(), outlet, title, date, a.text(), a.origin(), null, null);
            queueWrite(() -> store.addArticle(r, p.analysis(), p.keys().textHash(), p.keys().signature()));
            dedup.add(a.id(), p.keys());
            stats.added++;
            if (p.analysis() != null) {
                stats.analysed++;
            }
        }
        listener.progress(stats);
    }

    private interface Write {
        void run() throws IOException;
    }

    private void queueWrite(Write w) throws IOException {
        writes.add(pool.submit(() -> {
            w.run();
            return null;
        }));
        while (writes.size() > window) {
            await(writes.poll());
        }
    }

    private static void await(Future<?> f) throws IOException {
        try {
            f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }

    private void commit() throws IOException {
        // a commit holds exactly the records decided so far: wait for their writes
        while (!writes.isEmpty()) {
            await(writes.poll());
        }
        store.commit(state);
        stats.commits++;
        sinceCommit = 0;
    }

    private static String fileKey(Path f) {
        return Files.isRegularFile(f) ? "file:" + f.toAbsolutePath().normalize() : null;
    }

    private static String fingerprint(Path f) {
        try {
            return Files.size(f) + ":" + Files.getLastModifiedTime(f).toMillis();
        } catch (IOException e) {
            return "?";
        }
    }
}
