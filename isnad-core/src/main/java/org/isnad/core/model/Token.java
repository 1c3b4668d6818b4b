package org.isnad.core.model;

/**
 * One token: its span in the original text, its normalised form, and where its stem begins after
 * proclitics (و ف ب ل ك س and the article ال) have been split off.
 *
 * @param span      the whole token in the original text
 * @param norm      the normalised form of the whole token (see the Arabic normaliser)
 * @param kind      coarse class
 * @param stemStart original offset where the stem begins after conjunction/preposition proclitics
 *                  ({@code span.start()} when nothing is cut); the article stays in the stem
 * @param prefixes  the cut proclitics in normalised form, e.g. "وب" ({@code ""} when none)
 * @param article   whether the stem starts with the article ال (or its elided ل after لل)
 */
public record Token(Span span, String norm, TokenKind kind, int stemStart, String prefixes, boolean article) {

    public Token {
        if (span == null || norm == null || kind == null || prefixes == null) {
            throw new IllegalArgumentException("null field in token");
        }
        if (stemStart < span.start() || stemStart > span.end()) {
            throw new IllegalArgumentException("stemStart " + stemStart + " outside " + span);
        }
    }

    public Token(Span span, String norm, TokenKind kind) {
        this(span, norm, kind, span.start(), "", false);
    }

    public int start() { return span.start(); }
    public int end() { return span.end(); }

    /** The token's normalised form without the cut proclitics. */
    public String stem() {
        return prefixes.isEmpty() ? norm : norm.substring(prefixes.length());
    }

    /** The stem's span in the original text (the token without its proclitics). */
    public Span stemSpan() {
        return new Span(stemStart, span.end());
    }

    public boolean is(TokenKind k) { return kind == k; }

    public Token withClitics(int newStemStart, String newPrefixes, boolean hasArticle) {
        return new Token(span, norm, kind, newStemStart, newPrefixes, hasArticle);
    }
}
