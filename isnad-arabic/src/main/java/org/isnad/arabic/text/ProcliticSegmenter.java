package org.isnad.arabic.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.isnad.core.model.Token;

/**
 * Splits proclitics (conjunctions و ف, prepositions ب ك ل, future س) off Arabic words and flags
 * the article ال, using evidence from a word-form lexicon rather than letter patterns, so that
 * names such as بيروت بغداد بشار كركوك لبنان فرنسا are left whole.
 *
 * <p>Contract of {@link #segment}: given a WORD token, returns a token with
 * <ul>
 *   <li>{@code prefixes}: the cut proclitics in normalised form ("", "و", "ب", "وب", "ول", "وس"…);
 *       at most one conjunction (و or ف) followed by at most one of ب ك ل س;</li>
 *   <li>{@code stemStart}: the ORIGINAL offset of the stem's first letter (marks and tatweel that
 *       follow a cut clitic are skipped when the original text is given);</li>
 *   <li>{@code article}: the stem starts with the article ال, or with the ل left of it after
 *       ل + ال ("للوكالة": prefixes "ل", stem "لوكالة", article true).</li>
 * </ul>
 * A cut is made only where the remainder is attested in the lexicon (directly, after its article,
 * or without a pronoun suffix) and not much rarer than the whole word, where the whole word is not a
 * protected gazetteer name, is not attested after the article itself ("الفكرة": فكرة is a word), and
 * is not in the closed list of function words ({@code clitic-exceptions.tsv}). A conjunction
 * precedes ب ك ل س only when the rest would be cut on its own. س is cut only before an attested
 * imperfective-looking stem (ي ت ن, or ا with four letters or more); ك only before a stem of three
 * letters or more. A conjunction before an unseen stem shaped like a derived verb or verbal noun
 * (ت ي ن م ا… initial) is cut when the whole word is unseen too. With the original text, an alif
 * written with hamza (أ إ آ) is never the article.
 *
 * <p>Measured on UD Arabic-PADT with clitics re-attached ({@link CliticEvaluation}): about 0.993 of
 * words and 0.976 of words starting with و ف ب ل ك س get the gold prefixes.
 *
 * <p>Thread-safe and immutable: {@link #load()} reads the resources once and returns one shared
 * instance; {@code segment} does a few hash look-ups on the token's characters and allocates only
 * the returned token.
 */
public final class ProcliticSegmenter {

    static final String LEXICON = "/isnad/ar/text/wordforms.tsv.gz";
    static final String EXCEPTIONS = "/isnad/ar/text/clitic-exceptions.tsv";
    static final int NAME = 1;
    static final int NO_ARTICLE = 2;
    private static final int ART = 1 << 8;
    private static final int CUT_MASK = 0xFF;

    /**
     * Decision thresholds, tunable for measurement ({@code CliticEvaluation -p name=value}); the
     * defaults were chosen on PADT dev. {@code unseenPrep} (the unseen-stem rule for ب ل) is off:
     * it lost precision on PADT test and risks cutting unseen names.
     */
    record Params(int minEvidence, double ratio, double shortRatio, double sinRatio, int minArticleRest, double definiteWeight,
            boolean unseenConj, boolean unseenPrep, boolean familyEvidence, int kafMinEvidence,
            int yaStemMinEvidence) {
        static final Params DEFAULT = new Params(1, 10.0, 1.0, 1.0, 3, 5.0, true, false, true, 3, 20);

        /** A copy with one threshold changed ({@code key} is a component name). */
        Params with(String key, String v) {
            return new Params(key.equals("minEvidence") ? Integer.parseInt(v) : minEvidence,
                    key.equals("ratio") ? Double.parseDouble(v) : ratio,
                    key.equals("shortRatio") ? Double.parseDouble(v) : shortRatio,
                    key.equals("sinRatio") ? Double.parseDouble(v) : sinRatio,
                    key.equals("minArticleRest") ? Integer.parseInt(v) : minArticleRest,
                    key.equals("definiteWeight") ? Double.parseDouble(v) : definiteWeight,
                    key.equals("unseenConj") ? Boolean.parseBoolean(v) : unseenConj,
                    key.equals("unseenPrep") ? Boolean.parseBoolean(v) : unseenPrep,
                    key.equals("familyEvidence") ? Boolean.parseBoolean(v) : familyEvidence,
                    key.equals("kafMinEvidence") ? Integer.parseInt(v) : kafMinEvidence,
                    key.equals("yaStemMinEvidence") ? Integer.parseInt(v) : yaStemMinEvidence);
        }
    }

