package org.isnad.corpus.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.isnad.corpus.read.InputException;
import org.isnad.corpus.read.TextFileReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Decodes and parses the bytes of an HTML page. Order of decisions: the charset the HTTP response
 * declared; else a byte-order mark or a {@code <meta charset>} in the page (jsoup's own detection);
 * else strict UTF-8 when the bytes are valid UTF-8; else the encoding detection of plain-text
 * articles ({@link TextFileReader}: windows-1256 and ISO-8859-6 for Arabic), since older Arabic sites
 * often serve windows-1256 without saying so. Thread-safe.
 */
final class HtmlBytes {
    private static final TextFileReader DETECTOR = new TextFileReader();

    private HtmlBytes() {}

    static Document parse(byte[] bytes, String declaredCharset, String baseUri) throws IOException {
        if (declaredCharset != null && isSupported(declaredCharset)) {
            return Jsoup.parse(new String(bytes, Charset.forName(declaredCharset)), baseUri);
        }
        if (hasBomOrMetaCharset(bytes) || TextFileReader.isStrictUtf8(bytes)) {
            return Jsoup.parse(new ByteArrayInputStream(bytes), null, baseUri);
        }
        try {
            org.isnad.core.model.Document d = DETECTOR.decode(Path.of("page.html"), bytes);
            return Jsoup.parse(d.text(), baseUri);
        } catch (InputException e) {
            // undecodable (binary): let jsoup make what it can of it; no text will be found
            return Jsoup.parse(new ByteArrayInputStream(bytes), null, baseUri);
        }
    }

    private static boolean hasBomOrMetaCharset(byte[] b) {
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xEF)) {
            return true;
        }
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return head.contains("charset=") || head.contains("charset =") || head.contains("<meta charset");
    }

    static boolean isSupported(String charset) {
        try {
            return charset != null && Charset.isSupported(charset);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
