package org.isnad.arabic.text;

import java.util.ArrayList;
import java.util.List;
import org.isnad.core.model.Sentence;
import org.isnad.core.model.Span;
import org.isnad.core.model.Token;
import org.isnad.core.model.TokenKind;

/**
 * Groups tokens into sentences. A sentence ends after a run of {@code . ? ! …} (with the closing
 * quotes and brackets that follow it), or at a line break in the original text: news titles,
 * headings and footers stand on lines of their own. Stateless and thread-safe.
 */
public final class SentenceSplitter {

    private SentenceSplitter() {}

    public static List<Sentence> split(String original, List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        int first = 0;
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            boolean end = false;
            if (t.kind() == TokenKind.PUNCT && isFinal(t.norm().charAt(0))) {
                // take closing quotes/brackets that hug the mark
                while (i + 1 < n && hugs(tokens.get(i + 1), t, original)) {
                    i++;
                    t = tokens.get(i);
                }
                end = true;
            }
            if (!end && i + 1 < n && lineBreakBetween(original, t.end(), tokens.get(i + 1).start())) {
                end = true;
            }
            if (end || i == n - 1) {
                out.add(new Sentence(new Span(tokens.get(first).start(), t.end()), first, i + 1));
                first = i + 1;
            }
        }
        return out;
    }

    private static boolean isFinal(char c) {
        return c == '.' || c == '?' || c == '!' || c == '…';
    }

    private static boolean hugs(Token next, Token prev, String original) {
        boolean closer = next.kind() == TokenKind.QUOTE || next.norm().equals(")") || next.norm().equals("]")
                || (next.kind() == TokenKind.PUNCT && isFinal(next.norm().charAt(0)));
        return closer && next.start() == prev.end();
    }

    private static boolean lineBreakBetween(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