    private static final class Holder {
        static final ProcliticSegmenter SHARED = new ProcliticSegmenter(readLexicon(), readExceptions(), Params.DEFAULT);
    }

    /** The possible prefix strings, so that a cut prefix is a shared constant. */
    private static final String[] CHAINS = {
        "وب", "وك", "ول", "وس", "فب", "فك", "فل", "فس", "و", "ف", "ب", "ك", "ل", "س"
    };

    /** Number of normalised characters each original character yields (0: dropped by normalisation). */
    private static final byte[] WIDTH = buildWidths();

    private final FormTable forms;
    private final FormTable exceptions;
    private final Params params;

    ProcliticSegmenter(FormTable forms, FormTable exceptions, Params params) {
        this.forms = forms;
        this.exceptions = exceptions;
        this.params = params;
    }

    /** Loads the shared, read-only segmenter from the classpath resources (once per JVM). */
    public static ProcliticSegmenter load() {
        return Holder.SHARED;
    }

    /** The same lexicon and exceptions with other thresholds (for measurement). */
    ProcliticSegmenter withParams(Params p) {
        return new ProcliticSegmenter(forms, exceptions, p);
    }

    /** Number of forms in the lexicon. */
    int lexiconSize() {
        return forms.size();
    }

    /**
     * Returns {@code t} with its stem start, cut prefixes and article flag set. Without the original
     * text the stem start is exact when normalisation dropped nothing inside the token; otherwise
     * dropped marks are assumed to belong to the stem (use {@link #segment(Token, CharSequence)}).
     */
    public Token segment(Token t) {
        return segment(t, null);
    }

    /**
     * Like {@link #segment(Token)}, mapping the cut through {@code original} (the document text the
     * token's span refers to), so that marks or tatweel after a clitic ("لـداعش") are skipped.
     */
    public Token segment(Token t, CharSequence original) {
        String w = t.norm();
        int d = decide(w);
        int cut = d & CUT_MASK;
        if (cut == 0 && original != null && conjBeforeHamza(t, w, original)) {
            cut = 1; // "وإلى" is و + إلى although its normal form is that of والي (governor)
        }
        int stemStart = cut == 0 ? t.start() : originalOffset(t, original, cut);
        boolean article = (d & ART) != 0 || hasArticle(w, cut)
                && (original == null || stemStart >= original.length() || isWaslAlif(original.charAt(stemStart)));
        if (cut == 0) {
            return article == t.article() && t.prefixes().isEmpty() && t.stemStart() == t.start()
                    ? t : t.withClitics(t.start(), "", article);
        }
        return t.withClitics(stemStart, prefixOf(w, cut), article);
    }

    /**
     * Whether the original shows و or ف directly before an alif with hamza (أ إ آ): no Arabic word
     * of news use starts so except a conjunction and a hamza word, so the conjunction is cut when the
     * rest is attested.
     */
    private boolean conjBeforeHamza(Token t, String w, CharSequence original) {
        int n = w.length();
        if (n < 3 || (w.charAt(0) != 'و' && w.charAt(0) != 'ف') || w.charAt(1) != 'ا') {
            return false;
        }
        int i = originalOffset(t, original, 1);
        if (i >= t.end()) {
            return false;
        }
        char h = original.charAt(i);
        return (h == 'أ' || h == 'إ' || h == 'آ') && forms.count(forms.find(w, 1, n)) > 0;
    }

