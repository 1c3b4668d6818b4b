package org.isnad.arabic.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.isnad.arabic.text.ArabicNormalizer;
import org.isnad.core.model.Document;
import org.isnad.core.model.Layer;
import org.isnad.core.model.NormalizedText;
import org.isnad.core.model.Quantity;
import org.isnad.core.model.Span;
import org.isnad.core.model.Token;
import org.isnad.core.model.TokenKind;
import org.isnad.core.pipeline.Annotator;

/**
 * Finds quantities in Arabic text: a number (digits, number words, vague plurals, fractions), an
 * optional range end, the approximators around it and the unit or counted noun after it.
 *
 * <p>Contract (gold SCHEMA "quantities" and NOTES "Quantities and times"):
 * <ul>
 *   <li>the span covers a preceding approximator ("حوالي", "مايقارب", "أكثر من"; approx = true), the
 *       number (with a separate article "ال" or brackets around digits: "ال(٦٠)"), the range end
 *       ("٧ الى ٩ مليار", "بين 5 و 10"; the scale of the end applies to a bare start), and the unit or
 *       the counted noun with its adjectives ("آلية عسكرية مدرعة"); attached proclitics of the first
 *       word (the ف of "فحوالي", the ب of "بملايين") are left out;</li>
 *   <li>units: currencies (ISO code, or a generic name such as {@code riyal} when no country is
 *       named), {@code percent}, time units ({@code hour}, {@code day}, {@code year} ...), measures
 *       ({@code km}, {@code ton} ...), else {@code count} with {@code counted} in English from the
 *       counted-noun lexicon (null when the noun is unknown); "نصف", "ربع", "ثلث" alone are
 *       {@code fraction};</li>
 *   <li>vague amounts take their lower bound with approx true ("مئات" 100, "العشرات" 10,
 *       "ملايين الدولارات" 1e6 USD);</li>
 *   <li>not quantities: identifiers after cue words ("رقم 2170", "إف-16"), years (a four-digit
 *       1900–2100 number without a unit, or any number after "عام"), dates (next to a month name,
 *       "2021 - 02 - 14", a Hijri era mark), clock times, phone-like digit strings, ordinals, duals,
 *       "العديد"/"عدد من", and ambiguous single words ("ست", "واحد") without a unit.</li>
 * </ul>
 * Requires {@link Layer#TOKENS}; uses {@link Layer#NORMALIZED} when present to place spans after
 * proclitics. Token-driven hash lookups only; lexicons (resources under {@code isnad/ar/quantity/})
 * are loaded once in the constructor. Immutable and thread-safe.
 */
public final class QuantityAnnotator implements Annotator {

    private static final String RES = "/isnad/ar/quantity/";

    enum UnitKind { CURRENCY, PERCENT, MEASURE, COUNT }

    /** A unit; {@code singular} marks the first (singular) form of a counted noun's line. */
    record Unit(UnitKind kind, String code, String english, boolean singular) {}

    private final NumberParser numbers;
    private final WordTable<Double> fractions;
    private final PhraseTable<Boolean> approxBefore = new PhraseTable<>();
    private final PhraseTable<Boolean> approxAfter = new PhraseTable<>();
    private final PhraseTable<Unit> units = new PhraseTable<>();
    private final WordTable<String> adjectives = new WordTable<>();
    private final WordTable<String> cues = new WordTable<>();

    public QuantityAnnotator() {
        numbers = NumberParser.load();
        fractions = WordTable.load(RES + "fractions.tsv", false, row -> Double.parseDouble(row[1]));
        for (String[] row : WordTable.readTsv(RES + "approximators.tsv")) {
            (row[1].equals("after") ? approxAfter : approxBefore).add(row[0], Boolean.TRUE);
        }
        approxBefore.build();
        approxAfter.build();
        for (String[] row : WordTable.readTsv(RES + "units.tsv")) {
            UnitKind k = row[1].equals("percent") ? UnitKind.PERCENT : UnitKind.MEASURE;
            addUnitForms(row[0], new Unit(k, row[1], null, false), false, false);
        }
        for (String[] row : WordTable.readTsv(RES + "currencies.tsv")) {
            addUnitForms(row[0], new Unit(UnitKind.CURRENCY, row[1], null, false), true, false);
        }
        for (String[] row : WordTable.readTsv(RES + "counted.tsv")) {
            boolean acc = !(row.length > 2 && row[2].equals("noacc"));
            addUnitForms(row[0], new Unit(UnitKind.COUNT, "count", row[1], false), false, acc);
        }
        units.build();
        for (String[] row : WordTable.readTsv(RES + "adjectives.tsv")) {
            String base = ArabicNormalizer.normalize(row[0]);
            adjectives.putWithArticle(base, row[1]);
            if (base.endsWith("ي") || !base.endsWith("ه") && !base.endsWith("ا")) {
                for (String suffix : new String[] {"ه", "ون", "ين", "ات", "ا"}) {
                    adjectives.putWithArticle(base + suffix, row[1]);
                }
            }
        }
        for (String[] row : WordTable.readTsv(RES + "cues.tsv")) {
            cues.put(row[0].split(" ")[0], row[1]);
        }
    }

