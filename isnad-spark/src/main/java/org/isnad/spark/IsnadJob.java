package org.isnad.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.isnad.core.model.Document;
import org.isnad.core.model.Meta;
import org.isnad.core.pipeline.Pipeline;
import org.isnad.corpus.ingest.Article;
import org.isnad.corpus.ingest.ArticleSink;
import org.isnad.corpus.ingest.Inputs;
import org.isnad.corpus.ingest.RecordError;
import org.isnad.corpus.store.ArticleRecord;
import scala.Tuple2;

/**
 * The Spark job: reads JSONL and WARC files, analyses every article with the standard pipeline
 * (one per executor JVM, {@link PipelineHolder}), and writes Parquet tables under the output
 * folder: {@code articles}, {@code mentions}, {@code entities}, {@code claims}, {@code quantities},
 * {@code times}, {@code events}, {@code narratives}, {@code errors}, and the aggregates
 * {@code agg_outlets} and {@code agg_narratives}.
 *
 * <p>JSONL files are read in splits (Hadoop's line reader; gzipped files whole), so one large file
 * still spreads over every core; a WARC file is read whole by one task (WARC.gz records cannot be
 * found from an arbitrary offset). A record that cannot be read or analysed becomes a row of the
 * {@code errors} table, never a failed job. The analysis runs once: its nested rows are cached
 * (memory, spilling to disk; written to {@code OUT/tmp_nested} only when asked) and every table is
 * projected from the cache, so the optional {@link AnalysisSink} sees each article once per successful task.
 */
public final class IsnadJob {

    /** Tables written, in order: the flat tables, then errors, then the aggregates. */
    public static final List<String> TABLES = List.of("articles", "mentions", "entities", "claims", "quantities", "times",
            "events", "narratives", "errors", "agg_outlets", "agg_narratives");

    /**
     * @param partitions analysis partitions; 0 picks them from the input (JSONL split to about four
     *                   per core, a task per WARC file)
     * @param sinkFactory class name of an {@link AnalysisSinkFactory}, or null
     */
    public record Options(List<String> inputs, String out, int partitions, String sinkFactory,
                          Map<String, String> sinkOptions, boolean keepNested) implements Serializable {
        public Options {
            inputs = List.copyOf(inputs);
            sinkOptions = sinkOptions == null ? Map.of() : Map.copyOf(sinkOptions);
        }
    }

    /**
     * What a run did: rows per table, tokens analysed, analysis partitions, wall-clock seconds in all and up to the
     * analysis written, and the same in CPU seconds of the driver JVM (in local mode: the whole job,
     * the fairer figure on a loaded machine).
     */
    public record Result(Map<String, Long> rows, long tokens, int partitions, double seconds, double analysisSeconds,
                         double cpuSeconds, double analysisCpuSeconds) {
        public long articles() {
            return rows.getOrDefault("articles", 0L);
        }

        public long errors() {
            return rows.getOrDefault("errors", 0L);
        }
    }

    private IsnadJob() {}

