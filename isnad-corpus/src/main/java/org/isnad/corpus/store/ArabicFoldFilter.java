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
 * are folded through {@link ArabicFold}'s table (the normaliser's own output, without its
 * allocations per token). A token that folds to nothing (diacritics alone) is kept as it was.
 */
public final class ArabicFoldFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final StringBuilder out = new StringBuilder();

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
        int i = 0;
        while (i < len && ArabicFold.of(buf[i]) == null) {
            i++;
        }
        if (i == len) {
            return true;
        }
        out.setLength(0);
        out.append(buf, 0, i);
        for (; i < len; i++) {
            String f = ArabicFold.of(buf[i]);
            if (f == null) {
                out.append(buf[i]);
            } else {
                out.append(f);
            }
        }
        if (out.length() > 0) {
            term.setEmpty().append(out);
        }
        return true;
    }
}
