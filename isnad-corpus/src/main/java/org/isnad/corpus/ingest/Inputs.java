package org.isnad.corpus.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The input formats of {@code isnad ingest} and how files are matched to them, by name: JSONL
 * ({@code .jsonl}, {@code .ndjson}, optionally {@code .gz}), WARC ({@code .warc}, {@code .warc.gz}),
 * HTML ({@code .html}, {@code .htm}), RSS/Atom ({@code .rss}, {@code .atom}, {@code .xml}) and plain
 * text ({@code .txt}). A folder stands for the files under it in one of these formats, recursively,
 * sorted, hidden files skipped; a file named explicitly is read whatever its name (unknown names are
 * read as plain text).
 */
public final class Inputs {
    /** Largest record (article) read; bigger ones are reported and skipped: no news article is this long. */
    public static final int MAX_RECORD_BYTES = 8 << 20;

    public enum Format { JSONL, WARC, HTML, FEED, TEXT }

    private Inputs() {}

    /** The format of a file by its name, or null when the name is none of ours. */
    public static Format formatOf(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
            if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
                return Format.JSONL;
            }
            return n.endsWith(".warc") || n.endsWith(".arc") ? Format.WARC : null;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return Format.JSONL;
        }
        if (n.endsWith(".warc")) {
            return Format.WARC;
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return Format.HTML;
        }
        if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml")) {
            return Format.FEED;
        }
        return n.endsWith(".txt") ? Format.TEXT : null;
    }

    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .filter(f -> formatOf(f) != null)
                            .sorted()
                            .forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** Reads every record of {@code file} into {@code sink}; problems go to the sink as errors, never thrown. */
    public static void read(Path file, ArticleSink sink) {
        Format f = formatOf(file);
        if (!Files.isRegularFile(file)) {
            sink.error(new RecordError(file.toString(), "", Files.exists(file) ? "not a regular file" : "no such file"));
            return;
        }
        try {
            switch (f == null ? Format.TEXT : f) {
                case JSONL -> JsonlReader.read(file, sink);
                case WARC -> WarcFileReader.read(file, sink);
                case HTML -> HtmlFileReader.read(file, sink);
                case FEED -> FeedReader.read(file, sink);
                case TEXT -> TextReader.read(file, sink);
            }
        } catch (IOException | RuntimeException e) {
            // the records delivered so far stand; the rest of this file is lost and said so
            sink.error(new RecordError(file.toString(), "", "cannot read the rest of the file ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
        }
    }
}
