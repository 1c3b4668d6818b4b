package org.isnad.arabic.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.arabic.resource.Resources;
import org.isnad.arabic.text.ArabicNormalizer;
import org.isnad.core.model.Token;
import org.isnad.core.model.TokenKind;

/**
 * The claim annotator's word lists, read once from {@code isnad/ar/claim/*.tsv} and immutable
 * afterwards (safe to share between threads). Every entry is normalised like the text, and every
 * lookup is a hash lookup on one token's form: its stem ({@link Token#stem()}), tried as written and
 * then with the proclitics و ف (and, for nouns, ب ل ك and the article) removed, then the whole token
 * when the tokenizer cut something the lists do not expect. So it works whether or not the tokenizer
 * has split the proclitics.
 */
final class ClaimLexicon {
    static final String BASE = "isnad/ar/claim/";

    /** A single-token cue: its class (say, report, believe, relay, cont, author, noun) and flags. */
    record Cue(String form, String lemma, String cls, boolean deny, boolean hedge, boolean comp, boolean obj,
               boolean trail, boolean an, boolean ila, boolean min, boolean wasl) {}

    /** A multi-word or nominal marker from {@code phrases.tsv}. */
    record Phrase(String[] words, String cls, boolean hedge) {}

    /** A source head noun or modifier from {@code sources.tsv}. */
    record SourceWord(String type, String key) {}

    /** A fallback actor name from {@code actors.tsv}. */
    record Actor(String[] words, String type, String id) {}

    private final Map<String, Cue> cues = new HashMap<>();
    private final Map<String, List<Phrase>> phrases = new HashMap<>();
    private final Map<String, SourceWord> sources = new HashMap<>();
    private final Map<String, List<Actor>> actors = new HashMap<>();
    private final Map<String, String> functionWords = new HashMap<>();
    private final Map<String, List<String[]>> multiFunction = new HashMap<>();

