package org.isnad.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.isnad.corpus.ingest.Article;
import org.isnad.corpus.ingest.RecordError;

/**
 * One record read from an input file, on its way to analysis: an article (what the input said
 * about it), or a record that could not be read ({@code reason} set, the article fields null).
 * {@code input} is the file, {@code record} the place in it ({@code offset 4096}, {@code line 12}).
 */
public record InputRecord(String input, String record, String id, String url, String outlet, String title,
                          LocalDate date, String text, String reason) implements Serializable {

    public static InputRecord of(String input, String record, Article a) {
        return new InputRecord(input, record, a.id(), a.url(), a.outlet(), a.title(), a.date(), a.text(), null);
    }

    public static InputRecord of(RecordError e) {
        return new InputRecord(e.file(), e.where(), null, null, null, null, null, null, e.problem());
    }

    public boolean isError() {
        return reason != null;
    }
}
