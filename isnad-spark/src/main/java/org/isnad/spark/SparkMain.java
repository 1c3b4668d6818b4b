package org.isnad.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code isnad-spark run INPUT... --out DIR} (the job; under {@code spark-submit}, or on this
 * machine with {@code --local N}) and {@code isnad-spark baseline INPUT...} (the same reading and
 * analysis in one plain JVM, no Spark: the yardstick of the job's overhead).
 */
@Command(name = "isnad-spark", mixinStandardHelpOptions = true, subcommands = {SparkMain.Run.class, BaselineCommand.class},
        description = "isnad on Apache Spark: JSONL/WARC in, Parquet tables out.")
public final class SparkMain implements Runnable {

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkMain()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Analyses every article of the inputs and writes Parquet tables under --out.",
                    "Bad records go to the errors table; exit status 0 even then, 1 when the job itself failed."})
    static final class Run implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "INPUT", description = "JSONL (.jsonl, .ndjson, .gz) or WARC (.warc, .warc.gz) files or folders; any URI Hadoop reads (hdfs://, s3a://), globs allowed.")
        List<String> inputs;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (URI); each table is written to DIR/<table>/, replacing it.")
        String out;

        @Option(names = "--local", paramLabel = "N", arity = "0..1", fallbackValue = "0",
                description = "Run in this JVM with Spark's local[N] master (default N: all cores); without it the master comes from spark-submit.")
        Integer local;

        @Option(names = "--partitions", defaultValue = "0", description = "Analysis partitions (default: from the input, about four per core).")
        int partitions;

        @Option(names = "--sink-factory", paramLabel = "CLASS", description = "An AnalysisSinkFactory fed every analysed article, per partition.")
        String sinkFactory;

        @Option(names = "--sink-option", paramLabel = "KEY=VALUE", description = "Option passed to the sink factory (repeatable).")
        Map<String, String> sinkOptions = new LinkedHashMap<>();

        @Option(names = "--solr", paramLabel = "ZK_HOSTS/COLLECTION",
                description = "Also write every analysed article into this SolrCloud collection (made by `isnad solr create`): --sink-factory SolrSinkFactory with --sink-option solr=TARGET.")
        String solr;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--keep-nested", description = "Keep DIR/tmp_nested, the one-row-per-article table the others are projected from.")
        boolean keepNested;

        @Override
        public Integer call() throws Exception {
            SparkSession.Builder b = SparkSession.builder().appName("isnad");
            if (local != null) {
                b.config(localConf(local));
            }
            String factory = sinkFactory;
            if (solr != null) {
                if (factory != null) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--solr and --sink-factory exclude each other");
                }
                try {
                    // parsed here too: a wrong target fails on the driver, with the expected form, before any analysis
                    org.isnad.solr.SolrTarget.parse(solr);
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--solr: " + e.getMessage(), e, null, solr);
                }
                factory = SolrSinkFactory.class.getName();
                sinkOptions.put(SolrSinkFactory.TARGET_OPTION, solr);
            }
            try (SparkSession spark = b.getOrCreate()) {
                IsnadJob.Result r = IsnadJob.run(spark, new IsnadJob.Options(inputs, out, partitions, factory, sinkOptions, keepNested));
                System.out.println(report(r, spark.sparkContext().defaultParallelism()));
            }
            return 0;
        }
    }

    /**
     * Local-mode settings: N cores (0 = all), the driver on the loopback address, no web UI, and a
     * few shuffle partitions for the aggregates (Spark's 200 are meant for a cluster).
     */
    public static SparkConf localConf(int cores) {
        int n = cores <= 0 ? Runtime.getRuntime().availableProcessors() : cores;
        return new SparkConf().setMaster(cores <= 0 ? "local[*]" : "local[" + cores + "]")
                .set("spark.sql.shuffle.partitions", String.valueOf(4 * n))
                .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.ui.enabled", "false").set("spark.sql.session.timeZone", "UTC");
    }

    static String report(IsnadJob.Result r, int cores) {
        StringBuilder sb = new StringBuilder();
        List<String> parts = new ArrayList<>();
        r.rows().forEach((t, n) -> parts.add(t + " " + n));
        sb.append("rows: ").append(String.join(", ", parts)).append('\n');
        sb.append(String.format(java.util.Locale.ROOT, "%d articles, %d tokens in %d partitions, %.1f s (analysis %.1f s, tables %.1f s) on %d cores: %.1f articles/s, %.0f tokens/s%n",
                r.articles(), r.tokens(), r.partitions(), r.seconds(), r.analysisSeconds(), r.seconds() - r.analysisSeconds(), cores, r.articles() / r.seconds(), r.tokens() / r.seconds()));
        sb.append(String.format(java.util.Locale.ROOT, "CPU: %.1f s (analysis %.1f s, tables %.1f s): %.1f articles per CPU-second%n",
                r.cpuSeconds(), r.analysisCpuSeconds(), r.cpuSeconds() - r.analysisCpuSeconds(), r.articles() / r.cpuSeconds()));
        return sb.toString();
    }

}
