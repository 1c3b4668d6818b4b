package org.isnad.corpus.store;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.isnad.arabic.text.ArabicNormalizer;

/**
 * Folds each token with the text layer's {@link ArabicNormalizer#normalize} (alef variants → ا,
 * ى → ي, ة → ه, diacritics and tatweel dropped, Arabic-Indic digits → ASCII, presentation forms
 * decomposed), so that the index, the query and the analysed text agree on spelling. Tokens
 * without Arabic-block characters pass unchanged (no allocation). A token that folds to nothing
 * (diacritics alone) is kept as it was.
 */
public final class ArabicFoldFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public ArabicFoldFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buf = term.buffer();
        int len = term.length();
        boolean needs = false;
        for (int i = 0; i < len && !needs; i++) {
            char c = buf[i];
            needs = (c >= '\u0600' && c <= '\u06FF') || c >= '\uFB50' || (c >= '\u200B' && c <= '\u206F') || c == '\u00AD';
        }
        if (needs) {
            String folded = ArabicNormalizer.normalize(term);
            if (!folded.isEmpty()) {
                term.setEmpty().append(folded);
            }
        }
        return true;
    }
}
