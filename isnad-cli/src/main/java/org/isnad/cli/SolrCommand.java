package org.isnad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.isnad.arabic.ArabicPipeline;
import org.isnad.arabic.structure.StructureAnnotator;
import org.isnad.core.pipeline.Pipeline;
import org.isnad.corpus.ingest.Ingester;
import org.isnad.corpus.ingest.Inputs;
import org.isnad.corpus.ingest.RecordError;
import org.isnad.corpus.store.CorpusCounts;
import org.isnad.corpus.store.LuceneCorpusStore;
import org.isnad.corpus.store.SearchQuery;
import org.isnad.corpus.store.SearchResult;
import org.isnad.solr.ConfigSet;
import org.isnad.solr.SolrAdmin;
import org.isnad.solr.SolrClients;
import org.isnad.solr.SolrCorpusStore;
import org.isnad.solr.SolrIndexer;
import org.isnad.solr.SolrTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad solr create|index|status|configset}: a corpus in a SolrCloud cluster. */
@Command(name = "solr", mixinStandardHelpOptions = true,
        description = {"A corpus in a SolrCloud cluster (Solr 9.10): create the collection, index into it, show it.",
                "TARGET is ZK_HOSTS/COLLECTION, e.g. localhost:9983/isnad or zk1:2181,zk2:2181/solr/isnad (chroot /solr).",
                "Serve it with: isnad serve --solr TARGET."},
        subcommands = {SolrCommand.Create.class, SolrCommand.Index.class, SolrCommand.Status.class, SolrCommand.Compare.class,
                SolrCommand.ConfigSetDir.class})
