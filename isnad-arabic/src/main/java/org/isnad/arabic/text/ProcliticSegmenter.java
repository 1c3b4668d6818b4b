package org.isnad.arabic.text;

import org.isnad.core.model.Token;

/**
 * Splits proclitics (و ف ب ل ك س and the article ال) off Arabic words. Interim version: cuts
 * nothing; the lexicon- and evidence-based segmenter replaces it.
 */
public final class ProcliticSegmenter {

    private ProcliticSegmenter() {}

    /** Loads the shared, read-only segmenter from the classpath resources. */
    public static ProcliticSegmenter load() {
        return new ProcliticSegmenter();
    }

    /** Returns {@code t} with its stem start, cut prefixes and article flag set. */
    public Token segment(Token t) {
        return t;
    }
}
