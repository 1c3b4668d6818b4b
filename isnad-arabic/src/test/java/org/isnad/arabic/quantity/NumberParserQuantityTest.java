package org.isnad.arabic.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.isnad.arabic.text.ArabicNormalizer;
import org.isnad.arabic.text.ArabicTokenizer;
import org.isnad.core.model.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NumberParserQuantityTest {

    private static final NumberParser P = NumberParser.load();

    static List<Token> tokens(String s) {
        return ArabicTokenizer.tokenize(ArabicNormalizer.normalizeWithOffsets(s));
    }

    /** Parses at token 0 and checks the value and how many tokens were used. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "١٥٠٠ آلية|1500|1",
        "1,500 جندي|1500|1",
        "7.5 مليون دولار|7500000|2",
        "٧ مليار دولار|7000000000|2",
        "2.5 مليون|2500000|2",
        "٧٫٥ مليار|7500000000|2",
        "ثلاثة آلاف مقاتل|3000|2",
        "ثلاث دول|3|1",
        "اثنتين وسبعين ساعة|72|2",
        "خمسة وعشرون عاما|25|2",
        "خمسة و عشرون عاما|25|3",
        "خمسة عشر قتيلا|15|2",
        "اثنا عشر شهرا|12|2",
        "إحدى عشرة دولة|11|2",
        "مائة وخمسون جنديا|150|2",
        "مئة وخمسة وعشرون|125|3",
        "ثلاثمائة ألف لاجئ|300000|2",
        "ثلاث مئة شخص|300|2",
        "مئتي قتيل|200|1",
        "خمسين ألفا|50000|2",
        "عشرة آلاف|10000|2",
        "ألف جندي|1000|1",
        "ألفين وخمسمائة|2500|2",
        "مليون و500 ألف نازح|1500000|3",
        "2 مليون و 300 ألف|2300000|5",
        "مليونين|2000000|1",
        "بثلاثة أيام|3|1",
        "وسبعين|70|1",
        "ال1500 آلية|1500|1",
        "أربعين قتيلا|40|1",
        "تسعون|90|1",
    })
    void parsesNumbers(String text, double value, int tokensUsed) {
        Optional<NumberParser.NumberMatch> m = P.parse(tokens(text), 0);
        assertTrue(m.isPresent(), text);
        assertEquals(value, m.get().value(), 1e-6, text);
        assertEquals(tokensUsed, m.get().endToken(), text);
    }

    @Test
    void doesNotJoinRangeEnds() {
        // "بين 5 و 10": two numbers, not fifteen; "بين خمسة وعشرة" likewise; two tens are a range.
        assertEquals(2, P.parse(tokens("بين 5 و 10"), 1).orElseThrow().endToken());
        assertEquals(2, P.parse(tokens("بين خمسة وعشرة"), 1).orElseThrow().endToken());
        assertEquals(2, P.parse(tokens("بين عشرين وثلاثين"), 1).orElseThrow().endToken());
        // a larger group after a smaller scale is not a continuation
        assertEquals(1, P.parse(tokens("ألف و2000"), 0).orElseThrow().endToken());
    }

    @Test
    void rejectsNonNumbers() {
        assertFalse(P.parse(tokens("الثالث"), 0).isPresent());
        assertFalse(P.parse(tokens("الثلاثة"), 0).isPresent());
        assertFalse(P.parse(tokens("دولتين"), 0).isPresent());
        assertFalse(P.parse(tokens("آلاف"), 0).isPresent(), "plural scale alone is vague");
        assertFalse(P.parse(tokens("اثني"), 0).isPresent(), "اثني alone is not a teen");
        assertFalse(P.parse(tokens("العديد"), 0).isPresent());
    }

    @Test
    void vagueAmounts() {
        assertEquals(100, P.parseVague(tokens("مئات الموقوفين"), 0).orElseThrow().value());
        assertEquals(10, P.parseVague(tokens("العشرات من الدول"), 0).orElseThrow().value());
        assertEquals(1000000, P.parseVague(tokens("بملايين الدولارات"), 0).orElseThrow().value());
        assertEquals(10000, P.parseVague(tokens("عشرات الآلاف من اللاجئين"), 0).orElseThrow().value());
        assertEquals(2, P.parseVague(tokens("عشرات الآلاف"), 0).orElseThrow().endToken());
        assertEquals(1, P.prefixLength(tokens("بملايين").get(0)));
    }

    @Test
    void ambiguousSingleWords() {
        List<Token> t = tokens("ست دول");
        assertTrue(P.isAmbiguousAlone(t, 0, P.parse(t, 0).orElseThrow()));
        List<Token> u = tokens("ست عشرة دولة");
        assertFalse(P.isAmbiguousAlone(u, 0, P.parse(u, 0).orElseThrow()));
    }

    @Test
    void digitValues() {
        assertEquals(1500, NumberParser.digitValue("1,500"));
        assertEquals(2500000, NumberParser.digitValue("2,500,000"));
        assertEquals(7.5, NumberParser.digitValue("7.5"));
        assertEquals(2.5, NumberParser.digitValue("2,5"));
        assertTrue(Double.isNaN(NumberParser.digitValue("1.2.3")));
    }
}
