package org.isnad.corpus.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.isnad.corpus.store.ArticleRecord;
import org.isnad.corpus.store.CorpusStore;

/**
 * Writes a corpus out for other tools. Every output file is written under a temporary name and
 * moved into place when complete, so an interrupted export never leaves a truncated file that
 * looks finished.
 *
 * <ul>
 *   <li>{@link #jsonl}: one line per article (ingest order) with its metadata, text and, when
 *       analysed, every layer in the gold schema under {@code analysis};</li>
 *   <li>{@link CsvExport}: tables for spreadsheets and data frames;</li>
 *   <li>{@link GraphMlExport}: the actor co-occurrence network for Gephi.</li>
 * </ul>
 */
public final class Exports {
    static final ObjectMapper JSON = new ObjectMapper();

    private Exports() {}

    /** Writes {@code out} as one JSON object per article; returns the number of articles. */
    public static long jsonl(CorpusStore store, Path out) throws IOException {
        long[] n = {0};
        atomically(out, os -> {
            try (BufferedWriter w = new BufferedWriter(new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
                store.forEachArticle(a -> {
                    try {
                        w.write(JSON.writeValueAsString(toJson(a)));
                        w.write('\n');
                        n[0]++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        });
        return n[0];
    }

    /** One article as exported: metadata, text, analysis (gold schema) or null. */
    public static ObjectNode toJson(ArticleRecord a) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", a.id());
        o.put("url", a.url());
        o.put("outlet", a.outlet());
        o.put("title", a.title());
        o.put("date", a.date() == null ? null : a.date().toString());
        o.put("origin", a.origin());
        o.put("text", a.text());
        o.set("analysis", a.analysisJson() == null ? null : JSON.readTree(a.analysisJson()));
        return o;
    }

    static JsonNode analysis(ArticleRecord a) {
        if (a.analysisJson() == null) {
            return null;
        }
        try {
            return JSON.readTree(a.analysisJson());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    interface Body {
        void write(OutputStream os) throws IOException;
    }

    static void atomically(Path target, Body body) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                body.write(os);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
