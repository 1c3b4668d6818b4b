package org.isnad.corpus.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article as read from an input, before analysis: its text and what the input says about it.
 * {@code id} is the input's own id when it has one, else derived from the URL, else from the text
 * (see {@link ArticleIds}); {@code origin} names the file and the record inside it (line, offset)
 * for messages. Fields other than id, text and origin may be null.
 */
public record Article(String id, String url, String outlet, String title, LocalDate date, String text, String origin) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
    }
}
