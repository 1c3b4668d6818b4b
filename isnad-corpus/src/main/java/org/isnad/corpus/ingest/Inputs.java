package org.isnad.corpus.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.isnad.corpus.read.InputFiles;

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
        return InputFiles.expand(paths, f -> formatOf(f) != null);
    }

    /**
     * Reads a JSONL or WARC file given as a stream (from a distributed file system, say) into
     * {@code sink}, as {@link #read(Path, ArticleSink)} reads a local one: {@code name} gives the
     * format ({@link #formatOf}) and names the file in errors; problems go to the sink as errors,
     * never thrown. The stream is closed here. Other formats are reported as unsupported.
     */
    public static void read(String name, InputStream in, ArticleSink sink) {
        Format f = formatOf(Path.of(name.substring(name.lastIndexOf('/') + 1)));
        try (in) {
            if (f == Format.JSONL) {
                JsonlReader.read(name, in, sink);
            } else if (f == Format.WARC) {
                WarcFileReader.read(name, in, sink);
            } else {
                sink.error(new RecordError(name, "", "unsupported format for stream input (JSONL or WARC expected)"));
            }
        } catch (IOException | RuntimeException e) {
            sink.error(new RecordError(name, "", "cannot read the rest of the file ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
        }
    }

    /**
     * One JSONL line read by the caller (a split of a large file, say) as a record of {@code file}:
     * an article or an error goes to {@code sink}, as for the lines of {@link #read(Path, ArticleSink)};
     * {@code where} locates the line in messages ({@code offset 4096}), {@code origin} becomes the
     * article's origin. Blank lines are ignored.
     */
    public static void readJsonlLine(String file, String where, String origin, String line, ArticleSink sink) {
        if (line.length() > MAX_RECORD_BYTES) {
            sink.error(new RecordError(file, where, "record longer than " + MAX_RECORD_BYTES + " bytes"));
            return;
        }
        JsonlReader.record(file, where, origin, line, sink);
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
