package org.isnad.corpus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class ArabicSearchAnalyzerTest {
    private final ArabicSearchAnalyzer analyzer = new ArabicSearchAnalyzer();

    List<String> terms(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void spellingVariantsMeet() throws IOException {
        assertEquals(terms("اسرائيل"), terms("إسرائيل"));
        assertEquals(terms("الدولة الاسلامية"), terms("الدولة الإسلامية"));
        assertEquals(terms("الدوله الاسلاميه"), terms("الدولةُ الإسلاميّة"));
        assertEquals(terms("مستشفى"), terms("مستشفي"));
        assertEquals(terms("تنظيم"), terms("تنظـــيم"));
        assertEquals(terms("2021"), terms("٢٠٢١"));
    }

    @Test
    void lightStemmingJoinsArticleAndConjunction() throws IOException {
        assertEquals(terms("الحكومة"), terms("والحكومة"));
        assertEquals(terms("حكومة"), terms("الحكومة"));
    }

    @Test
    void stopWordsAndLatin() throws IOException {
        assertEquals(List.of("isis"), terms("في ISIS"));
    }
}