    public static Result run(SparkSession spark, Options o) throws IOException {
        long t0 = System.nanoTime();
        long c0 = cpuNanos();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = jsc.hadoopConfiguration();
        InputFilesLister.Listing listing = InputFilesLister.list(o.inputs(), hadoop);
        int cores = jsc.defaultParallelism();

        List<JavaRDD<InputRecord>> parts = new ArrayList<>();
        if (!listing.errors().isEmpty()) {
            parts.add(jsc.parallelize(listing.errors(), 1));
        }
        if (!listing.jsonl().isEmpty()) {
            Configuration conf = new Configuration(hadoop);
            // about four splits per core: tasks small enough to even out, big enough to cost nothing to schedule
            long split = Math.max(1L << 20, Math.min(128L << 20, listing.jsonlBytes() / Math.max(1, cores * 4L) + 1));
            conf.setLong("mapreduce.input.fileinputformat.split.maxsize", split);
            JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(
                    String.join(",", listing.jsonl()), TextInputFormat.class, LongWritable.class, Text.class, conf);
            parts.add(lines.mapPartitionsWithInputSplit(IsnadJob::jsonlRecords, false));
        }
        if (!listing.warc().isEmpty()) {
            parts.add(jsc.binaryFiles(String.join(",", listing.warc()), listing.warc().size())
                    .flatMap(IsnadJob::warcRecords));
        }
        if (parts.isEmpty()) {
            parts.add(jsc.emptyRDD());
        }
        JavaRDD<InputRecord> records = parts.size() == 1 ? parts.get(0) : jsc.union(parts.toArray(JavaRDD[]::new));
        if (o.partitions() > 0) {
            records = records.repartition(o.partitions());
        }
        String sinkFactory = o.sinkFactory();
        Map<String, String> sinkOptions = o.sinkOptions();
        JavaRDD<Row> nested = records.mapPartitionsWithIndex(
                (index, it) -> new Analyser(it, sinkFactory == null ? null : AnalysisSinkFactory.byName(sinkFactory)
                        .open(sinkOptions, index)), false);

        String out = o.out().endsWith("/") ? o.out().substring(0, o.out().length() - 1) : o.out();
        String nestedPath = out + "/tmp_nested";
        // The analysis runs once: its nested rows are cached (memory, spilling to local disk) and every
        // table is projected from the cache. Measured against writing them to a Parquet staging table and
        // reading it back, the cache saves the staging table's encoding, compression and decoding.
        Dataset<Row> all = spark.createDataFrame(nested, Tables.NESTED).persist(StorageLevel.MEMORY_AND_DISK());
        all.count();
        if (o.keepNested()) {
            all.write().mode(SaveMode.Overwrite).parquet(nestedPath);
        }

        double analysed = (System.nanoTime() - t0) / 1e9;
        double analysedCpu = (cpuNanos() - c0) / 1e9;
        Dataset<Row> ok = all.where("error_reason IS NULL");
        for (Map.Entry<String, List<String>> t : Tables.FLAT.entrySet()) {
            ok.selectExpr(t.getValue().toArray(String[]::new)).write().mode(SaveMode.Overwrite).parquet(out + "/" + t.getKey());
        }
        all.where("error_reason IS NOT NULL").selectExpr(Tables.ERROR_COLUMNS.toArray(String[]::new))
                .write().mode(SaveMode.Overwrite).parquet(out + "/errors");
        Aggregates.write(spark, out);

        Map<String, Long> rows = new LinkedHashMap<>();
        for (String t : TABLES) {
            rows.put(t, spark.read().parquet(out + "/" + t).count());
        }
        Row tokens = spark.read().parquet(out + "/articles").selectExpr("coalesce(sum(tokens), 0)").first();
        all.unpersist();
        return new Result(rows, tokens.getLong(0), nested.getNumPartitions(), (System.nanoTime() - t0) / 1e9, analysed, (cpuNanos() - c0) / 1e9, analysedCpu);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The records of one JSONL split: each line parsed by the ingest reader, located by its byte offset. */
    private static Iterator<InputRecord> jsonlRecords(org.apache.hadoop.mapreduce.InputSplit split,
                                                      Iterator<Tuple2<LongWritable, Text>> lines) {
        String file = ((FileSplit) split).getPath().toString();
        return new Iterator<>() {
            private InputRecord next;

            @Override
            public boolean hasNext() {
                while (next == null && lines.hasNext()) {
                    Tuple2<LongWritable, Text> l = lines.next();
                    long offset = l._1().get();
                    String where = "offset " + offset;
                    Collector c = new Collector();
                    Inputs.readJsonlLine(file, where, file + "@" + offset, l._2().toString(), c);
                    next = c.records.isEmpty() ? null : c.records.get(0);
                }
                return next != null;
            }

            @Override
            public InputRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                InputRecord r = next;
                next = null;
                return r;
            }
        };
    }

    /** The records of one WARC file, read whole by the ingest reader (articles are small next to the file). */
    private static Iterator<InputRecord> warcRecords(Tuple2<String, PortableDataStream> file) {
        Collector c = new Collector();
        Inputs.read(file._1(), file._2().open(), c);
        return c.records.iterator();
    }

    /** Collects what a reader delivers as input records; article origins are {@code file@offset}. */
    private static final class Collector implements ArticleSink {
        final List<InputRecord> records = new ArrayList<>(1);

        @Override
        public void article(Article a) {
            int at = a.origin().lastIndexOf('@');
            records.add(at < 0 ? InputRecord.of(a.origin(), "", a)
                    : InputRecord.of(a.origin().substring(0, at), "offset " + a.origin().substring(at + 1), a));
        }

        @Override
        public void error(RecordError e) {
            records.add(InputRecord.of(e));
        }
    }

    /**
     * Analyses a partition's records lazily, one at a time: a nested row per record, the sink fed
     * along the way and closed when the partition is exhausted.
     */
    private static final class Analyser implements Iterator<Row> {
        private final Iterator<InputRecord> in;
        private final Pipeline pipeline = PipelineHolder.get();
        private AnalysisSink sink;
        private long seq;

        Analyser(Iterator<InputRecord> in, AnalysisSink sink) {
            this.in = in;
            this.sink = sink;
        }

        @Override
        public boolean hasNext() {
            if (in.hasNext()) {
                return true;
            }
            if (sink != null) {
                try {
                    sink.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("analysis sink failed to close", e);
                }
                sink = null;
            }
            return false;
        }

        @Override
        public Row next() {
            InputRecord r = in.next();
            if (r.isError()) {
                return Tables.error(r, "read", r.reason());
            }
            Document d;
            Row row;
            try {
                d = pipeline.apply(Document.of(r.id(), r.text()));
                row = Tables.article(r, d);
            } catch (RuntimeException | StackOverflowError e) {
                // an annotator bug on one article must not fail the job: the article goes to the errors table
                return Tables.error(r, "analysis", "analysis failed (" + e + ")");
            }
            if (sink != null) {
                Meta m = Tables.meta(r, d);
                try {
                    sink.accept(new ArticleRecord(r.id(), seq++, r.url(), m.outlet(), m.title(), m.date(), r.text(),
                            r.input() + " (" + r.record() + ")", null, null), d);
                } catch (IOException e) {
                    // a sink that cannot write is no bad record: the task fails and Spark retries it
                    throw new UncheckedIOException("analysis sink failed on " + r.id(), e);
                }
            }
            return row;
        }
    }
}