final class SolrCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static PrintStream out() {
        return new PrintStream(System.out, true, StandardCharsets.UTF_8);
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Uploads the isnad config set to the cluster's ZooKeeper and creates the collection; waits until all replicas are active.")
    static final class Create implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "TARGET", description = "ZK_HOSTS[/CHROOT]/COLLECTION")
        String target;

        @Option(names = "--shards", defaultValue = "2", description = "Shards (default: ${DEFAULT-VALUE}).")
        int shards;

        @Option(names = "--replicas", defaultValue = "2", description = "Replicas of each shard (default: ${DEFAULT-VALUE}).")
        int replicas;

        @Option(names = "--config", defaultValue = SolrAdmin.DEFAULT_CONFIG, description = "Config set name in ZooKeeper (default: ${DEFAULT-VALUE}; uploaded, replacing one of that name).")
        String config;

        @Option(names = "--wait", defaultValue = "120", description = "Seconds to wait for the replicas (default: ${DEFAULT-VALUE}).")
        int wait;

        @Override
        public Integer call() throws IOException {
            SolrTarget t = SolrTarget.parse(target);
            try (CloudSolrClient c = SolrClients.open(t)) {
                SolrAdmin.uploadConfigSet(c, config);
                SolrAdmin.createCollection(c, t, config, shards, replicas, wait);
                out().println("created " + SolrAdmin.describe(c, t.collection()));
            }
            return 0;
        }
    }

    @Command(name = "index", mixinStandardHelpOptions = true,
            description = {"Indexes into the collection either an embedded corpus folder (--corpus DIR: articles, analyses, duplicates",
                    "and dedup keys copied as they are, nothing analysed again) or input files, analysed and deduplicated on the way",
                    "as `isnad ingest` does (re-running adds nothing)."})
    static final class Index implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "TARGET", description = "ZK_HOSTS[/CHROOT]/COLLECTION")
        String target;

        @Parameters(index = "1..*", arity = "0..*", paramLabel = "INPUT", description = "Input files or folders (as for isnad ingest).")
        List<Path> inputs;

        @Option(names = "--corpus", paramLabel = "DIR", description = "An embedded corpus folder (made by isnad ingest) to copy.")
        Path corpus;

        @Option(names = "--no-analysis", description = "Inputs: index text and metadata only.")
        boolean noAnalysis;

        @Option(names = "--threads", defaultValue = "0", description = "Inputs: worker threads (default: number of cores).")
        int threads;

        @Option(names = "--batch", defaultValue = "5000", description = "Records per commit (default: ${DEFAULT-VALUE}).")
        int batch;

        @Override
        public Integer call() throws IOException {
            PrintStream out = out();
            PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
            if ((corpus == null) == (inputs == null || inputs.isEmpty())) {
                err.println("isnad: give either --corpus DIR or INPUT files, not both");
                return 2;
            }
            SolrTarget t = SolrTarget.parse(target);
            long t0 = System.nanoTime();
            int errors = 0;
            try (SolrCorpusStore solr = SolrCorpusStore.open(t)) {
                if (corpus != null) {
                    if (!Files.isDirectory(corpus.resolve("index"))) {
                        throw new IOException("no corpus in " + corpus + " (make one with: isnad ingest INPUT... --corpus " + corpus + ")");
                    }
                    try (LuceneCorpusStore src = LuceneCorpusStore.open(corpus, false)) {
                        SolrIndexer.Copied c = SolrIndexer.copy(src, solr, batch, null);
                        out.printf(Locale.ROOT, "copied %,d articles and %,d duplicate records from %s in %.1f s (%,.0f articles/s)%n",
                                c.articles(), c.duplicates(), corpus, c.seconds(), c.articles() / Math.max(c.seconds(), 1e-3));
                    }
                } else {
                    List<Path> files = Inputs.expand(inputs);
                    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
                    Ingester.Options o = new Ingester.Options(noAnalysis ? null : ArabicPipeline.standard(), n, batch, 0.7,
                            noAnalysis ? Pipeline.of(new StructureAnnotator()) : null);
                    int[] errs = {0};
                    Ingester.Stats s = new Ingester(solr, o, new Ingester.Listener() {
                        @Override
                        public void progress(Ingester.Stats st) {
                            // no bar: the summary follows
                        }

                        @Override
                        public void error(RecordError e) {
                            if (++errs[0] <= 1000) {
                                err.println("error: " + e);
                            }
                        }
                    }).run(files);
                    errors = (int) s.errors;
                    double secs = (System.nanoTime() - t0) / 1e9;
                    out.printf(Locale.ROOT, "read %,d records from %d files: %,d added (%,d analysed), %,d exact and %,d near duplicates, "
                                    + "%,d already there, %,d errors; %.1f s%n", s.read, files.size(), s.added, s.analysed, s.exactDuplicates,
                            s.nearDuplicates, s.alreadyPresent, s.errors, secs);
                }
                CorpusCounts c = solr.counts();
                out.printf(Locale.ROOT, "collection %s: %,d articles (%,d analysed), %,d duplicates%n", t.collection(), c.articles(),
                        c.analysed(), c.duplicates());
            }
            return errors > 0 ? 1 : 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Counts, shards and replicas of the collection.")
    static final class Status implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "TARGET", description = "ZK_HOSTS[/CHROOT]/COLLECTION")
        String target;

        @Override
        public Integer call() throws IOException {
            SolrTarget t = SolrTarget.parse(target);
            try (CloudSolrClient c = SolrClients.open(t); SolrCorpusStore s = SolrCorpusStore.over(c, t.collection())) {
                SolrCorpusStore.requireCollection(c, t);
                CorpusCounts n = s.counts();
                out().printf(Locale.ROOT, "%s%n%,d articles (%,d analysed), %,d duplicates%n", SolrAdmin.describe(c, t.collection()),
                        n.articles(), n.analysed(), n.duplicates());
            }
            return 0;
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = {"Checks that the collection answers as an embedded corpus folder does (after solr index --corpus): the",
                    "queries of bench-search (drawn from the corpus, fixed seed), each compared on total, hits in order, snippets",
                    "and facets. Exit status 1 when any differs."})
    static final class Compare implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "TARGET", description = "ZK_HOSTS[/CHROOT]/COLLECTION")
        String target;

        @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The embedded corpus folder.")
        Path corpus;

        @Option(names = "--queries", defaultValue = "600", description = "Queries (default: ${DEFAULT-VALUE}).")
        int queries;

        @Option(names = "--seed", defaultValue = "7")
        long seed;

        @Override
        public Integer call() throws IOException {
            PrintStream out = out();
            try (LuceneCorpusStore lucene = LuceneCorpusStore.open(corpus, false); SolrCorpusStore solr = SolrCorpusStore.open(SolrTarget.parse(target))) {
                if (!lucene.counts().equals(solr.counts())) {
                    out.println("counts differ: " + lucene.counts() + " vs " + solr.counts());
                    return 1;
                }
                int totals = 0;
                int hits = 0;
                int snippets = 0;
                int facets = 0;
                for (SearchQuery q : BenchSearchCommand.makeQueries(lucene, new java.util.Random(seed), queries)) {
                    SearchResult a = lucene.search(q);
                    SearchResult b = solr.search(q);
                    totals += a.total() == b.total() ? 0 : 1;
                    facets += a.facets().equals(b.facets()) ? 0 : 1;
                    List<String> ia = a.hits().stream().map(SearchResult.Hit::id).toList();
                    List<String> ib = b.hits().stream().map(SearchResult.Hit::id).toList();
                    if (!ia.equals(ib)) {
                        hits++;
                        out.println("hits differ for " + q.text() + ": " + ia + " vs " + ib);
                    } else if (!a.hits().stream().map(SearchResult.Hit::snippet).toList().equals(b.hits().stream().map(SearchResult.Hit::snippet).toList())) {
                        snippets++;
                    }
                }
                out.printf(Locale.ROOT, "%d queries: totals differ %d, hits or their order %d, snippets %d, facets %d%n", queries, totals, hits,
                        snippets, facets);
                return totals + hits + snippets + facets == 0 ? 0 : 1;
            }
        }
    }

    @Command(name = "configset", mixinStandardHelpOptions = true,
            description = "Writes the isnad config set into DIR, for Solr's own tools: bin/solr zk upconfig -n isnad -d DIR -z ZK_HOSTS.")
    static final class ConfigSetDir implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DIR")
        Path dir;

        @Override
        public Integer call() throws IOException {
            ConfigSet.writeTo(dir);
            out().println("wrote " + String.join(", ", ConfigSet.FILES) + " to " + dir);
            return 0;
        }
    }
}
