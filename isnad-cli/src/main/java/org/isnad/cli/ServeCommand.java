package org.isnad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.isnad.arabic.ArabicPipeline;
import org.isnad.corpus.ingest.Ingester;
import org.isnad.corpus.ingest.Inputs;
import org.isnad.corpus.store.CorpusCounts;
import org.isnad.corpus.store.CorpusStore;
import org.isnad.corpus.store.LuceneCorpusStore;
import org.isnad.solr.SolrCorpusStore;
import org.isnad.solr.SolrTarget;
import org.isnad.server.IsnadServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code isnad serve [--corpus DIR] [--port N] [--host H]}: the REST API and the web UI over a corpus,
 * read-only (an ingest may run beside it; the server sees its commits), or from a SolrCloud collection with
 * {@code --solr ZK_HOSTS/COLLECTION}. Without either, a
 * corpus is ingested from the bundled samples into a temporary folder, deleted on exit.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves a corpus: JSON API under /api/ (search, articles, actors, sources, claims, openapi.json)",
                "and an Arabic web UI at /. Without --corpus, serves the bundled sample articles. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus folder (made by `isnad ingest`).")
    Path corpus;

    @Option(names = "--solr", paramLabel = "ZK_HOSTS/COLLECTION",
            description = "Serve a corpus from a SolrCloud collection instead (see isnad solr), e.g. localhost:9983/isnad.")
    String solr;

    @Option(names = "--port", defaultValue = "8080", description = "Port (0: any free port; default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 exposes the corpus to the network).")
    String host;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (solr != null) {
            if (corpus != null) {
                throw new IllegalArgumentException("give --corpus or --solr, not both");
            }
            SolrTarget target = SolrTarget.parse(solr);
            SolrCorpusStore store = SolrCorpusStore.open(target);
            CorpusCounts c = store.counts();
            return serve(store, "SolrCloud collection " + target, c, null, out);
        }
        Path folder = corpus;
        Path temp = null;
        if (folder == null) {
            temp = Files.createTempDirectory("isnad-serve");
            folder = temp.resolve("corpus");
            out.println("no --corpus: ingesting the bundled samples into " + folder);
            Path inputs = Files.createDirectories(temp.resolve("samples"));
            BundledSamples.copyTo(inputs);
            try (LuceneCorpusStore store = LuceneCorpusStore.open(folder, true)) {
                new Ingester(store, Ingester.Options.defaults(ArabicPipeline.standard()), null).run(Inputs.expand(List.of(inputs)));
            }
        } else if (!Files.isDirectory(folder.resolve("index"))) {
            throw new IOException("no corpus in " + folder + " (make one with: isnad ingest INPUT... --corpus " + folder + ")");
        }
        LuceneCorpusStore store = LuceneCorpusStore.open(folder, false);
        return serve(store, folder.toString(), store.counts(), temp, out);
    }

    private int serve(CorpusStore store, String what, CorpusCounts c, Path toDelete, PrintStream out) throws InterruptedException {
        IsnadServer server = IsnadServer.start(store, host, port);
        out.printf("serving %s (%,d articles, %,d duplicates) at http://%s:%d/ (API: /api/openapi.json); Ctrl-C stops%n",
                what, c.articles(), c.duplicates(), host.contains(":") ? "[" + host + "]" : host, server.port());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                store.close();
            } catch (IOException ignored) {
                // exiting anyway
            }
            if (toDelete != null) {
                delete(toDelete);
            }
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder: best effort
        }
    }
}