    /**
     * Adds every form of one lexicon line: as written, with the article on the first word (on every
     * word when {@code articleOnAll}, as in "الريال السعودي"), and counted nouns in the accusative
     * ("قتيلا", "جنديا"; units list theirs, since "كما" is not "كم" + ا).
     */
    private void addUnitForms(String forms, Unit plural, boolean articleOnAll, boolean accusative) {
        boolean firstForm = true;
        for (String form : forms.split("\\|")) {
            Unit unit = firstForm && plural.kind() == UnitKind.COUNT
                    ? new Unit(plural.kind(), plural.code(), plural.english(), true) : plural;
            firstForm = false;
            String f = ArabicNormalizer.normalize(form.strip());
            if (f.isEmpty()) {
                continue;
            }
            units.add(f, unit);
            String[] w = f.split(" ");
            if (Character.isLetter(f.charAt(0))) {
                StringBuilder def = new StringBuilder();
                for (int k = 0; k < w.length; k++) {
                    if (k > 0) {
                        def.append(' ');
                    }
                    boolean add = (k == 0 || articleOnAll) && !w[k].startsWith("ال");
                    def.append(add ? "ال" : "").append(w[k]);
                }
                units.add(def.toString(), unit);
                if (accusative && w.length == 1 && f.length() > 2
                        && !endsWithAny(f, "ا", "ه", "و", "ء", "ين", "ون", "ات")) {
                    units.add(f + "ا", unit);
                }
            }
        }
    }

    private static boolean endsWithAny(String s, String... ends) {
        for (String e : ends) {
            if (s.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layer.QUANTITIES);
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.TOKENS);
    }

    @Override
    public Document annotate(Document doc) {
        return doc.with(Layer.QUANTITIES, find(doc.tokens(), doc.getOr(Layer.NORMALIZED, null), doc.text()));
    }

