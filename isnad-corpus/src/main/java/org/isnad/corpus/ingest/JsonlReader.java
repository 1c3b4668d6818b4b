package org.isnad.corpus.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads JSON Lines, one article per line (UTF-8, optionally gzipped). Field names accepted, the
 * first present wins: id ({@code id}); text ({@code text}, {@code content}, {@code body},
 * {@code maintext}); title ({@code title}, {@code headline}); URL ({@code url}, {@code link});
 * outlet ({@code outlet}, {@code site_name}, {@code publisher}, {@code source}); date ({@code date},
 * {@code published}, {@code date_published}, {@code pubDate}, {@code date_extracted}). A line that is
 * not a JSON object, has no text, or is longer than {@link Inputs#MAX_RECORD_BYTES} is reported with
 * its line number and skipped (the over-long line without being held in memory); blank lines are
 * ignored.
 */
final class JsonlReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonlReader() {}

    static void read(Path file, ArticleSink sink) throws IOException {
        read(file.toString(), Files.newInputStream(file), sink);
    }

    /** Reads {@code input} (closed here) as the JSONL file {@code name}; gzipped when the name ends in {@code .gz}. */
    static void read(String name, InputStream input, ArticleSink sink) throws IOException {
        long[] rawBytes = {0};
        try (InputStream raw = new java.io.FilterInputStream(input) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    rawBytes[0] += Math.max(0, n);
                    return n;
                }
            };
             InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            // lines are cut from a chunk buffer by hand: per-byte reads of a buffered stream cost more than parsing
            byte[] buf = new byte[1 << 16];
            ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 14);
            long lineNo = 0;
            boolean tooLong = false;
            int n;
            while ((n = in.read(buf)) > 0) {
                int from = 0;
                for (int i = 0; i < n; i++) {
                    if (buf[i] != '\n') {
                        continue;
                    }
                    lineNo++;
                    if (!tooLong && line.size() + (i - from) <= Inputs.MAX_RECORD_BYTES) {
                        line.write(buf, from, i - from);
                        record(name, "line " + lineNo, name + ":" + lineNo, line.toString(StandardCharsets.UTF_8), sink);
                    } else {
                        sink.error(new RecordError(name, "line " + lineNo, "record longer than " + Inputs.MAX_RECORD_BYTES + " bytes"));
                    }
                    line.reset();
                    tooLong = false;
                    from = i + 1;
                }
                sink.position(rawBytes[0]);
                if (!tooLong) {
                    line.write(buf, from, n - from);
                    if (line.size() > Inputs.MAX_RECORD_BYTES) {
                        // drop what we have: the line is reported when its end is reached, never held whole
                        tooLong = true;
                        line.reset();
                    }
                }
            }
            if (tooLong || line.size() > 0) {
                lineNo++;
                if (tooLong) {
                    sink.error(new RecordError(name, "line " + lineNo, "record longer than " + Inputs.MAX_RECORD_BYTES + " bytes"));
                } else {
                    record(name, "line " + lineNo, name + ":" + lineNo, line.toString(StandardCharsets.UTF_8), sink);
                }
            }
        }
    }

    /**
     * One line as a record of {@code file}: {@code where} locates it in messages ({@code line 12},
     * {@code offset 4096}), {@code origin} becomes the article's origin. Blank lines are ignored.
     */
    static void record(String file, String where, String origin, String line, ArticleSink sink) {
        if (line.isBlank()) {
            return;
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            sink.error(new RecordError(file, where, "not JSON (" + e.getOriginalMessage() + ")"));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.error(new RecordError(file, where, "not a JSON object"));
            return;
        }
        String text = field(node, "text", "content", "body", "maintext", "article");
        if (text == null || text.isBlank()) {
            sink.error(new RecordError(file, where, "no article text (fields text/content/body)"));
            return;
        }
        String url = field(node, "url", "link", "uri");
        String id = ArticleIds.of(field(node, "id", "_id", "doc_id"), url, text);
        sink.article(new Article(id, url, field(node, "outlet", "site_name", "publisher", "source"),
                field(node, "title", "headline"),
                Dates.parse(field(node, "date", "published", "date_published", "pubDate", "publish_date", "date_extracted")),
                text, origin));
    }

    private static String field(JsonNode node, String... names) {
        for (String n : names) {
            JsonNode v = node.get(n);
            if (v != null && !v.isNull() && (v.isTextual() || v.isNumber()) && !v.asText().isBlank()) {
                return v.asText();
            }
        }
        return null;
    }
}
