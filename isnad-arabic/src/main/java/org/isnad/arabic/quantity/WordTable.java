package org.isnad.arabic.quantity;

import org.isnad.arabic.resource.Resources;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.isnad.arabic.text.ArabicNormalizer;
import org.isnad.core.model.Token;

/**
 * A read-only map from normalised word forms to values that also recognises the forms with the
 * proclitics و ف ب ل ك (and the article contraction لل) attached. The attached forms are generated
 * once at load time, so a lookup is one hash probe on the token's whole normalised form; this works
 * both for unsegmented tokens and for tokens whose proclitics the segmenter has cut (their
 * {@code norm} is still the whole token). When the segmenter cut a combination not generated here,
 * the stem is tried as well. Thread-safe after construction.
 */
final class WordTable<V> {

    /** A found entry: its value and how many normalised characters of the token precede the word. */
    record Hit<V>(V value, int prefixLen) {}

    /** Conjunction/preposition proclitic combinations generated before every entry. */
    private static final String[] PROCLITICS = {"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"};

    private final Map<String, Hit<V>> map = new HashMap<>();

    /** Adds {@code form} (normalised here) and its proclitic variants; the first value for a key wins. */
    void put(String form, V value) {
        String f = ArabicNormalizer.normalize(form.strip());
        if (f.isEmpty()) {
            return;
        }
        // A bare form beats a generated proclitic variant of another word ("بلد" is not ب + "لد").
        Hit<V> old = map.get(f);
        if (old == null || old.prefixLen() > 0) {
            map.put(f, new Hit<>(value, 0));
        }
        for (String p : PROCLITICS) {
            if (!p.isEmpty()) {
                map.putIfAbsent(p + f, new Hit<>(value, p.length()));
            }
        }
        if (f.startsWith("ال") && f.length() > 2) {
            // ل + ال contracts to لل: "للدول" is ل + "الدول"; the kept ل starts the word.
            String rest = f.substring(2);
            for (String p : new String[] {"", "و", "ف"}) {
                map.putIfAbsent(p + "لل" + rest, new Hit<>(value, p.length() + 1));
            }
        }
    }

    /** Adds {@code form} and its article form "ال" + form. */
    void putWithArticle(String form, V value) {
        put(form, value);
        // Always prefixed, even when the form itself starts with ا ل ("آلاف" -> "الالاف").
        put("ال" + ArabicNormalizer.normalize(form.strip()), value);
    }

    /** Exact lookup of a normalised string (no proclitic handling beyond the generated forms). */
    Hit<V> get(String norm) {
        return map.get(norm);
    }

    /** Looks a token up: its whole form, then (when the segmenter cut proclitics) its stem. */
    Hit<V> lookup(Token t) {
        Hit<V> h = map.get(t.norm());
        if (h != null || t.prefixes().isEmpty()) {
            return h;
        }
        Hit<V> s = map.get(t.stem());
        return s == null ? null : new Hit<>(s.value(), t.prefixes().length() + s.prefixLen());
    }

    /** The value of a token's entry, or null. */
    V value(Token t) {
        Hit<V> h = lookup(t);
        return h == null ? null : h.value();
    }

    int size() {
        return map.size();
    }

    /**
     * Reads a TSV resource: '#' starts a comment line, blank lines are skipped, columns are split
     * on tabs. Returns the rows (each at least one column).
     */
    static List<String[]> readTsv(String resource) {
        // the shared reader takes classpath names without the leading slash
        List<String[]> rows = Resources.rows(resource.startsWith("/") ? resource.substring(1) : resource);
        for (String[] cols : rows) {
            for (int i = 0; i < cols.length; i++) {
                cols[i] = cols[i].strip();
            }
        }
        return rows;
    }

    /** A table from a TSV resource, keyed by column 0, values built from the row. */
    static <V> WordTable<V> load(String resource, boolean withArticle, Function<String[], V> value) {
        WordTable<V> t = new WordTable<>();
        for (String[] row : readTsv(resource)) {
            V v = value.apply(row);
            if (withArticle) {
                t.putWithArticle(row[0], v);
            } else {
                t.put(row[0], v);
            }
        }
        return t;
    }
}
