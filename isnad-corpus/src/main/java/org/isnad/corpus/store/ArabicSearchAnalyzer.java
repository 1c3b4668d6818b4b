package org.isnad.corpus.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.isnad.arabic.text.ArabicNormalizer;

/**
 * The analyzer of the corpus's text fields, for indexing and queries alike: Unicode word
 * tokenization ({@link StandardTokenizer}), lower case (Latin), the text layer's normalisation per
 * token ({@link ArabicFoldFilter}), Lucene's Arabic stop words (normalised the same way), then
 * Lucene's light Arabic stemmer (prefixes ال وال بال كال فال لل و, common suffixes), so "الإسلامية"
 * in the text and "الاسلاميه" in a query meet at one term. {@link #VERSION} names this chain in the
 * corpus manifest: a change to it needs a re-ingest.
 */
public final class ArabicSearchAnalyzer extends Analyzer {
    public static final String VERSION = "isnad-ar-search-1";
    private static final CharArraySet STOPS = normalisedStops();

    private static CharArraySet normalisedStops() {
        CharArraySet out = new CharArraySet(256, false);
        for (Object o : ArabicAnalyzer.getDefaultStopSet()) {
            out.add(ArabicNormalizer.normalize(new String((char[]) o)));
        }
        return CharArraySet.unmodifiableSet(out);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream t = new LowerCaseFilter(source);
        t = new ArabicFoldFilter(t);
        t = new StopFilter(t, STOPS);
        t = new ArabicStemFilter(t);
        return new TokenStreamComponents(source, t);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        // for prefix and wildcard terms: fold spelling, but do not stem a partial word
        return new ArabicFoldFilter(new LowerCaseFilter(in));
    }
}