    ClaimLexicon() {
        for (String[] r : Resources.rows(BASE + "cues.tsv")) {
            List<String> flags = r.length > 4 ? List.of(r[4].trim().split(",")) : List.of();
            String form = norm(r[0]);
            cues.putIfAbsent(form, new Cue(form, norm(r[1]), r[2].trim(), flags.contains("deny"),
                    flags.contains("hedge"), flags.contains("comp"), flags.contains("obj"), flags.contains("trail"),
                    flags.contains("an"), flags.contains("ila"), flags.contains("min"), flags.contains("wasl")));
        }
        for (String[] r : Resources.rows(BASE + "phrases.tsv")) {
            String[] words = norm(r[0]).split(" ");
            phrases.computeIfAbsent(words[0], k -> new ArrayList<>())
                    .add(new Phrase(words, r[1].trim(), r.length > 2 && r[2].contains("hedge")));
        }
        phrases.values().forEach(l -> l.sort((a, b) -> b.words.length - a.words.length));
        for (String[] r : Resources.rows(BASE + "sources.tsv")) {
            sources.put(norm(r[0]), new SourceWord(r[1].trim(), r.length > 2 ? norm(r[2]) : ""));
        }
        for (String[] r : Resources.rows(BASE + "actors.tsv")) {
            String[] words = norm(r[0]).split(" ");
            actors.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Actor(words, r[1].trim(), r[2].trim()));
        }
        actors.values().forEach(l -> l.sort((a, b) -> b.words.length - a.words.length));
        for (String[] r : Resources.rows(BASE + "function-words.tsv")) {
            String w = norm(r[0]);
            if (w.indexOf(' ') > 0) {
                String[] ws = w.split(" ");
                multiFunction.computeIfAbsent(ws[0], k -> new ArrayList<>()).add(new String[] {ws[1], r[1].trim()});
            } else {
                functionWords.putIfAbsent(w, r[1].trim());
            }
        }
    }

    static String norm(String s) {
        return ArabicNormalizer.normalize(s.strip());
    }

    /** The token's form without proclitics already cut by the tokenizer. */
    static String base(Token t) {
        return t.stem();
    }

    private static boolean conj(char c) {
        return c == 'و' || c == 'ف';
    }

    /**
     * Verb-like lookup: the form, then without a leading و or ف. Tried on the stem, then (when the
     * tokenizer cut proclitics the lexicon does not expect, "وزارة" → "زارة") on the whole token.
     */
    Cue cue(Token t) {
        if (t.kind() != TokenKind.WORD) {
            return null;
        }
        Cue c = cueOf(t.stem());
        return c == null && !t.prefixes().isEmpty() ? cueOf(t.norm()) : c;
    }

    private Cue cueOf(String f) {
        Cue c = cues.get(f);
        if (c == null && f.length() > 3 && conj(f.charAt(0))) {
            c = cues.get(f.substring(1));
        }
        return c;
    }

    /** The cue of a verb carrying an object pronoun ("كشفه", "ذكرته"), or null. */
    Cue cueWithObject(Token t) {
        Cue c = cue(t);
        if (c != null || t.kind() != TokenKind.WORD) {
            return c;
        }
        String f = stripConj(base(t));
        for (String suffix : new String[] {"ه", "ها", "هم", "ته"}) {
            if (f.length() > suffix.length() + 2 && f.endsWith(suffix)) {
                String g = f.substring(0, f.length() - suffix.length());
                c = cues.get(g);
                if (c == null && suffix.equals("ته")) {
                    c = cues.get(g + "ت");
                }
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    /**
     * Whether the token is a cue carrying the conjunction و or ف ("وأوضح", "فترى"): cut by the
     * tokenizer into {@link Token#prefixes()}, or still attached.
     */
    boolean cueWithConj(Token t) {
        if (t.kind() != TokenKind.WORD) {
            return false;
        }
        if (!t.prefixes().isEmpty() && cueOf(t.stem()) != null) {
            return conj(t.prefixes().charAt(0));
        }
        Cue c = cueOf(t.norm());
        return c != null && !c.form().equals(t.norm());
    }

    /** Function-word kind of a token (comp, neg, aux, rel, dem, pron, quant, skip, fn) or null. */
    String function(Token t) {
        if (t.kind() != TokenKind.WORD) {
            return null;
        }
        String k = functionOf(t.stem());
        return k == null && !t.prefixes().isEmpty() ? functionOf(t.norm()) : k;
    }

    private String functionOf(String f) {
        String k = functionWords.get(f);
        if (k == null && f.length() > 1 && conj(f.charAt(0))) {
            k = functionWords.get(f.substring(1));
        }
        return k;
    }

    /** Whether the token is a preposition ب ل ك attached to a function word ("بما", "لهذا"). */
    boolean functionAfterPrep(Token t) {
        String f = stripConj(t.norm());
        return f.length() > 2 && (f.charAt(0) == 'ب' || f.charAt(0) == 'ل' || f.charAt(0) == 'ك')
                && functionWords.containsKey(f.substring(1));
    }

    /** Second word and kind of two-word function entries starting with this token ("العديد من"). */
    List<String[]> multiFunction(Token t) {
        List<String[]> l = multiFunction.get(stripConj(base(t)));
        if (l == null && !t.prefixes().isEmpty()) {
            l = multiFunction.get(stripConj(t.norm()));
        }
        return l == null ? List.of() : l;
    }

    /** Phrases whose first word is this token (longest first). */
    List<Phrase> phrases(Token t) {
        if (t.kind() != TokenKind.WORD) {
            return List.of();
        }
        List<Phrase> l = phrasesOf(t.stem());
        if (l == null && !t.prefixes().isEmpty()) {
            l = phrasesOf(t.norm());
        }
        return l == null ? List.of() : l;
    }

    private List<Phrase> phrasesOf(String f) {
        List<Phrase> l = phrases.get(f);
        if (l == null && f.length() > 2 && conj(f.charAt(0))) {
            l = phrases.get(f.substring(1));
        }
        return l;
    }

    /** Whether a later word of a phrase matches the token (و ف allowed). */
    static boolean wordMatches(String word, Token t) {
        return formMatches(word, base(t)) || !t.prefixes().isEmpty() && formMatches(word, t.norm());
    }

    private static boolean formMatches(String word, String f) {
        return f.equals(word) || (f.length() > 1 && conj(f.charAt(0)) && f.substring(1).equals(word));
    }

    /** Source head or modifier: the form, without و ف, without ب ل ك, without the article. */
    SourceWord source(Token t) {
        if (t.kind() != TokenKind.WORD) {
            return null;
        }
        SourceWord w = sourceOf(base(t));
        return w == null && !t.prefixes().isEmpty() ? sourceOf(t.norm()) : w;
    }

    private SourceWord sourceOf(String form) {
        for (Form f : nounForms(form)) {
            SourceWord w = sources.get(f.s());
            if (w != null) {
                return w;
            }
        }
        return null;
    }

    /** Actors whose first word is this token in one of its noun forms. */
    List<Actor> actors(Token t) {
        if (t.kind() != TokenKind.WORD) {
            return List.of();
        }
        List<Actor> out = actorsOf(base(t));
        return out.isEmpty() && !t.prefixes().isEmpty() ? actorsOf(t.norm()) : out;
    }

    private List<Actor> actorsOf(String form) {
        List<Actor> out = null;
        for (Form f : nounForms(form)) {
            if (f.articleCut()) {
                continue; // actor names carry their article: "السورية" is not "سورية"
            }
            List<Actor> l = actors.get(f.s());
            if (l != null) {
                if (out == null) {
                    out = l;
                } else {
                    out = new ArrayList<>(out);
                    out.addAll(l);
                }
            }
        }
        return out == null ? List.of() : out;
    }

    /** Whether a non-initial actor word matches the token (article-bearing or bare). */
    static boolean actorWordMatches(String word, Token t) {
        return t.kind() == TokenKind.WORD && (base(t).equals(word) || t.norm().equals(word));
    }

    static String stripConj(String f) {
        return f.length() > 2 && conj(f.charAt(0)) ? f.substring(1) : f;
    }

    /** A candidate noun form and how many proclitic letters (not the article) were removed for it. */
    record Form(String s, int cut, boolean articleCut) {}

    /**
     * Candidate noun forms, most literal first: as written; without و/ف; without a following
     * preposition ب ل ك ("للوكالة" → "الوكالة", cut 1: the span keeps the article's lam); each also
     * without the article (same cut).
     */
    static List<Form> nounForms(String f) {
        List<Form> out = new ArrayList<>(6);
        addWithArticleVariants(out, f, 0);
        String g = f;
        int cut = 0;
        if (g.length() > 2 && conj(g.charAt(0))) {
            g = g.substring(1);
            cut = 1;
            addWithArticleVariants(out, g, cut);
        }
        if (g.length() > 2) {
            char c = g.charAt(0);
            if (c == 'ل' && g.startsWith("لل") && g.length() > 3) {
                addWithArticleVariants(out, "ا" + g.substring(1), cut + 1);
            } else if (c == 'ب' || c == 'ل' || c == 'ك') {
                addWithArticleVariants(out, g.substring(1), cut + 1);
            }
        }
        return out;
    }

    private static void addWithArticleVariants(List<Form> out, String f, int cut) {
        out.add(new Form(f, cut, false));
        if (f.startsWith("ال") && f.length() > 3) {
            out.add(new Form(f.substring(2), cut, true));
        }
    }

    /**
     * Proclitic letters to cut from the token for a span, given which forms count as known words;
     * -1 when the tokenizer's own cut ({@link Token#stemStart()}) is to be used.
     */
    int cut(Token t) {
        if (!t.prefixes().isEmpty() && knownNounOrWord(t.stem())) {
            return -1;
        }
        String b = t.norm();
        for (Form f : nounForms(b)) {
            if (sources.containsKey(f.s()) || actors.containsKey(f.s()) || functionWords.containsKey(f.s())) {
                return f.cut();
            }
        }
        // unknown word: cut only proclitics in front of the article
        for (Form f : nounForms(b)) {
            if (f.cut() > 0 && f.s().startsWith("ال")) {
                return f.cut();
            }
        }
        return !t.prefixes().isEmpty() ? -1 : 0;
    }

    private boolean knownNounOrWord(String f) {
        for (Form x : nounForms(f)) {
            if (sources.containsKey(x.s()) || actors.containsKey(x.s()) || functionWords.containsKey(x.s())) {
                return true;
            }
        }
        return false;
    }

    /** The token's noun form without clitics and article (for keys). */
    static String bare(Token t) {
        List<Form> fs = nounForms(base(t));
        return fs.get(fs.size() - 1).s();
    }

    /** Whether the token carries the article (after و ف ب ل). */
    static boolean definite(Token t) {
        if (t.article()) {
            return true;
        }
        String f = stripConj(base(t));
        return f.startsWith("ال") || (f.startsWith("لل") && f.length() > 3)
                || ((f.startsWith("بال") || f.startsWith("كال")) && f.length() > 4);
    }

    /** Whether f (without و ف) is a known noun only after cutting a leading ب ل ك ("لوكالة", "لسبوتنيك"). */
    boolean knownAfterPrep(String f) {
        if (knownNoun(f) || f.length() < 3) {
            return false;
        }
        char c = f.charAt(0);
        return (c == 'ب' || c == 'ل' || c == 'ك') && knownNoun(f.substring(1));
    }

    private boolean knownNoun(String f) {
        if (sources.containsKey(f) || actors.containsKey(f)) {
            return true;
        }
        return f.startsWith("ال") && f.length() > 3 && (sources.containsKey(f.substring(2)) || actors.containsKey(f.substring(2)));
    }
}
