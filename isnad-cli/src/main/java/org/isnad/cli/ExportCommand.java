package org.isnad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.isnad.corpus.export.CsvExport;
import org.isnad.corpus.export.Exports;
import org.isnad.corpus.export.GraphMlExport;
import org.isnad.corpus.store.LuceneCorpusStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isnad export --corpus DIR --format jsonl|csv|graphml|recurring --out PATH}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports a corpus: jsonl (one article per line with all layers; --out is a file),",
                "csv (articles, mentions, claims, quantities, times tables, UTF-8 with BOM; --out is a folder),",
                "graphml (actor co-occurrence network by sentence, for Gephi; --out is a file),",
                "recurring (claims repeated across articles, clustered, as JSON; --out is a file)."})
final class ExportCommand implements Callable<Integer> {

    enum Format { jsonl, csv, graphml, recurring }

    @Option(names = "--corpus", required = true, paramLabel = "DIR")
    Path corpus;

    @Option(names = "--format", required = true, paramLabel = "jsonl|csv|graphml|recurring")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "PATH")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (LuceneCorpusStore store = LuceneCorpusStore.open(corpus, false)) {
            switch (format) {
                case jsonl -> stdout.printf(Locale.ROOT, "%,d articles written to %s%n", Exports.jsonl(store, out), out);
                case csv -> stdout.printf(Locale.ROOT, "%,d articles written as CSV tables into %s%n", CsvExport.write(store, out), out);
                case recurring -> {
                    java.util.List<org.isnad.corpus.recurring.RecurringClaims.Cluster> clusters =
                            new org.isnad.corpus.recurring.RecurringClaims(0.5).find(
                                    org.isnad.corpus.recurring.StoredDocuments.read(store));
                    org.isnad.corpus.write.JsonOutput.writeAtomically(out, org.isnad.core.json.DocumentJson.MAPPER
                            .writeValueAsString(org.isnad.corpus.recurring.RecurringClaims.toJson(clusters)) + "\n");
                    stdout.printf(Locale.ROOT, "%,d recurring-claim clusters written to %s%n", clusters.size(), out);
                }
                case graphml -> {
                    GraphMlExport.Size s = GraphMlExport.write(store, out);
                    stdout.printf(Locale.ROOT, "%,d actors and %,d co-occurrence edges written to %s%n", s.nodes(), s.edges(), out);
                }
            }
        }
        return 0;
    }
}
