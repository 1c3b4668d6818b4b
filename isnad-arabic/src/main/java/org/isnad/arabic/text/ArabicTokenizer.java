package org.isnad.arabic.text;

import java.util.ArrayList;
import java.util.List;
import org.isnad.core.model.NormalizedText;
import org.isnad.core.model.Span;
import org.isnad.core.model.Token;
import org.isnad.core.model.TokenKind;

/**
 * Splits a normalised text into tokens whose spans refer to the original text.
 *
 * <p>Contract: a WORD is a maximal run of letters and marks, which may contain digits after its
 * first letter ("F16"); a NUMBER is a run of digits with single internal separators {@code . ,}
 * each followed by a digit ("1,500", "7.5"); quotation marks are QUOTE tokens; {@code . , ; : ? !
 * ( ) [ ] { } - / …} are PUNCT, each character its own token except runs of the same mark ("..",
 * "؟؟؟؟"); everything else that is not white space is a one-character SYMBOL. White space never
 * belongs to a token. Stateless and thread-safe.
 */
public final class ArabicTokenizer {

    private ArabicTokenizer() {}

    /**
     * Tokenises {@code nt}, the normalised view of {@code original}. Marks and tatweel that the
     * normaliser dropped right after a token ("لـ", "فرضاً") belong to the token's span.
     */
    public static List<Token> tokenize(String original, NormalizedText nt) {
        String s = nt.text();
        int n = s.length();
        List<Token> out = new ArrayList<>(n / 5 + 4);
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c <= ' ' || Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            TokenKind kind;
            if (isDigit(c)) {
                i++;
                while (i < n) {
                    char d = s.charAt(i);
                    if (isDigit(d)) {
                        i++;
                    } else if ((d == '.' || d == ',') && i + 1 < n && isDigit(s.charAt(i + 1))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
                kind = TokenKind.NUMBER;
            } else if (isWordChar(c)) {
                // digits join only Latin words ("F16"); after Arabic letters they are a clitic's number ("و2000")
                boolean latin = c < 0x0250;
                i++;
                while (i < n && (isWordChar(s.charAt(i)) || (latin && isDigit(s.charAt(i))))) {
                    i++;
                }
                kind = TokenKind.WORD;
            } else if (c == '"' || c == '\'' || c == '`') {
                i++;
                kind = TokenKind.QUOTE;
            } else if (isPunct(c)) {
                i++;
                while (i < n && s.charAt(i) == c && c != '(' && c != ')') {
                    i++;
                }
                kind = TokenKind.PUNCT;
            } else {
                i += Character.isHighSurrogate(c) && i + 1 < n ? 2 : 1;
                kind = TokenKind.SYMBOL;
            }
            Span span = nt.toOriginal(start, i);
            int end = span.end();
            while (end < original.length() && isDroppedMark(original.charAt(end))) {
                end++;
            }
            if (end != span.end()) {
                span = new Span(span.start(), end);
            }
            out.add(new Token(span, s.substring(start, i), kind));
        }
        return out;
    }

    private static boolean isDroppedMark(char c) {
        return c == '\u0640' || (c >= '\u064B' && c <= '\u065F') || c == '\u0670';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    static boolean isPunct(char c) {
        switch (c) {
            case '.': case ',': case ';': case ':': case '?': case '!': case '(': case ')': case '[': case ']':
            case '{': case '}': case '-': case '/': case '…': case '\\': case '|':
                return true;
            default:
                return false;
        }
    }
}