    /** The decision for one normalised word: the cut length, with {@link #ART} for an elided article. */
    int decide(String w) {
        return decideFrom(w, 0, true);
    }

    /**
     * The cut for the word {@code w[s..]}. A conjunction followed by a preposition or س is cut only
     * when the word after the conjunction would itself be cut ("وكان" is و + كان, not و + ك + ان).
     */
    private int decideFrom(String w, int s, boolean allowConj) {
        int n = w.length();
        if (n == s || !allowConj && (w.charAt(s) == 'و' || w.charAt(s) == 'ف')) {
            return 0; // one conjunction at most
        }
        int ex = exceptions.find(w, s, n);
        if (ex >= 0) {
            return exceptions.count(ex);
        }
        if (n - s < 3) {
            return 0;
        }
        char c = w.charAt(s);
        if (!isProclitic(c)) {
            return 0;
        }
        int we = forms.find(w, s, n);
        if ((forms.flags(we) & NAME) != 0) {
            return 0;
        }
        // A form that also occurs with the article in front ("الفكره", "الواحد") is a word of its own:
        // proclitics never stand after the article.
        int fw = forms.count(we) + (int) (params.definiteWeight() * definiteCount(w, s, n));
        if (c == 'و' || c == 'ف') {
            int inner = decideFrom(w, s + 1, false);
            if ((inner & CUT_MASK) > 0) {
                int stem = s + 1 + (inner & CUT_MASK);
                int ev = Math.max(forms.count(forms.find(w, s + 1, n)), evidence(w, stem, n, (inner & ART) != 0));
                if (accept(ev, fw, n - s - 1)) {
                    return inner + 1;
                }
            }
            int ev = evidence(w, s + 1, n, false);
            if (ev == 0 && fw == 0 && params.unseenConj() && n - s - 1 >= 4) {
                ev = unseenEvidence(w, s + 1, n);
            }
            return accept(ev, fw, n - s - 1) ? 1 : 0;
        }
        if (c == 'س') {
            return acceptSin(w, s + 1, fw) ? 1 : 0;
        }
        if (c == 'ل' && w.charAt(s + 1) == 'ل' && n - s >= 4) {
            // ل + ال is written "لل" (and ل + الل… too): weigh the stem with its alif restored
            // ("للوكالة" → الوكالة, "للجنة" → اللجنة) against the bare stem ("لليبيا" → ليبيا).
            int bare = forms.count(forms.find(w, s + 1, n));
            int def = Math.max(forms.count(forms.find("ا", w, s + 1, n, '\0')), forms.count(forms.find("ا", w, s, n, '\0')));
            if (bare > def) {
                return accept(bare, fw, n - s - 1) ? 1 : 0;
            }
            if (accept(Math.max(def, evidence(w, s + 1, n, true)), fw, n - s)) {
                return 1 | ART;
            }
        }
        int ev = evidence(w, s + 1, n, false);
        if (ev == 0 && fw == 0 && params.unseenPrep() && n - s - 1 >= 4 && c != 'ك') {
            ev = unseenEvidence(w, s + 1, n);
        }
        if ((c == 'ب' || c == 'ك') && w.charAt(s + 1) == 'ي' && ev < params.yaStemMinEvidence() && fw > 0) {
            // ب ك take nouns, and few nouns start with ي; a seen word like بيلين، كيلي is more likely a name.
            return 0;
        }
        if (c == 'ك' && (n - s - 1 < 3 || ev < params.kafMinEvidence() && !hasArticle(w, s + 1))) {
            // ك before an indefinite stem needs more evidence, and a longer one: ك-initial words are
            // common (كلي، كسر، كوباني) and ك + two letters is rarely a cut.
            return 0;
        }
        return accept(ev, fw, n - s - 1) ? 1 : 0;
    }

