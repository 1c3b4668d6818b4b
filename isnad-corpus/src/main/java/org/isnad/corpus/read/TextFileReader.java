package org.isnad.corpus.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.isnad.core.model.Document;

/**
 * Reads a plain-text article into a {@link Document}, detecting its encoding.
 *
 * <p>Order of decisions: a byte-order mark (UTF-8, UTF-16LE/BE) wins; otherwise UTF-16 without BOM
 * is recognised by the zero/0x06 high bytes of Arabic and ASCII text; otherwise bytes that decode
 * as strict UTF-8 are UTF-8; otherwise ICU4J's {@link CharsetDetector} decides among the single-byte
 * charsets (windows-1256 and ISO-8859-6 for Arabic). CRLF and CR line ends are kept in the text (the
 * offsets of the gold refer to the file as decoded); the normaliser treats them as line breaks.
 * Empty files, binary files and text that decodes to nothing useful are rejected with an
 * {@link InputException} naming the file and the problem. Thread-safe.
 */
public final class TextFileReader {
    /** Files above this size are rejected: no news article is this long. */
    public static final long MAX_BYTES = 64L << 20;

    public Document read(Path path) throws InputException {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(path)) {
                throw new InputException(path, Files.exists(path) ? "not a regular file" : "no such file");
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new InputException(path, "file too large (" + size + " bytes; limit " + MAX_BYTES + ")");
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputException(path, "cannot read file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        return decode(path, bytes);
    }

    /** Decodes {@code bytes} read from {@code path}; the path only names the input in errors and the document id. */
    public Document decode(Path path, byte[] bytes) throws InputException {
        if (bytes.length == 0) {
            throw new InputException(path, "empty file");
        }
        Charset cs;
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            cs = StandardCharsets.UTF_8;
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if ((cs = utf16WithoutBom(bytes)) != null) {
            // checked before UTF-8: UTF-16 of Arabic and ASCII is all bytes below 0x80, valid UTF-8
        } else if (isStrictUtf8(bytes)) {
            cs = StandardCharsets.UTF_8;
        } else {
            if (looksBinary(bytes)) {
                throw new InputException(path, "binary file (not text in any supported encoding)");
            }
            cs = detectSingleByte(path, bytes);
        }
        String text = new String(bytes, skip, bytes.length - skip, cs);
        if (cs == StandardCharsets.UTF_8 && looksBinary(bytes)) {
            throw new InputException(path, "binary file (control characters in the text)");
        }
        if (text.isBlank()) {
            throw new InputException(path, "empty file (only white space)");
        }
        return Document.of(path.getFileName().toString(), text, cs);
    }

    /** Whether {@code bytes} decode as UTF-8 without a single malformed sequence. */
    public static boolean isStrictUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** UTF-16 without BOM: most high bytes are 0x00 (ASCII) or 0x06 (Arabic block). */
    private static Charset utf16WithoutBom(byte[] b) {
        if (b.length < 4 || b.length % 2 != 0) {
            return null;
        }
        int evenHigh = 0;
        int oddHigh = 0;
        int pairs = b.length / 2;
        for (int i = 0; i + 1 < b.length; i += 2) {
            int e = b[i] & 0xFF;
            int o = b[i + 1] & 0xFF;
            if (e == 0x00 || e == 0x06) {
                evenHigh++;
            }
            if (o == 0x00 || o == 0x06) {
                oddHigh++;
            }
        }
        if (oddHigh > pairs * 0.9 && evenHigh < pairs * 0.5) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenHigh > pairs * 0.9 && oddHigh < pairs * 0.5) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** More than 1% of the bytes are C0 controls other than tab, CR, LF, FF. */
    private static boolean looksBinary(byte[] b) {
        int bad = 0;
        for (byte x : b) {
            int c = x & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                bad++;
            }
        }
        return bad > b.length / 100;
    }

    private static Charset detectSingleByte(Path path, byte[] bytes) throws InputException {
        CharsetDetector d = new CharsetDetector();
        d.setText(bytes);
        CharsetMatch best = null;
        for (CharsetMatch m : d.detectAll()) {
            String name = m.getName();
            // Arabic single-byte charsets first: ICU ranks Latin-1 high for any 8-bit text.
            if (name.equalsIgnoreCase("windows-1256") || name.equalsIgnoreCase("ISO-8859-6")) {
                best = m;
                break;
            }
            if (best == null && !name.startsWith("UTF-16") && !name.startsWith("UTF-32")) {
                best = m;
            }
        }
        if (best == null) {
            throw new InputException(path, "unknown encoding (no charset matches)");
        }
        try {
            return Charset.forName(best.getName());
        } catch (RuntimeException e) {
            throw new InputException(path, "unsupported encoding " + best.getName());
        }
    }
}
