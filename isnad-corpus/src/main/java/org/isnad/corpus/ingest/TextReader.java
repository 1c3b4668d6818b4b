package org.isnad.corpus.ingest;

import java.nio.file.Path;
import org.isnad.core.model.Document;
import org.isnad.corpus.read.InputException;
import org.isnad.corpus.read.TextFileReader;

/**
 * Reads a plain-text article (encoding detected by {@link TextFileReader}); title, outlet and date
 * are left to the structure annotator, which reads them from the text.
 */
final class TextReader {
    private static final TextFileReader READER = new TextFileReader();

    private TextReader() {}

    static void read(Path file, ArticleSink sink) {
        try {
            if (java.nio.file.Files.size(file) > Inputs.MAX_RECORD_BYTES) {
                sink.error(new RecordError(file.toString(), "", "file larger than " + Inputs.MAX_RECORD_BYTES + " bytes"));
                return;
            }
            Document d = READER.read(file);
            sink.article(new Article(ArticleIds.of(null, null, d.text()), null, null, null, null, d.text(), file.toString()));
        } catch (InputException e) {
            sink.error(new RecordError(file.toString(), "", e.getMessage().substring(e.getMessage().indexOf(": ") + 2)));
        } catch (java.io.IOException e) {
            sink.error(new RecordError(file.toString(), "", "cannot read (" + e.getMessage() + ")"));
        }
    }
}