    /**
     * For a word that is unseen whole and unseen without its clitic: 1 when the stem has the shape of
     * a derived verb or verbal noun (استـ انـ تـ مـ يـ …), which names rarely have; else 0.
     */
    private int unseenEvidence(String w, int k, int n) {
        char a = w.charAt(k);
        char b = w.charAt(k + 1);
        if (a == 'ت' || a == 'ي' || a == 'ن' || a == 'م') {
            return 1;
        }
        if (a == 'ا' && (b == 'س' || b == 'ن' || b == 'ت' || b == 'ف' || n - k >= 5)) {
            return 1;
        }
        return 0;
    }

    /**
     * How often the word occurs after the article, also without a final ا ي ه ت ن ("فعليا" ← الفعلي,
     * "فرضا" ← الفرض): evidence that it is a word of its own.
     */
    private int definiteCount(String w, int s, int n) {
        int c = forms.count(forms.find("ال", w, s, n, '\0'));
        char last = w.charAt(n - 1);
        if (params.familyEvidence() && n - s >= 4 && (last == 'ا' || last == 'ي' || last == 'ه' || last == 'ت' || last == 'ن')) {
            c += forms.count(forms.find("ال", w, s, n - 1, '\0'));
        }
        return c;
    }

    private boolean accept(int ev, int fw, int stemLen) {
        if (ev < params.minEvidence()) {
            return false;
        }
        if (stemLen <= 2) {
            return ev >= fw * params.shortRatio();
        }
        return ev * params.ratio() >= fw;
    }

    /**
     * Future س: only before an imperfective-looking stem (ي ت ن, or ا of the first person when the
     * stem has four letters or more: "سادت" is a verb of its own) that is attested, or attested
     * without an object suffix when the whole word is unseen, and not rarer than the whole word.
     */
    private boolean acceptSin(String w, int k, int fw) {
        int n = w.length();
        if (n - k < 3) {
            return false;
        }
        char c = w.charAt(k);
        if (c != 'ي' && c != 'ت' && c != 'ن' && !(c == 'ا' && n - k >= 4)) {
            return false;
        }
        int ev = forms.count(forms.find(w, k, n));
        if (ev == 0 && fw == 0 && n - k >= 5 && suffixAttested(w, k, n)) {
            ev = 1;
        }
        return ev >= params.minEvidence() && ev >= fw * params.sinRatio();
    }

    /**
     * Evidence for the stem {@code w[k, n)} (with {@code elided}: for "ا" + {@code w[k, n)}, the
     * article whose alif fell after ل): its count, or that of its rest after an article, or of the
     * stem without a pronoun or plural suffix when the stem itself is unseen.
     */
    private int evidence(String w, int k, int n, boolean elided) {
        int c = forms.count(elided ? forms.find("ا", w, k, n, '\0') : forms.find(w, k, n));
        int r = elided ? k + 1 : k + 2;
        boolean art = elided || (n - k >= 4 && w.charAt(k) == 'ا' && w.charAt(k + 1) == 'ل');
        if (art && n - r >= 2) {
            c = Math.max(c, forms.count(forms.find(w, r, n)));
            // An unseen ال-word of three or more letters after a proclitic is still almost surely one.
            if (c == 0 && n - r >= params.minArticleRest()) {
                c = 1;
            }
        }
        if (c == 0 && !elided && n - k >= 5 && suffixAttested(w, k, n)) {
            c = 1;
        }
        return c;
    }

    private static final String[] SUFFIXES = {"هما", "ها", "هم", "هن", "كم", "نا", "ه", "ي", "ك", "ات", "ون", "ين", "ان"};

