package org.isnad.corpus.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article as the corpus holds it: what the input said (url, outlet, title, date, origin), the
 * text every offset refers to, its place in ingest order ({@code seq}), and, when it was analysed,
 * the analysis in the gold-schema JSON ({@code analysisJson}) plus its sentence spans as
 * {@code [start0, end0, start1, end1, ...]} (the gold JSON has no sentences; co-occurrence needs
 * them). Outlet, title and date fall back to what the analysis read from the text.
 */
public record ArticleRecord(String id, long seq, String url, String outlet, String title, LocalDate date, String text,
                            String origin, String analysisJson, int[] sentences) {
    public ArticleRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    public boolean analysed() {
        return analysisJson != null;
    }
}
