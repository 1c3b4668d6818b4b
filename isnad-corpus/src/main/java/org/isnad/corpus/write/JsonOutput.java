package org.isnad.corpus.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.isnad.core.json.DocumentJson;
import org.isnad.core.model.Document;

/**
 * Writes analyses to a folder: one JSON file per article named after the article file ({@code .txt}
 * replaced by {@code .json}, as the gold files are) and one {@code all.jsonl} with a line per
 * article. Every file is written to a temporary name and moved into place, so an interrupted run
 * never leaves a half-written file over a good one. One instance per run; not thread-safe.
 */
public final class JsonOutput implements Closeable {
    public static final String JSONL_NAME = "all.jsonl";
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private final Path dir;
    private final Path jsonlTmp;
    private final BufferedWriter jsonl;

    public JsonOutput(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
        this.jsonlTmp = Files.createTempFile(dir, ".all", ".jsonl.tmp");
        this.jsonl = Files.newBufferedWriter(jsonlTmp, StandardCharsets.UTF_8);
    }

    /** The JSON file name for an article file name. */
    public static String jsonName(String docId) {
        String base = docId.endsWith(".txt") ? docId.substring(0, docId.length() - 4) : docId;
        return base + ".json";
    }

    public Path write(Document doc) throws IOException {
        JsonNode node = DocumentJson.toJson(doc);
        Path target = dir.resolve(jsonName(doc.id()));
        writeAtomically(target, DocumentJson.MAPPER.writeValueAsString(node) + "\n");
        jsonl.write(COMPACT.writeValueAsString(node));
        jsonl.write('\n');
        return target;
    }

    /** Writes {@code content} to a temporary file beside {@code target}, then moves it over. */
    public static void writeAtomically(Path target, String content) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public void close() throws IOException {
        jsonl.close();
        Files.move(jsonlTmp, dir.resolve(JSONL_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
