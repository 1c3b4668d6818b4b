package org.isnad.corpus.ingest;

/**
 * A record of an input that could not be read as an article: the file, where in it
 * ({@code line 12}, {@code offset 40960}, {@code item 3}, or empty for the whole file) and why.
 */
public record RecordError(String file, String where, String problem) {
    @Override
    public String toString() {
        return file + (where == null || where.isEmpty() ? "" : " (" + where + ")") + ": " + problem;
    }
}
