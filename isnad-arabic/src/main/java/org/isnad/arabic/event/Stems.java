package org.isnad.arabic.event;

import org.isnad.arabic.text.ArabicNormalizer;
import org.isnad.core.model.Token;

/**
 * Bare normalised stems of tokens and lexicon forms, shared by the event and narrative layers:
 * proclitics are already cut by the tokenizer; the article is stripped here, and
 * {@link #withoutEnclitic} yields the candidates left after cutting an enclitic pronoun.
 * Stateless and thread-safe.
 */
public final class Stems {
    private Stems() {}

    /** Enclitic pronouns, longest first so that "هما" is tried before "ها" and "ه". */
    private static final String[] ENCLITICS = {"هما", "كما", "هم", "هن", "كم", "ها", "نا", "ني", "ه", "ك"};

    /** The token's stem without proclitics and without the article (ال, or the ل left after لل). */
    public static String bare(Token t) {
        String s = t.stem();
        if (t.article()) {
            if (s.startsWith("ال") && s.length() > 3) {
                return s.substring(2);
            }
            if (s.startsWith("ل") && s.length() > 2) {
                return s.substring(1);
            }
        }
        return s;
    }

    /** A lexicon form normalised like token text and without a leading article. */
    public static String bareForm(String form) {
        String n = ArabicNormalizer.normalize(form.strip());
        return n.startsWith("ال") && n.length() > 3 ? n.substring(2) : n;
    }

    /**
     * Candidate stems once an enclitic pronoun is cut from {@code s} (empty when none applies):
     * a final ت is also tried as the teh marbuta it stands for before a suffix (سيطرتها → سيطره),
     * and a final و as the plural ending وا whose alif drops before a suffix (اوجدوها → اوجدوا).
     */
    public static String[] withoutEnclitic(String s) {
        if (s.length() < 4) {
            return NONE;
        }
        for (String e : ENCLITICS) {
            if (s.endsWith(e) && s.length() - e.length() >= 2) {
                String r = s.substring(0, s.length() - e.length());
                char last = r.charAt(r.length() - 1);
                if (last == 'ت') {
                    return new String[] {r, r.substring(0, r.length() - 1) + "ه"};
                }
                if (last == 'و') {
                    return new String[] {r, r + "ا"};
                }
                return new String[] {r};
            }
        }
        return NONE;
    }

    private static final String[] NONE = new String[0];
}
