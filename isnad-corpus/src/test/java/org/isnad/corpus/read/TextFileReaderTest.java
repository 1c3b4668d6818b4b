package org.isnad.corpus.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.isnad.core.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Encoding detection and input errors on a real seed article re-encoded as publishers serve it. */
class TextFileReaderTest {
    @TempDir
    Path tmp;

    private final TextFileReader reader = new TextFileReader();

    private static String seed() throws Exception {
        for (Path p : new Path[] {Path.of("../samples/seeds/003_d6ff57e8044bb96b.txt"), Path.of("samples/seeds/003_d6ff57e8044bb96b.txt")}) {
            if (Files.exists(p)) {
                return Files.readString(p);
            }
        }
        throw new IllegalStateException("bundled sample 003 not found");
    }

    private Document roundTrip(String text, byte[] bytes) throws Exception {
        Path f = tmp.resolve("a.txt");
        Files.write(f, bytes);
        Document d = reader.read(f);
        assertEquals(text, d.text());
        return d;
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-1256", "ISO-8859-6", "UTF-16LE", "UTF-16BE"})
    void detectsArabicEncodings(String charset) throws Exception {
        // ISO-8859-6 has no Arabic-Indic digits or curly quotes: keep what it can encode
        String text = seed();
        Charset cs = Charset.forName(charset);
        if (!cs.newEncoder().canEncode(text)) {
            StringBuilder sb = new StringBuilder();
            text.codePoints().filter(c -> cs.newEncoder().canEncode(new String(Character.toChars(c))))
                    .forEach(sb::appendCodePoint);
            text = sb.toString();
        }
        Document d = roundTrip(text, text.getBytes(cs));
        assertEquals(cs.name(), d.charset().name());
    }

    @Test
    void utf8WithBomAndUtf16WithBomDropTheMark() throws Exception {
        String text = seed();
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals(StandardCharsets.UTF_8, roundTrip(text, withBom).charset());
        assertEquals(StandardCharsets.UTF_16LE, roundTrip(text, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE)).charset());
    }

    @Test
    void crlfIsKeptSoOffsetsReferToTheFile() throws Exception {
        String text = seed().replace("\n", "\r\n");
        roundTrip(text, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void emptyBinaryAndMissingFilesAreNamedErrors() throws Exception {
        Path empty = Files.write(tmp.resolve("empty.txt"), new byte[0]);
        Path blank = Files.writeString(tmp.resolve("blank.txt"), " \n\t\n");
        byte[] bin = new byte[4096];
        new java.util.Random(7).nextBytes(bin);
        for (int i = 0; i < bin.length; i += 9) {
            bin[i] = 0;
        }
        Path binary = Files.write(tmp.resolve("image.txt"), bin);
        InputException e1 = assertThrows(InputException.class, () -> reader.read(empty));
        assertTrue(e1.getMessage().startsWith(empty.toString()) && e1.getMessage().contains("empty file"), e1.getMessage());
        assertTrue(assertThrows(InputException.class, () -> reader.read(blank)).getMessage().contains("empty"));
        InputException e3 = assertThrows(InputException.class, () -> reader.read(binary));
        assertTrue(e3.getMessage().contains("binary"), e3.getMessage());
        InputException e4 = assertThrows(InputException.class, () -> reader.read(tmp.resolve("none.txt")));
        assertTrue(e4.getMessage().contains("no such file"), e4.getMessage());
    }
}
