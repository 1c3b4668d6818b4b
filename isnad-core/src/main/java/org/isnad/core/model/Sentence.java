package org.isnad.core.model;

/**
 * A sentence: its span in the original text and the half-open range of its tokens
 * {@code [firstToken, endToken)} in the document's token list.
 */
public record Sentence(Span span, int firstToken, int endToken) {
    public Sentence {
        if (span == null || firstToken < 0 || endToken < firstToken) {
            throw new IllegalArgumentException("invalid sentence " + span + " tokens " + firstToken + ".." + endToken);
        }
    }

    public int tokenCount() { return endToken - firstToken; }
}