    /** The quantities in {@code tokens} (spans into {@code text}; {@code nt} may be null). */
    public List<Quantity> find(List<Token> tokens, NormalizedText nt, String text) {
        List<Quantity> out = new ArrayList<>();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            i = tryAt(tokens, i, nt, text, out);
        }
        return out;
    }

    private static boolean isOpen(Token t) {
        return t.kind() == TokenKind.QUOTE || t.norm().equals("(") || t.norm().equals("[");
    }

    private static boolean isClose(Token t) {
        return t.kind() == TokenKind.QUOTE || t.norm().equals(")") || t.norm().equals("]");
    }

    private String cue(List<Token> tokens, int k) {
        return k >= 0 && k < tokens.size() && tokens.get(k).kind() == TokenKind.WORD ? cues.value(tokens.get(k)) : null;
    }

    /** Tries a quantity at token {@code i}; adds it to {@code out}; returns the next token to try. */
    private int tryAt(List<Token> tokens, int i, NormalizedText nt, String text, List<Quantity> out) {
        int n = tokens.size();
        boolean approx = false;
        int j = i;
        int startPrefix = 0;
        PhraseTable.Match<Boolean> before = approxBefore.match(tokens, i);
        if (before != null) {
            approx = true;
            startPrefix = before.prefixLen();
            j = before.end();
        }
        int coreStart = j;
        // A separate article ("الـ 1500" -> "ال" "1500") or brackets around digits belong to the number.
        if (j + 1 < n && tokens.get(j).norm().equals("ال")
                && (tokens.get(j + 1).kind() == TokenKind.NUMBER || isOpen(tokens.get(j + 1)))) {
            j++;
        }
        int numFirst = j;
        double value;
        Double max = null;
        int end;
        boolean digits = false;
        boolean vague = false;
        boolean fraction = false;
        boolean ambiguous = false;
        if (j + 2 < n && isOpen(tokens.get(j)) && tokens.get(j + 1).kind() == TokenKind.NUMBER
                && isClose(tokens.get(j + 2))) {
            value = NumberParser.digitValue(tokens.get(j + 1).norm());
            if (Double.isNaN(value)) {
                return i + 1;
            }
            numFirst = j + 1;
            digits = true;
            end = j + 3;
            double s = end < n ? numbers.scaleOf(tokens.get(end)) : 0;
            if (s > 0) {
                // "أكثر من «3» آلاف"
                value *= s;
                end++;
            }
        } else {
            Optional<NumberParser.NumberMatch> m = numbers.parse(tokens, j);
            if (m.isPresent()) {
                value = m.get().value();
                end = m.get().endToken();
                digits = numbers.isNumberToken(tokens.get(j)) && firstIsDigits(tokens.get(j));
                ambiguous = numbers.isAmbiguousAlone(tokens, j, m.get());
                if (ambiguous && value == 1) {
                    // "واحد"/"أحد" alone: an adjective after its noun ("خندق واحد") or "one of"; never a count.
                    return end;
                }
            } else {
                Optional<NumberParser.NumberMatch> v = numbers.parseVague(tokens, j);
                if (v.isPresent()) {
                    value = v.get().value();
                    end = v.get().endToken();
                    vague = true;
                    approx = true;
                } else {
                    WordTable.Hit<Double> f = tokens.get(j).kind() == TokenKind.WORD ? fractions.lookup(tokens.get(j)) : null;
                    if (f == null || (f.prefixLen() == 1 && tokens.get(j).norm().charAt(0) == 'و')) {
                        // "سنتين ونصف": "and a half" belongs to the amount before it.
                        return i + 1;
                    }
                    double s = j + 1 < n ? numbers.scaleOf(tokens.get(j + 1)) : 0;
                    if (s > 0) {
                        value = f.value() * s;
                        end = j + 2;
                    } else {
                        value = f.value();
                        end = j + 1;
                        fraction = true;
                    }
                }
            }
        }
        int spanFirst = before != null ? i : coreStart;
        int prevIdx = spanFirst - 1;
        // Identifiers, clock times, dates: skip the whole number.
        String prevCue = cue(tokens, prevIdx);
        if ("id".equals(prevCue) || "clock".equals(prevCue) || "month".equals(prevCue)
                || (digits && "year".equals(prevCue))) {
            return end;
        }
        if (digits && before == null && isModelNumber(tokens, prevIdx)) {
            return end;
        }
        if (digits) {
            int chainEnd = dateChainEnd(tokens, numFirst);
            if (chainEnd > 0) {
                return chainEnd;
            }
            if (end + 1 < n && tokens.get(end).norm().equals(":") && tokens.get(end + 1).kind() == TokenKind.NUMBER) {
                return end + 2;
            }
            if (numFirst >= 2 && tokens.get(numFirst - 1).norm().equals(":")
                    && tokens.get(numFirst - 2).kind() == TokenKind.NUMBER) {
                return end;
            }
            // "5+1" (a negotiating group), "+966...": not a count.
            if ((numFirst > 0 && tokens.get(numFirst - 1).norm().equals("+"))
                    || (end < n && tokens.get(end).norm().equals("+"))) {
                return end;
            }
            if (isPhoneLike(tokens.get(numFirst))) {
                return end;
            }
        }
        String nextCue = cue(tokens, end);
        if ("month".equals(nextCue) || "era".equals(nextCue) || "clockafter".equals(nextCue)) {
            return end + 1;
        }
        // "الحادي عشر", "الثالث عشر": عشر after an ordinal is part of the ordinal.
        if (!digits && value == 10 && prevIdx >= 0 && tokens.get(prevIdx).norm().startsWith("ال")
                && end == numFirst + 1) {
            return end;
        }
        boolean yearLike = digits && end == numFirst + 1 && isYearLike(tokens.get(numFirst));

        // Range: "٧ الى ٩ مليار", "من 5 إلى 10", "بين 5 و 10", "5-10".
        if (!vague && !fraction && end < n) {
            int yStart = rangeEndStart(tokens, end, prevIdx, digits);
            if (yStart >= 0 && sameLine(tokens, yStart, text)) {
                Optional<NumberParser.NumberMatch> y = numbers.parse(tokens, yStart);
                if (y.isPresent()) {
                    double x = value;
                    double s = numbers.scaleOf(tokens.get(y.get().endToken() - 1));
                    if (s > 0 && !hasScale(tokens, numFirst, end) && x < s && x * s <= y.get().value()) {
                        x *= s;
                    }
                    if (y.get().value() > x) {
                        value = x;
                        max = y.get().value();
                        end = y.get().endToken();
                        ambiguous = false;
                        yearLike = false;
                        if ("month".equals(cue(tokens, end))) {
                            return end + 1; // "9-10 يونيو": days of a month
                        }
                    }
                }
            }
        }

        // Unit or counted noun, possibly after "من" ("العشرات من الدول").
        String unit = fraction ? "fraction" : "count";
        String counted = null;
        PhraseTable.Match<Unit> um = end < n && sameLine(tokens, end, text) ? units.match(tokens, end) : null;
        if (um != null && um.prefixLen() > 0) {
            um = null;
        }
        if (um == null && end + 1 < n && tokens.get(end).norm().equals("من") && !fraction) {
            PhraseTable.Match<Unit> m2 = units.match(tokens, end + 1);
            // "اثنان من عناصر", "العشرات من الدول"; not "12 من تنظيم داعش", "45 من الجيش" (a singular).
            if (m2 != null && m2.prefixLen() == 0
                    && (m2.value().kind() == UnitKind.COUNT || m2.value().kind() == UnitKind.CURRENCY)
                    && !m2.value().singular()) {
                um = m2;
            }
        }
        if (um != null) {
            Unit u = um.value();
            if (fraction) {
                // "نصف ساعة" is half an hour; "نصف الحدود" stays a bare fraction.
                if (u.kind() == UnitKind.MEASURE) {
                    unit = u.code();
                    end = um.end();
                }
            } else {
                unit = u.code();
                end = um.end();
                if (u.kind() == UnitKind.COUNT) {
                    StringBuilder adj = new StringBuilder();
                    end = extendAdjectives(tokens, end, adj, u.english());
                    counted = adj.length() == 0 ? u.english() : adj + u.english();
                }
            }
        } else if (digits && numFirst == spanFirst && numFirst > 0 && tokens.get(numFirst - 1).norm().equals("%")
                && tokens.get(numFirst - 1).end() == tokens.get(numFirst).start()) {
            // "%50": the sign typed before the digits in right-to-left text
            unit = "percent";
            spanFirst = numFirst - 1;
        } else if ((yearLike || ambiguous) && !approx) {
            return end;
        } else if (ambiguous) {
            return end;
        } else if (digits && before == null && max == null && end == numFirst + 1
                && (isListMarker(tokens, spanFirst, end, text)
                || (spanFirst == numFirst && isLabelNumber(tokens, prevIdx, end)))) {
            return end;
        }
        if (end < n) {
            PhraseTable.Match<Boolean> after = approxAfter.match(tokens, end);
            if (after != null && (after.prefixLen() == 0)) {
                approx = true;
                end = after.end();
            }
        }
        Token firstTok = tokens.get(spanFirst);
        int prefix = before != null ? startPrefix
                : spanFirst == numFirst ? prefixOf(firstTok) : 0;
        int start = offsetAfter(firstTok, prefix, nt, text);
        int stop = tokens.get(end - 1).end();
        if (stop <= start) {
            return end;
        }
        out.add(new Quantity(new Span(start, stop), value, max, unit, approx, counted));
        return end;
    }

    /** "1 - حادث ...", "2) ...": a bare number opening a line and followed by a dash, bracket or dot. */
    private static boolean isListMarker(List<Token> tokens, int first, int end, String text) {
        if (end >= tokens.size()) {
            return false;
        }
        String next = tokens.get(end).norm();
        if (!next.equals("-") && !next.equals(")") && !next.equals(".")) {
            return false;
        }
        return first == 0 || !sameLine(tokens, first, text) || tokens.get(first - 1).norm().equals(":")
                || tokens.get(first - 1).norm().equals(".");
    }

    /**
     * "الجناح 432", "اللواء 93": bare digits right after a definite noun, with no unit, followed by
     * punctuation, a function word or another definite word, name a unit or a document rather than
     * count something (a counted noun after a number is indefinite).
     */
    private boolean isLabelNumber(List<Token> tokens, int prevIdx, int end) {
        if (prevIdx < 0) {
            return false;
        }
        Token p = tokens.get(prevIdx);
        if (p.kind() != TokenKind.WORD || !p.norm().startsWith("ال") || p.norm().length() < 4) {
            return false;
        }
        if (end < tokens.size() && tokens.get(end).kind() == TokenKind.WORD) {
            // "قتل التنظيم 14 شخصا", "دمر الجيش 14 دبابة" count; "الجناح 432 عن الحملة" names.
            // An unknown word with a likely proclitic ("2170 بمحاربة", "2261 وجهود") is not counted either.
            Token nx = tokens.get(end);
            char c0 = nx.norm().charAt(0);
            return nx.norm().startsWith("ال") || "func".equals(cues.value(nx))
                    || c0 == 'و' || c0 == 'ب' || c0 == 'ل' || c0 == 'ف';
        }
        return true;
    }

    /** Whether no line break separates token {@code k} from the token before it (a title ends there). */
    private static boolean sameLine(List<Token> tokens, int k, String text) {
        if (k <= 0 || k >= tokens.size()) {
            return true;
        }
        int from = tokens.get(k - 1).end();
        int to = tokens.get(k).start();
        for (int o = from; o < to; o++) {
            if (text.charAt(o) == '\n') {
                return false;
            }
        }
        return true;
    }

    private int prefixOf(Token t) {
        if (t.kind() != TokenKind.WORD) {
            return 0;
        }
        int p = numbers.prefixLength(t);
        if (p == 0) {
            WordTable.Hit<Double> f = fractions.lookup(t);
            if (f != null) {
                p = f.prefixLen();
            }
        }
        return p;
    }

    private static boolean firstIsDigits(Token t) {
        if (t.kind() == TokenKind.NUMBER) {
            return true;
        }
        String s = t.norm();
        char c = s.charAt(s.length() - 1);
        return c >= '0' && c <= '9';
    }

    private boolean hasScale(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (numbers.scaleOf(tokens.get(k)) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Where the second number of a range starts after the first ends at {@code k}, or -1. */
    private int rangeEndStart(List<Token> tokens, int k, int prevIdx, boolean digits) {
        int n = tokens.size();
        Token c = tokens.get(k);
        String s = c.norm();
        WordTable.Hit<String> h = c.kind() == TokenKind.WORD ? cues.lookup(c) : null;
        if (h != null && h.prefixLen() == 0 && h.value().equals("rangeto") && k + 1 < n) {
            return k + 1;
        }
        if (s.equals("-") && digits && k + 1 < n && tokens.get(k + 1).kind() == TokenKind.NUMBER) {
            return k + 1;
        }
        boolean between = "between".equals(cue(tokens, prevIdx));
        if (!between) {
            return -1;
        }
        if (s.equals("و") && k + 1 < n) {
            return k + 1;
        }
        if (c.kind() == TokenKind.WORD && s.startsWith("و") && numbers.isNumberToken(c) && numbers.prefixLength(c) == 1) {
            return k;
        }
        return -1;
    }

    /**
     * Extends a counted noun over the adjectives after it ("عسكرية مدرعة ومصفحة"); writes their English
     * (last Arabic adjective first, repeats dropped) followed by a space into {@code english}.
     */
    private int extendAdjectives(List<Token> tokens, int k, StringBuilder english, String noun) {
        int n = tokens.size();
        List<String> found = null;
        while (k < n && tokens.get(k).kind() == TokenKind.WORD) {
            WordTable.Hit<String> h = adjectives.lookup(tokens.get(k));
            if (h == null || (h.prefixLen() > 0 && !(found != null && tokens.get(k).norm().startsWith("و")
                    && h.prefixLen() == 1))) {
                break;
            }
            if (found == null) {
                found = new ArrayList<>(3);
            }
            found.add(h.value());
            k++;
        }
        if (found != null) {
            String last = null;
            for (int a = found.size() - 1; a >= 0; a--) {
                String e = found.get(a);
                if (!e.equals(last) && !noun.contains(e)) {
                    english.append(e).append(' ');
                }
                last = e;
            }
        }
        return k;
    }

    /** "إف-16", "F-16", "S 400": a number after a Latin word or a model cue and a dash. */
    private boolean isModelNumber(List<Token> tokens, int prevIdx) {
        if (prevIdx < 0) {
            return false;
        }
        Token p = tokens.get(prevIdx);
        if (p.kind() == TokenKind.WORD && isLatin(p.norm())) {
            return true;
        }
        if ((p.norm().equals("-") || p.norm().equals("/")) && prevIdx > 0) {
            Token q = tokens.get(prevIdx - 1);
            return q.kind() == TokenKind.WORD && (isLatin(q.norm()) || "id".equals(cues.value(q)));
        }
        return false;
    }

    private static boolean isLatin(String s) {
        char c = s.charAt(0);
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /**
     * When the number at {@code k} is part of a date or number chain joined by "-", "/" or "."
     * ("2021 - 02 - 14", "14/2/2015", "2014-2015") returns the index after the chain, else -1. A
     * two-number chain counts only when one side looks like a year or has a leading zero, so "5-10"
     * remains a range.
     */
    private static int dateChainEnd(List<Token> tokens, int k) {
        int n = tokens.size();
        int first = k;
        while (first >= 2 && isDateSep(tokens.get(first - 1)) && tokens.get(first - 2).kind() == TokenKind.NUMBER) {
            first -= 2;
        }
        int last = k;
        while (last + 2 < n && isDateSep(tokens.get(last + 1)) && tokens.get(last + 2).kind() == TokenKind.NUMBER) {
            last += 2;
        }
        int count = (last - first) / 2 + 1;
        if (count >= 3) {
            return last + 1;
        }
        if (count == 2) {
            if (tokens.get(first + 1).norm().equals("/")) {
                return last + 1; // "9/9", "24/7": a day/month or a ratio, not an amount
            }
            for (int a = first; a <= last; a += 2) {
                Token t = tokens.get(a);
                if (isYearLike(t) || (t.norm().length() > 1 && t.norm().charAt(0) == '0')) {
                    return last + 1;
                }
            }
        }
        return -1;
    }

    private static boolean isDateSep(Token t) {
        String s = t.norm();
        return s.equals("-") || s.equals("/") || s.equals(".");
    }

    /** A plain four-digit integer between 1900 and 2100. */
    private static boolean isYearLike(Token t) {
        String s = t.norm();
        if (t.kind() != TokenKind.NUMBER || s.length() != 4) {
            return false;
        }
        int y = (s.charAt(0) - '0') * 1000 + (s.charAt(1) - '0') * 100 + (s.charAt(2) - '0') * 10 + (s.charAt(3) - '0');
        return y >= 1900 && y <= 2100;
    }

    /** Digit strings that are phone, serial or clock numbers: seven or more plain digits, or a leading zero. */
    private static boolean isPhoneLike(Token t) {
        String s = t.norm();
        if (t.kind() != TokenKind.NUMBER) {
            return false;
        }
        boolean plain = s.indexOf(',') < 0 && s.indexOf('.') < 0;
        // "05", "01,00" (a clock time): a leading zero before another digit never starts a count.
        boolean leadingZero = s.length() > 1 && s.charAt(0) == '0' && s.charAt(1) >= '0' && s.charAt(1) <= '9';
        return leadingZero || (plain && s.length() >= 7);
    }

    /** Original offset after the first {@code prefixLen} normalised characters of {@code t}. */
    static int offsetAfter(Token t, int prefixLen, NormalizedText nt, String text) {
        if (prefixLen <= 0) {
            return t.start();
        }
        if (!t.prefixes().isEmpty() && prefixLen == t.prefixes().length()) {
            return t.stemStart();
        }
        if (nt != null) {
            int k = nt.fromOriginal(t.start()) + prefixLen;
            return Math.min(nt.toOriginalStart(k), t.end());
        }
        // No offset map: count original characters that survive normalisation.
        int o = t.start();
        int seen = 0;
        while (o < t.end() && seen < prefixLen) {
            if (!ArabicNormalizer.normalize(String.valueOf(text.charAt(o))).isEmpty()) {
                seen++;
            }
            o++;
        }
        while (o < t.end() && ArabicNormalizer.normalize(String.valueOf(text.charAt(o))).isEmpty()) {
            o++;
        }
        return o;
    }
}
