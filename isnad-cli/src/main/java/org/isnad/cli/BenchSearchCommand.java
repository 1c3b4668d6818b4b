package org.isnad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.isnad.corpus.store.CorpusCounts;
import org.isnad.corpus.store.CorpusStore;
import org.isnad.corpus.store.LuceneCorpusStore;
import org.isnad.corpus.store.SearchQuery;
import org.isnad.corpus.store.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code isnad bench-search}: search latency over a corpus, as a researcher's session sees it. The
 * queries are drawn (fixed seed) from the corpus itself: one to three consecutive words of a random
 * article, a fifth of them as a quoted phrase, a third restricted to one outlet, a quarter to one
 * year. Every query asks for 10 hits with snippets and counts for all facets, as {@code isnad
 * search} does. Reports p50/p95/p99 latency after a warm-up, index size and heap.
 */
@Command(name = "bench-search", mixinStandardHelpOptions = true,
        description = {"Measures search latency (p50/p95/p99) over queries drawn from the corpus, with facets and snippets;",
                "prints the index size and heap."})
final class BenchSearchCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus folder.")
    Path corpus;

    @Option(names = "--solr", paramLabel = "ZK_HOSTS/COLLECTION", description = "Or a SolrCloud collection (see isnad solr).")
    String solr;

    @Option(names = "--queries", defaultValue = "1000", description = "Timed queries (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--warmup", defaultValue = "200", description = "Warm-up queries (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--seed", defaultValue = "7")
    long seed;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if ((corpus == null) == (solr == null)) {
            throw new IllegalArgumentException("give --corpus DIR or --solr ZK_HOSTS/COLLECTION");
        }
        try (CorpusStore store = corpus != null ? LuceneCorpusStore.open(corpus, false)
                : org.isnad.solr.SolrCorpusStore.open(org.isnad.solr.SolrTarget.parse(solr))) {
            CorpusCounts c = store.counts();
            if (c.articles() == 0) {
                out.println("the corpus is empty");
                return 1;
            }
            Random rnd = new Random(seed);
            List<SearchQuery> qs = makeQueries(store, rnd, warmup + queries);
            for (int i = 0; i < warmup; i++) {
                store.search(qs.get(i));
            }
            double[] ms = new double[queries];
            long hits = 0;
            long t0 = System.nanoTime();
            for (int i = 0; i < queries; i++) {
                long s = System.nanoTime();
                SearchResult r = store.search(qs.get(warmup + i));
                ms[i] = (System.nanoTime() - s) / 1e6;
                hits += r.total();
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            Arrays.sort(ms);
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            out.printf(Locale.ROOT, "corpus %s: %,d articles (%,d analysed), %,d duplicates%s%n", corpus != null ? corpus : solr,
                    c.articles(), c.analysed(), c.duplicates(), store instanceof LuceneCorpusStore l
                            ? String.format(Locale.ROOT, ", index %.1f MiB", l.indexBytes() / 1048576.0) : "");
            out.printf(Locale.ROOT, "%,d queries (after %d warm-up), 10 hits + snippets + %d facets each, mean %,.0f matching articles%n",
                    queries, warmup, CorpusStore.FACETS.size(), hits / (double) queries);
            out.printf(Locale.ROOT, "latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f; %.0f queries/s on one thread%n",
                    pct(ms, 50), pct(ms, 95), pct(ms, 99), ms[ms.length - 1], queries / wall);
            out.printf(Locale.ROOT, "heap after GC %.0f MiB, peak %.0f MiB%n", heap / 1048576.0, IngestCommand.peakHeapMiB());
        }
        return 0;
    }

    private static double pct(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static List<SearchQuery> makeQueries(CorpusStore store, Random rnd, int n) throws IOException {
        // a sample of article texts to draw words from, and the outlets and years that exist
        SearchResult all = store.search(SearchQuery.of("").withLimit(0).withFacets(List.of("outlet", "year"), 100));
        List<String> outlets = all.facets().getOrDefault("outlet", List.of()).stream().map(SearchResult.FacetCount::value).toList();
        List<String> years = all.facets().getOrDefault("year", List.of()).stream().map(SearchResult.FacetCount::value).toList();
        List<String[]> texts = new ArrayList<>();
        SearchResult sample = store.search(SearchQuery.of("").withLimit(200).withFacets(List.of(), 0));
        for (SearchResult.Hit h : sample.hits()) {
            store.get(h.id()).ifPresent(a -> texts.add(a.text().split("[\\s\\p{Punct}،؛؟«»]+")));
        }
        List<SearchQuery> out = new ArrayList<>();
        while (out.size() < n) {
            String[] words = texts.get(rnd.nextInt(texts.size()));
            int len = 1 + rnd.nextInt(3);
            int start = rnd.nextInt(Math.max(1, words.length - len));
            List<String> picked = new ArrayList<>();
            for (int i = start; i < Math.min(words.length, start + len); i++) {
                if (words[i].length() >= 3 && !words[i].chars().allMatch(Character::isDigit)) {
                    picked.add(words[i]);
                }
            }
            if (picked.isEmpty()) {
                continue;
            }
            String text = String.join(" ", picked);
            if (picked.size() >= 2 && rnd.nextInt(5) == 0) {
                text = "\"" + text + "\"";
            }
            SearchQuery q = SearchQuery.of(text);
            if (!outlets.isEmpty() && rnd.nextInt(3) == 0) {
                q = q.withOutlets(List.of(outlets.get(rnd.nextInt(outlets.size()))));
            }
            if (!years.isEmpty() && rnd.nextInt(4) == 0) {
                int y = Integer.parseInt(years.get(rnd.nextInt(years.size())));
                q = q.withDates(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }
            out.add(q);
        }
        return out;
    }
}
