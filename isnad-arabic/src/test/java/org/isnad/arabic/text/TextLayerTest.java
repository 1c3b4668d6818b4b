package org.isnad.arabic.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.isnad.arabic.SharedData;
import org.isnad.core.model.Document;
import org.isnad.core.model.Layer;
import org.isnad.core.model.NormalizedText;
import org.isnad.core.model.Sentence;
import org.isnad.core.model.Token;
import org.isnad.core.model.TokenKind;
import org.junit.jupiter.api.Test;

/** Normaliser, tokenizer and sentence splitter on real Arabic text, offsets checked against the original. */
class TextLayerTest {

    private static List<Token> tokens(String s) {
        return ArabicTokenizer.tokenize(s, ArabicNormalizer.normalizeWithOffsets(s));
    }

    @Test
    void normaliserFoldsVariantsAndMapsBackToOriginal() {
        String s = "قُدرت قيمتها بـ ٧ الى ٩ مليار دولار، في إدلب وآذار «داعش» ﻻ";
        NormalizedText nt = ArabicNormalizer.normalizeWithOffsets(s);
        assertEquals("قدرت قيمتها ب 7 الي 9 مليار دولار, في ادلب واذار \"داعش\" لا", nt.text());
        int i = nt.text().indexOf("ادلب");
        assertEquals("إدلب", nt.toOriginal(i, i + 4).textOf(s));
        // the lam-alef ligature expands to two letters that both map to the one original char
        int la = nt.text().lastIndexOf("لا");
        assertEquals("ﻻ", nt.toOriginal(la, la + 2).textOf(s));
        assertEquals("قُدرت", nt.toOriginal(0, 4).textOf(s));
    }

    @Test
    void numbersOfBothScriptsAndSeparatorsAreSingleTokens() {
        List<Token> t = tokens("حوالي ال ١٥٠٠ آلية و(٦٠) دولة و 1,500 و٢٫٥ مليون في 2021 - 02 - 14");
        List<String> numbers = t.stream().filter(x -> x.is(TokenKind.NUMBER)).map(Token::norm).toList();
        assertEquals(List.of("1500", "60", "1,500", "2.5", "2021", "02", "14"), numbers);
        Token paren = t.stream().filter(x -> x.norm().equals("(")).findFirst().orElseThrow();
        assertEquals(TokenKind.PUNCT, paren.kind());
    }

    @Test
    void quotesOfAllStylesAreQuoteTokensAndNeverInsideWords() {
        String s = "العلاقة بين الغرب و”داعش”.. وكالة “سبوتنيك” و«النشرة» و\"بروكينغز\"";
        List<Token> t = tokens(s);
        long quotes = t.stream().filter(x -> x.is(TokenKind.QUOTE)).count();
        assertEquals(8, quotes);
        assertTrue(t.stream().filter(x -> x.is(TokenKind.WORD)).noneMatch(x -> x.norm().contains("\"")));
        Token daesh = t.stream().filter(x -> x.norm().equals("داعش")).findFirst().orElseThrow();
        assertEquals("داعش", daesh.span().textOf(s));
    }

    @Test
    void tatweelAndDiacriticsStayInsideTheWordSpan() {
        String s = "تسمح لـ\"داعش\" باستكمال جازما ً .";
        List<Token> t = tokens(s);
        assertEquals("ل", t.get(1).norm());
        assertEquals("لـ", t.get(1).span().textOf(s));
        Token jazim = t.stream().filter(x -> x.norm().equals("جازما")).findFirst().orElseThrow();
        assertEquals("جازما", jazim.span().textOf(s));
    }

    @Test
    void sentencesEndAtFinalPunctuationAndLineBreaks() {
        String s = "العنوان هنا\nقال المصدر إن الهجوم وقع. وأضاف أن \"الوضع خطير.\" هل انتهى؟؟ نعم";
        Document d = new TextAnnotator().annotate(Document.of("t", s));
        List<Sentence> ss = d.get(Layer.SENTENCES);
        List<String> texts = ss.stream().map(x -> d.text(x.span())).toList();
        assertEquals(List.of("العنوان هنا", "قال المصدر إن الهجوم وقع.", "وأضاف أن \"الوضع خطير.\"", "هل انتهى؟؟", "نعم"), texts);
    }

    @Test
    void seedArticlesTokeniseWithConsistentOffsets() throws Exception {
        Path dir = SharedData.samples();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(f);
                Document d = new TextAnnotator().annotate(Document.of(f.getFileName().toString(), text));
                List<Token> toks = d.tokens();
                assertTrue(toks.size() > 300, f + " has " + toks.size() + " tokens");
                int prevEnd = 0;
                for (Token t : toks) {
                    assertTrue(t.start() >= prevEnd, "overlapping tokens in " + f);
                    assertTrue(!t.span().textOf(text).isBlank());
                    // the token's text normalises to its norm form
                    assertEquals(t.norm(), ArabicNormalizer.normalize(t.span().textOf(text)), "token " + t + " in " + f);
                    prevEnd = t.end();
                }
                int covered = 0;
                for (Sentence s : d.sentences()) {
                    covered += s.tokenCount();
                }
                assertEquals(toks.size(), covered, "sentences must partition the tokens of " + f);
            }
        }
    }
}
