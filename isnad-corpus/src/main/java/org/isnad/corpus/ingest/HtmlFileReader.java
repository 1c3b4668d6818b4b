package org.isnad.corpus.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;

/** Reads one HTML page per file (encoding as {@link HtmlBytes} decides). */
final class HtmlFileReader {
    private HtmlFileReader() {}

    static void read(Path file, ArticleSink sink) throws IOException {
        long size = Files.size(file);
        if (size > Inputs.MAX_RECORD_BYTES) {
            sink.error(new RecordError(file.toString(), "", "page larger than " + Inputs.MAX_RECORD_BYTES + " bytes (" + size + ")"));
            return;
        }
        Document page = HtmlBytes.parse(Files.readAllBytes(file), null, "");
        Article a = HtmlArticles.toArticle(page, null, null, file.toString());
        if (a == null) {
            sink.error(new RecordError(file.toString(), "", "no article text found in the page"));
        } else {
            sink.article(a);
        }
    }
}
