package org.isnad.corpus.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the HTML pages of a WARC file (plain or gzipped per record) with jwarc: every
 * {@code response} record whose HTTP status is 200 and whose content type is HTML becomes an
 * article (the WARC date stands in when the page gives none). Other records are passed over. A
 * record that cannot be parsed, or the truncated end of a {@code .warc.gz}, is reported with its
 * byte offset; the records before it are kept.
 */
final class WarcFileReader {
    private WarcFileReader() {}

    static void read(Path file, ArticleSink sink) throws IOException {
        try (WarcReader reader = new WarcReader(file)) {
            read(file.toString(), reader, sink);
        }
    }

    /** Reads {@code input} (closed here) as the WARC file {@code name}; gzip is detected from the bytes. */
    static void read(String name, InputStream input, ArticleSink sink) throws IOException {
        try (WarcReader reader = new WarcReader(input)) {
            read(name, reader, sink);
        }
    }

    private static void read(String name, WarcReader reader, ArticleSink sink) {
        reader.setLenient(true);
        while (true) {
            long offset = reader.position();
            sink.position(offset);
            Optional<WarcRecord> next;
            try {
                next = reader.next();
            } catch (IOException | RuntimeException e) {
                sink.error(new RecordError(name, "offset " + offset, "truncated or corrupt WARC record, rest of file skipped ("
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")"));
                return;
            }
            if (next.isEmpty()) {
                return;
            }
            if (next.get() instanceof WarcResponse response) {
                try {
                    response(name, offset, response, sink);
                } catch (IOException | RuntimeException e) {
                    sink.error(new RecordError(name, "offset " + offset, "unreadable response record ("
                            + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")"));
                }
            }
        }
    }

    private static void response(String name, long offset, WarcResponse response, ArticleSink sink) throws IOException {
        if (!response.contentType().base().equals(MediaType.HTTP)) {
            return;
        }
        HttpResponse http = response.http();
        MediaType type = http.contentType();
        if (http.status() != 200 || type == null || !type.base().equals(MediaType.HTML)) {
            return;
        }
        String where = "offset " + offset;
        long size = http.body().size();
        if (size > Inputs.MAX_RECORD_BYTES) {
            sink.error(new RecordError(name, where, "page larger than " + Inputs.MAX_RECORD_BYTES + " bytes (" + size + ")"));
            return;
        }
        String charset = type.parameters().get("charset");
        Document page;
        try (InputStream in = http.bodyDecoded().stream()) {
            page = HtmlBytes.parse(in.readNBytes(Inputs.MAX_RECORD_BYTES + 1), charset, response.target());
        }
        LocalDate warcDate = response.date() == null ? null : response.date().atZone(ZoneOffset.UTC).toLocalDate();
        Article a = HtmlArticles.toArticle(page, response.target(), warcDate, name + "@" + offset);
        if (a == null) {
            sink.error(new RecordError(name, where, "no article text found in " + response.target()));
        } else {
            sink.article(a);
        }
    }
}
