package org.isnad.arabic.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.arabic.text.ArabicNormalizer;
import org.isnad.core.model.Token;

/**
 * Multi-word phrases ("في المئة", "ريال سعودي", "ما يقارب") matched on consecutive tokens. The first
 * word is found through a {@link WordTable} (so it may carry proclitics); the following words must
 * equal the tokens' normalised forms. The longest phrase wins. Built once, then read-only.
 */
final class PhraseTable<V> {

    private record Phrase<V>(String[] rest, V value) {}

    /** A match: tokens {@code [start, end)}, proclitic characters before the first word, the value. */
    record Match<V>(int end, int prefixLen, V value) {}

    private final Map<String, List<Phrase<V>>> building = new LinkedHashMap<>();
    private WordTable<List<Phrase<V>>> first;

    /** Adds one phrase (words separated by spaces; normalised here). */
    void add(String phrase, V value) {
        String[] words = ArabicNormalizer.normalize(phrase.strip()).split(" +");
        if (words.length == 0 || words[0].isEmpty()) {
            return;
        }
        String[] rest = new String[words.length - 1];
        System.arraycopy(words, 1, rest, 0, rest.length);
        building.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Phrase<>(rest, value));
    }

    /** Freezes the table; call once after the last {@link #add}. */
    PhraseTable<V> build() {
        WordTable<List<Phrase<V>>> t = new WordTable<>();
        for (Map.Entry<String, List<Phrase<V>>> e : building.entrySet()) {
            List<Phrase<V>> l = e.getValue();
            l.sort(Comparator.comparingInt((Phrase<V> p) -> -p.rest().length));
            t.put(e.getKey(), List.copyOf(l));
        }
        first = t;
        return this;
    }

    /** The longest phrase starting at token {@code i}, or null. */
    Match<V> match(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return null;
        }
        WordTable.Hit<List<Phrase<V>>> h = first.lookup(tokens.get(i));
        if (h == null) {
            return null;
        }
        for (Phrase<V> p : h.value()) {
            String[] rest = p.rest();
            if (i + rest.length >= tokens.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < rest.length; k++) {
                if (!tokens.get(i + 1 + k).norm().equals(rest[k])) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                return new Match<>(i + 1 + rest.length, h.prefixLen(), p.value());
            }
        }
        return null;
    }
}
