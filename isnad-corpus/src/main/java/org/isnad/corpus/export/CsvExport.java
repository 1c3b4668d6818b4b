package org.isnad.corpus.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.corpus.store.CorpusStore;

/**
 * Writes the corpus as CSV tables into a folder: {@code articles.csv}, {@code mentions.csv},
 * {@code claims.csv}, {@code quantities.csv}, {@code times.csv}; every row names its article
 * ({@code article_id}) and spans are UTF-16 offsets into the article text, as everywhere in isnad.
 * RFC 4180: comma-separated, fields with commas, quotes or line breaks quoted, CRLF row ends;
 * UTF-8 with a byte-order mark so that Excel reads the Arabic right (pandas and R read it with
 * {@code encoding="utf-8-sig"} / {@code fileEncoding="UTF-8-BOM"}, or skip the BOM themselves).
 */
public final class CsvExport {
    public static final List<String> ARTICLES = List.of("article_id", "url", "outlet", "title", "date", "origin", "chars", "analysed");
    public static final List<String> MENTIONS = List.of("article_id", "entity_id", "entity_type", "entity_subtype",
            "name_en", "name_ar", "start", "end", "text", "kind");
    public static final List<String> CLAIMS = List.of("article_id", "claim_id", "cue", "cue_start", "cue_end", "source",
            "source_entity", "source_type", "via", "content", "content_start", "content_end", "polarity", "hedged", "direct_quote");
    public static final List<String> QUANTITIES = List.of("article_id", "start", "end", "text", "value", "value_max", "unit", "approx", "counted");
    public static final List<String> TIMES = List.of("article_id", "start", "end", "text", "type", "value", "anchored");

    private CsvExport() {}

    /** Writes the five tables into {@code dir}; returns the number of articles. */
    public static long write(CorpusStore store, Path dir) throws IOException {
        // one pass over the store; rows are buffered per table into temporary files
        Table articles = new Table(dir.resolve("articles.csv"), ARTICLES);
        Table mentions = new Table(dir.resolve("mentions.csv"), MENTIONS);
        Table claims = new Table(dir.resolve("claims.csv"), CLAIMS);
        Table quantities = new Table(dir.resolve("quantities.csv"), QUANTITIES);
        Table times = new Table(dir.resolve("times.csv"), TIMES);
        List<Table> all = List.of(articles, mentions, claims, quantities, times);
        long[] n = {0};
        try {
            store.forEachArticle(a -> {
                n[0]++;
                JsonNode an = Exports.analysis(a);
                articles.row(a.id(), a.url(), a.outlet(), a.title(), a.date() == null ? null : a.date().toString(), a.origin(),
                        String.valueOf(a.text().length()), String.valueOf(an != null));
                if (an == null) {
                    return;
                }
                for (JsonNode e : an.path("entities")) {
                    for (JsonNode m : e.path("mentions")) {
                        mentions.row(a.id(), txt(e, "id"), txt(e, "type"), txt(e, "subtype"), txt(e, "name_en"), txt(e, "name_ar"),
                                txt(m, "start"), txt(m, "end"), txt(m, "text"), txt(m, "kind"));
                    }
                }
                for (JsonNode c : an.path("claims")) {
                    List<String> via = new ArrayList<>();
                    c.path("via").forEach(v -> via.add(v.path("entity").asText("")));
                    claims.row(a.id(), txt(c, "id"), txt(c.path("cue"), "text"), txt(c.path("cue"), "start"), txt(c.path("cue"), "end"),
                            c.hasNonNull("source_text") ? txt(c, "source_text") : txt(c.path("source"), "text"),
                            txt(c, "source_entity"), txt(c, "source_type"), String.join("|", via),
                            txt(c.path("content"), "text"), txt(c.path("content"), "start"), txt(c.path("content"), "end"),
                            txt(c, "polarity"), txt(c, "hedged"), txt(c, "direct_quote"));
                }
                for (JsonNode q : an.path("quantities")) {
                    quantities.row(a.id(), txt(q, "start"), txt(q, "end"), txt(q, "text"), txt(q, "value"), txt(q, "value_max"),
                            txt(q, "unit"), txt(q, "approx"), txt(q, "counted"));
                }
                for (JsonNode t : an.path("times")) {
                    times.row(a.id(), txt(t, "start"), txt(t, "end"), txt(t, "text"), txt(t, "type"), txt(t, "value"), txt(t, "anchored"));
                }
            });
            for (Table t : all) {
                t.finish();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            for (Table t : all) {
                t.abandon();
            }
        }
        return n[0];
    }

    private static String txt(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() || v.isMissingNode() ? null : v.asText();
    }

    /** Quotes a field when it holds a comma, quote, CR or LF (RFC 4180); null is the empty field. */
    public static String field(String v) {
        if (v == null) {
            return "";
        }
        boolean quote = false;
        for (int i = 0; i < v.length() && !quote; i++) {
            char c = v.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    /** One CSV file being written to a temporary name beside its target. */
    private static final class Table {
        private final Path target;
        private final Path tmp;
        private final BufferedWriter w;
        private boolean done;

        Table(Path target, List<String> header) throws IOException {
            this.target = target;
            java.nio.file.Files.createDirectories(target.toAbsolutePath().getParent());
            this.tmp = java.nio.file.Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
            this.w = new BufferedWriter(new OutputStreamWriter(java.nio.file.Files.newOutputStream(tmp), StandardCharsets.UTF_8), 1 << 16);
            w.write('\uFEFF');
            row(header.toArray(String[]::new));
        }

        void row(String... values) {
            try {
                for (int i = 0; i < values.length; i++) {
                    if (i > 0) {
                        w.write(',');
                    }
                    w.write(field(values[i]));
                }
                w.write("\r\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void finish() throws IOException {
            w.close();
            java.nio.file.Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            done = true;
        }

        void abandon() throws IOException {
            if (!done) {
                w.close();
                java.nio.file.Files.deleteIfExists(tmp);
            }
        }
    }
}
