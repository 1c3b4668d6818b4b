package org.isnad.arabic.event;

import java.util.List;
import org.isnad.core.model.Sentence;
import org.isnad.core.model.Span;
import org.isnad.core.model.Token;
import org.isnad.core.model.TokenKind;

/**
 * The clause a trigger stands in: the tokens of its sentence between the nearest boundary punctuation
 * ({@code , ; : ( ) -}) before and after the trigger; {@code start} inclusive, {@code end} exclusive.
 */
record Clause(Sentence sentence, int start, int end) {

    static Clause around(List<Token> toks, Sentence s, Trigger t) {
        int start = t.first();
        while (start > s.firstToken() && !isBoundary(toks.get(start - 1))) {
            start--;
        }
        int end = t.last() + 1;
        while (end < s.endToken() && !isBoundary(toks.get(end))) {
            end++;
        }
        return new Clause(s, start, end);
    }

    Span span(List<Token> toks) {
        return new Span(toks.get(start).start(), toks.get(end - 1).end());
    }

    static boolean isBoundary(Token t) {
        if (t.kind() != TokenKind.PUNCT) {
            return false;
        }
        String n = t.norm();
        return n.equals(",") || n.equals(";") || n.equals(":") || n.equals("(") || n.equals(")") || n.equals("-");
    }

    static boolean boundaryBetween(List<Token> toks, int a, int b) {
        for (int k = a + 1; k < b; k++) {
            if (isBoundary(toks.get(k))) {
                return true;
            }
        }
        return false;
    }
}
