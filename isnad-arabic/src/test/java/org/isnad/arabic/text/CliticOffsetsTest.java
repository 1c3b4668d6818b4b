package org.isnad.arabic.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.isnad.core.model.Document;
import org.isnad.core.model.Layer;
import org.isnad.core.model.Token;
import org.isnad.core.model.TokenKind;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Stem offsets through the whole text layer, on the seed articles and on small made-up texts. */
class CliticOffsetsTest {

    /** The seed articles as bundled in the repository (samples/seeds). */
    private static Path seeds() {
        return org.isnad.arabic.SharedData.samples();
    }

    private static List<Token> tokens(String text) {
        return new TextAnnotator().annotate(Document.of("t", text)).get(Layer.TOKENS);
    }

    private static Token word(List<Token> tokens, String text, String surface) {
        return tokens.stream().filter(t -> t.span().textOf(text).equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no token " + surface));
    }

    @Test
    void seedStemsLieInTheirTokens() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(seeds()), "../shared not present");
        int cut = 0;
        try (Stream<Path> files = Files.list(seeds())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f);
                for (Token t : tokens(text)) {
                    assertTrue(t.stemStart() >= t.start() && t.stemStart() <= t.end(), t + " in " + f);
                    if (!t.prefixes().isEmpty()) {
                        cut++;
                        assertTrue(t.is(TokenKind.WORD));
                        // No marks are dropped inside these tokens, so the stem span holds the stem exactly.
                        if (t.span().length() == t.norm().length()) {
                            assertEquals(t.stem(), ArabicNormalizer.normalize(t.stemSpan().textOf(text)), t.toString());
                        }
                    }
                }
            }
        }
        assertTrue(cut > 100, "too few cuts in the seeds: " + cut);
    }

    @Test
    void seedExamples() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(seeds()), "../shared not present");
        String t001 = Files.readString(seeds().resolve("001_8401930dd3614bce.txt"));
        List<Token> k001 = tokens(t001);
        Token dawla = word(k001, t001, "للدولة");
        assertEquals("ل", dawla.prefixes());
        assertTrue(dawla.article());
        assertEquals("لدولة", dawla.stemSpan().textOf(t001), "stem starts at the second ل");
        // لـ"داعش": the clitic stands alone before the quote; nothing is cut and داعش is its own token.
        int q = t001.indexOf("لـ\"داعش\"");
        assertTrue(q >= 0);
        Token lam = k001.stream().filter(t -> t.start() == q).findFirst().orElseThrow();
        assertEquals("", lam.prefixes());
        Token daesh = k001.stream().filter(t -> t.start() == q + 3).findFirst().orElseThrow();
        assertEquals("داعش", daesh.stemSpan().textOf(t001));

        String t004 = Files.readString(seeds().resolve("004_74fdce1f1eedd95c.txt"));
        List<Token> k004 = tokens(t004);
        Token li = word(k004, t004, "لداعش");
        assertEquals("ل", li.prefixes());
        assertEquals("داعش", li.stemSpan().textOf(t004));
    }

    @Test
    void madeUpText() {
        String text = "قال المتحدث باسم التحالف إن الضربات ألحقت خسائر بداعش وللوكالة وبالحكومة في بيروت وبغداد.";
        List<Token> k = tokens(text);
        assertEquals("داعش", word(k, text, "بداعش").stemSpan().textOf(text));
        Token wl = word(k, text, "وللوكالة");
        assertEquals("ول", wl.prefixes());
        assertTrue(wl.article());
        assertEquals("لوكالة", wl.stemSpan().textOf(text));
        assertEquals("الحكومة", word(k, text, "وبالحكومة").stemSpan().textOf(text));
        assertEquals("", word(k, text, "بيروت").prefixes());
        assertEquals("بغداد", word(k, text, "وبغداد").stemSpan().textOf(text));
        // Only the original text shows the hamza that makes ا of ألحقت no article.
        assertFalse(ProcliticSegmenter.load().segment(word(k, text, "ألحقت"), text).article(), "hamza alif is not the article");
    }

    @Test
    void originalTextOverloadSkipsTatweel() {
        String text = "هزيمة لـداعش وللـدولة";
        ProcliticSegmenter seg = ProcliticSegmenter.load();
        for (Token raw : ArabicTokenizer.tokenize(text, ArabicNormalizer.normalizeWithOffsets(text))) {
            Token t = seg.segment(raw, text);
            assertEquals(t.stem(), ArabicNormalizer.normalize(t.stemSpan().textOf(text)), t.toString());
            assertTrue(t.stemStart() == t.start() || ArabicNormalizer.isArabicLetter(text.charAt(t.stemStart())), t.toString());
        }
        Token li = seg.segment(word(ArabicTokenizer.tokenize(text, ArabicNormalizer.normalizeWithOffsets(text)), text, "لـداعش"), text);
        assertEquals("داعش", li.stemSpan().textOf(text));
        Token wl = seg.segment(word(ArabicTokenizer.tokenize(text, ArabicNormalizer.normalizeWithOffsets(text)), text, "وللـدولة"), text);
        assertEquals("ول", wl.prefixes());
        assertEquals("لـدولة", wl.stemSpan().textOf(text));
    }
}