    /** Whether {@code w[k, n)} is an attested form plus a pronoun or plural suffix (ت of ة restored). */
    private boolean suffixAttested(String w, int k, int n) {
        for (String suf : SUFFIXES) {
            int e = n - suf.length();
            if (e - k < 3 || !w.startsWith(suf, e)) {
                continue;
            }
            if (forms.count(forms.find(w, k, e)) > 0) {
                return true;
            }
            if (w.charAt(e - 1) == 'ت' && suf.charAt(0) != 'ا' && suf.charAt(0) != 'و' && suf.charAt(0) != 'ي'
                    && forms.count(forms.find("", w, k, e - 1, 'ه')) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the stem {@code w[cut..]} starts with the article: ال followed by an attested form or by
     * three or more letters, and not a listed hamza word whose alif normalisation merged (ألمانيا).
     */
    private boolean hasArticle(String w, int cut) {
        int n = w.length();
        if (n - cut < 4 || w.charAt(cut) != 'ا' || w.charAt(cut + 1) != 'ل') {
            return false;
        }
        if ((exceptions.flags(exceptions.find(w, cut, n)) & NO_ARTICLE) != 0) {
            return false;
        }
        return n - cut - 2 >= params.minArticleRest() || forms.count(forms.find(w, cut + 2, n)) > 0;
    }

    /** The article's alif is hamzat al-wasl: written bare (or as ٱ), never with a hamza sign. */
    private static boolean isWaslAlif(char c) {
        return c != 'أ' && c != 'إ' && c != 'آ';
    }

    private static boolean isProclitic(char c) {
        return c == 'و' || c == 'ف' || c == 'ب' || c == 'ك' || c == 'ل' || c == 'س';
    }

    /** The cut prefix as a shared constant (no allocation per token). */
    private static String prefixOf(String w, int cut) {
        for (String chain : CHAINS) {
            if (chain.length() == cut && w.startsWith(chain)) {
                return chain;
            }
        }
        return w.substring(0, cut); // only for unusual exception entries
    }

    /** The original offset after {@code cut} normalised characters of {@code t}, skipping dropped marks. */
    static int originalOffset(Token t, CharSequence original, int cut) {
        int start = t.start();
        int end = t.end();
        if (original == null) {
            return Math.min(start + cut, end);
        }
        int i = start;
        int seen = 0;
        while (i < end && seen < cut) {
            char c = original.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < end) {
                seen += 2;
                i += 2;
            } else {
                seen += WIDTH[c];
                i++;
            }
        }
        while (i < end && WIDTH[original.charAt(i)] == 0) {
            i++;
        }
        return i;
    }

    private static byte[] buildWidths() {
        byte[] w = new byte[0x10000];
        for (int c = 0; c < w.length; c++) {
            if (Character.isSurrogate((char) c)) {
                w[c] = 1;
                continue;
            }
            // Ask the normaliser itself, so the widths cannot drift from its contract.
            w[c] = (byte) ArabicNormalizer.normalize(String.valueOf((char) c)).length();
        }
        return w;
    }

    static FormTable readLexicon() {
        FormTable.Builder b = new FormTable.Builder();
        try (InputStream in = resource(LEXICON);
             BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                int t1 = line.indexOf('\t');
                int t2 = line.indexOf('\t', t1 + 1);
                String form = line.substring(0, t1);
                int count = Integer.parseInt(line.substring(t1 + 1, t2 < 0 ? line.length() : t2));
                int flags = t2 >= 0 && line.indexOf(LexiconBuilder.NAME_FLAG, t2) > 0 ? NAME : 0;
                b.add(form, count, flags);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.build();
    }

    /**
     * Closed-class words: {@code form TAB prefixes ["noart"]} ("-" = no cut; "noart": an ال-initial
     * word without the article); the count field holds the cut length.
     */
    static FormTable readExceptions() {
        FormTable.Builder b = new FormTable.Builder();
        try (InputStream in = resource(EXCEPTIONS);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                String[] c = line.split("\\s+");
                String form = ArabicNormalizer.normalize(c[0]);
                String pre = c.length > 1 && !c[1].equals("-") ? ArabicNormalizer.normalize(c[1]) : "";
                if (!form.startsWith(pre)) {
                    throw new IllegalStateException("bad exception line: " + line);
                }
                b.add(form, pre.length(), c.length > 2 && c[2].equals("noart") ? NO_ARTICLE : 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.build();
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = ProcliticSegmenter.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource " + name);
        }
        return in;
    }
}
