package org.isnad.core.model;

import java.time.LocalDate;

/**
 * What the article text itself states about the article: title, outlet, date line, author.
 * Each field is {@code null} where the text does not say.
 */
public record Meta(String title, String outlet, LocalDate date, String author) {

    public static final Meta EMPTY = new Meta(null, null, null, null);

    public Meta withTitle(String t) { return new Meta(t, outlet, date, author); }
    public Meta withOutlet(String o) { return new Meta(title, o, date, author); }
    public Meta withDate(LocalDate d) { return new Meta(title, outlet, d, author); }
    public Meta withAuthor(String a) { return new Meta(title, outlet, date, a); }
}
