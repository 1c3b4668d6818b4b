package org.isnad.arabic.quantity;

import java.util.List;
import java.util.Optional;
import org.isnad.core.model.Token;
import org.isnad.core.model.TokenKind;

/**
 * Reads Arabic number expressions from a token list: digits and number words in their masculine,
 * feminine, case and construct forms, compounds joined with و, and scales.
 *
 * <p>Contract of {@link #parse(List, int)}: the expression starts at token {@code i} and its first
 * token may carry proclitics (و ف ب ل ك, e.g. "بثلاثة", "لخمسين"; find where the number itself
 * begins with {@link #prefixLength(Token)}). Recognised:
 * <ul>
 *   <li>digits (already ASCII in {@code Token.norm}): "1,500" = 1500 (commas before groups of three
 *       are thousands separators), "7.5" = 7.5; a word token made of proclitics + digits ("و500",
 *       "ال1500") counts as those digits;</li>
 *   <li>units 1–10 ("ثلاث", "ثلاثة", "اثنتين"), teens ("خمسة عشر", "اثنا عشر"), tens with either
 *       case ending ("عشرون"/"عشرين"), hundreds ("مائة", "مئتين", "ثلاثمائة", "ثلاث مئة");</li>
 *   <li>compounds with و, as a prefix or a separate token, in Arabic order: "اثنتين وسبعين" = 72,
 *       "مائة وخمسة وعشرون" = 125, "مليون و500 ألف" = 1,500,000 (each group after a scale must be
 *       smaller than that scale); two digit numbers are never joined ("بين 5 و 10" stays two
 *       numbers), nor are a unit and ten ("خمسة وعشرة"), nor two tens;</li>
 *   <li>scales after a count: "ثلاثة آلاف", "خمسين ألفا", "٧ مليار", "2.5 مليون", "ثلاثمائة ألف";
 *       alone "ألف" = 1000 and "مليون" = 1e6, the duals "ألفين", "مليونين" = 2000, 2e6. Plural
 *       scales alone ("آلاف", "ملايين") are vague amounts: see {@link #parseVague(List, int)}.</li>
 * </ul>
 * Ordinals ("الثالث"), duals of nouns and words with the article ("الثلاثة") are not numbers here.
 * The parser is lexical: it returns ambiguous single words ("ست", "سبع", "واحد") too; callers
 * that need precision check {@link #isAmbiguousAlone(List, int, NumberMatch)}.
 *
 * <p>Built once by {@link #load()} from {@code isnad/ar/quantity/numbers.tsv} and
 * {@code vague.tsv}; immutable and thread-safe.
 */
public final class NumberParser {

    /**
     * A parsed number.
     *
     * @param endToken index of the first token after the expression (exclusive end)
     * @param value    its value
     */
    public record NumberMatch(int endToken, double value) {}

    enum Kind { UNIT, TEN, HUNDRED, SCALE, SCALE_DUAL }

    record Word(Kind kind, double value, boolean strict, boolean noStart, boolean teen) {}

    private static final String RES = "/isnad/ar/quantity/";
    private static volatile NumberParser shared;

    private final WordTable<Word> words;
    private final WordTable<Double> vague;

    private NumberParser() {
        words = WordTable.load(RES + "numbers.tsv", false, row -> {
            String flag = row.length > 3 ? row[3] : "";
            return new Word(Kind.valueOf(row[2]), Double.parseDouble(row[1]),
                    flag.equals("strict"), flag.equals("nostart"), flag.equals("teen"));
        });
        vague = WordTable.load(RES + "vague.tsv", true, row -> Double.parseDouble(row[1]));
    }

    /** The shared parser (lexicons are loaded on first use). */
    public static NumberParser load() {
        NumberParser p = shared;
        if (p == null) {
            synchronized (NumberParser.class) {
                p = shared;
                if (p == null) {
                    p = new NumberParser();
                    shared = p;
                }
            }
        }
        return p;
    }

    /** One classified token: what number word (or digits) it holds and the proclitics before it. */
    private record Comp(Kind kind, double value, String prefix, boolean digits, Word word) {}

    private Comp classify(Token t) {
        if (t.kind() == TokenKind.NUMBER) {
            double v = digitValue(t.norm());
            return Double.isNaN(v) ? null : new Comp(Kind.UNIT, v, "", true, null);
        }
        if (t.kind() != TokenKind.WORD) {
            return null;
        }
        WordTable.Hit<Word> h = words.lookup(t);
        if (h != null) {
            Word w = h.value();
            return new Comp(w.kind(), w.value(), t.norm().substring(0, Math.min(h.prefixLen(), t.norm().length())),
                    false, w);
        }
        String n = t.norm();
        int d = firstDigit(n);
        if (d > 0) {
            String pre = n.substring(0, d);
            if (isDigitPrefix(pre)) {
                double v = digitValue(n.substring(d));
                if (!Double.isNaN(v)) {
                    return new Comp(Kind.UNIT, v, pre, true, null);
                }
            }
        }
        return null;
    }

    /** Whether {@code p} is proclitics and/or the article before digits in one token ("و500", "ال1500", "بال60"). */
    static boolean isDigitPrefix(String p) {
        int k = 0;
        if (k < p.length() && (p.charAt(k) == 'و' || p.charAt(k) == 'ف')) {
            k++;
        }
        if (p.startsWith("لل", k)) {
            return k + 2 == p.length();
        }
        if (k < p.length() && (p.charAt(k) == 'ب' || p.charAt(k) == 'ل' || p.charAt(k) == 'ك')) {
            k++;
        }
        if (p.startsWith("ال", k)) {
            k += 2;
        }
        return k == p.length();
    }

    private static int firstDigit(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9') {
                return k;
            }
        }
        return -1;
    }

    /**
     * The value of an ASCII digit string with {@code ,} and {@code .} separators, or NaN. Commas
     * each followed by exactly three digits are thousands separators; a single other comma is a
     * decimal comma.
     */
    public static double digitValue(String s) {
        int n = s.length();
        if (n == 0) {
            return Double.NaN;
        }
        StringBuilder sb = new StringBuilder(n);
        int commas = 0;
        boolean groupsOfThree = true;
        boolean dot = false;
        int lastSep = -1;
        for (int k = 0; k < n; k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            } else if (c == ',') {
                if (lastSep >= 0 && s.charAt(lastSep) == ',' && k - lastSep != 4) {
                    groupsOfThree = false;
                }
                commas++;
                lastSep = k;
                sb.append(',');
            } else if (c == '.') {
                if (dot) {
                    return Double.NaN;
                }
                dot = true;
                if (lastSep >= 0 && s.charAt(lastSep) == ',' && k - lastSep != 4) {
                    groupsOfThree = false;
                }
                lastSep = k;
                sb.append('.');
            } else {
                return Double.NaN;
            }
        }
        if (lastSep >= 0 && s.charAt(lastSep) == ',' && n - lastSep != 4) {
            groupsOfThree = false;
        }
        String digits = sb.toString();
        if (commas > 0) {
            if (groupsOfThree) {
                digits = digits.replace(",", "");
            } else if (commas == 1 && !dot) {
                digits = digits.replace(',', '.');
            } else {
                return Double.NaN;
            }
        }
        try {
            return Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private enum State { DIGITS, UNIT, TEEN, TEN, HUNDRED, SCALE }

    /**
     * Parses a definite number expression starting at token {@code i}.
     *
     * @return the match (end token exclusive, value), or empty when token {@code i} starts no number
     */
    public Optional<NumberMatch> parse(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return Optional.empty();
        }
        Comp c = classify(tokens.get(i));
        if (c == null) {
            return Optional.empty();
        }
        double total = 0;
        double group;
        double lastScale = Double.POSITIVE_INFINITY;
        State st;
        if (c.digits()) {
            group = c.value();
            st = State.DIGITS;
        } else {
            Word w = c.word();
            if (w.noStart()) {
                return Optional.empty();
            }
            if (w.teen() && !nextIsTen(tokens, i + 1)) {
                return Optional.empty();
            }
            switch (w.kind()) {
                case UNIT -> {
                    group = w.value();
                    st = w.value() >= 10 ? State.TEEN : State.UNIT;
                }
                case TEN -> {
                    group = w.value();
                    st = State.TEN;
                }
                case HUNDRED -> {
                    group = w.value();
                    st = State.HUNDRED;
                }
                case SCALE -> {
                    total = w.value();
                    group = 0;
                    lastScale = w.value();
                    st = State.SCALE;
                }
                default -> {
                    total = w.value();
                    group = 0;
                    lastScale = w.value() / 2;
                    st = State.SCALE;
                }
            }
        }
        int bestEnd = i + 1;
        double bestValue = total + group;
        int j = i + 1;
        int n = tokens.size();
        while (j < n) {
            Token t = tokens.get(j);
            boolean waw = false;
            int next = j;
            Comp d;
            if (t.norm().equals("و") && j + 1 < n) {
                waw = true;
                next = j + 1;
                d = classify(tokens.get(next));
                if (d != null && !d.prefix().isEmpty()) {
                    break;
                }
            } else {
                d = classify(t);
                if (d != null && d.prefix().equals("و")) {
                    waw = true;
                } else if (d != null && !d.prefix().isEmpty()) {
                    break;
                }
            }
            if (d == null) {
                break;
            }
            Kind k = d.kind();
            double v = d.value();
            boolean ok = false;
            if (!waw) {
                if (!d.digits() && k == Kind.UNIT && v == 10 && st == State.UNIT && group < 10) {
                    group += 10;
                    st = State.TEEN;
                    ok = true;
                } else if (!d.digits() && k == Kind.HUNDRED && v == 100 && st == State.UNIT
                        && group >= 3 && group <= 9) {
                    group *= 100;
                    st = State.HUNDRED;
                    ok = true;
                } else if (!d.digits() && k == Kind.SCALE && st != State.SCALE && v < lastScale) {
                    total += (group == 0 ? 1 : group) * v;
                    group = 0;
                    lastScale = v;
                    st = State.SCALE;
                    ok = true;
                }
            } else if (d.digits()) {
                if (st == State.SCALE) {
                    group = v;
                    st = State.DIGITS;
                    ok = true;
                }
            } else if (d.word().teen() || d.word().noStart()) {
                ok = false;
            } else if (st == State.HUNDRED && (k == Kind.UNIT || k == Kind.TEN)) {
                group += v;
                st = k == Kind.TEN ? State.TEN : v >= 10 ? State.TEEN : State.UNIT;
                ok = true;
            } else if (st == State.UNIT && k == Kind.TEN) {
                group += v;
                st = State.TEN;
                ok = true;
            } else if (st == State.SCALE && (k == Kind.UNIT || k == Kind.TEN || k == Kind.HUNDRED)) {
                group = v;
                st = k == Kind.TEN ? State.TEN : k == Kind.HUNDRED ? State.HUNDRED
                        : v >= 10 ? State.TEEN : State.UNIT;
                ok = true;
            }
            if (!ok) {
                break;
            }
            j = next + 1;
            if (group < lastScale) {
                bestEnd = j;
                bestValue = total + group;
            }
        }
        return Optional.of(new NumberMatch(bestEnd, bestValue));
    }

    private boolean nextIsTen(List<Token> tokens, int j) {
        if (j >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(j);
        WordTable.Hit<Word> h = words.lookup(t);
        return h != null && h.prefixLen() == 0 && h.value().kind() == Kind.UNIT && h.value().value() == 10;
    }

    /**
     * Parses a vague plural amount at token {@code i}: "عشرات" = 10, "مئات" = 100, "آلاف" = 1000,
     * "ملايين" = 1e6 (with or without the article or proclitics), and products with a following
     * plural scale ("عشرات الآلاف" = 10000, "مئات الملايين" = 1e8). The value is the lower bound.
     */
    public Optional<NumberMatch> parseVague(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size() || tokens.get(i).kind() != TokenKind.WORD) {
            return Optional.empty();
        }
        Double v = vague.value(tokens.get(i));
        if (v == null) {
            return Optional.empty();
        }
        int j = i + 1;
        if (j < tokens.size()) {
            WordTable.Hit<Double> h = vague.lookup(tokens.get(j));
            if (h != null && h.prefixLen() == 0 && h.value() > v && h.value() >= 1000) {
                return Optional.of(new NumberMatch(j + 1, v * h.value()));
            }
        }
        return Optional.of(new NumberMatch(j, v));
    }

    /**
     * How many normalised characters of proclitics precede the number in token {@code t} (the "ب"
     * of "بثلاثة", the "و" of "و500", the "ال" of "ال1500"); 0 when none or not a number token.
     */
    public int prefixLength(Token t) {
        if (t.kind() != TokenKind.WORD) {
            return 0;
        }
        WordTable.Hit<Word> h = words.lookup(t);
        if (h != null) {
            return h.prefixLen();
        }
        WordTable.Hit<Double> hv = vague.lookup(t);
        if (hv != null) {
            return hv.prefixLen();
        }
        int d = firstDigit(t.norm());
        return Math.max(d, 0);
    }

    /** The multiplier when {@code t} is a scale word ("ألف", "ملايين", "مليار"), else 0. */
    public double scaleOf(Token t) {
        if (t.kind() != TokenKind.WORD) {
            return 0;
        }
        WordTable.Hit<Word> h = words.lookup(t);
        return h != null && h.prefixLen() == 0 && h.value().kind() == Kind.SCALE ? h.value().value() : 0;
    }

    /**
     * Whether match {@code m} (from {@link #parse}) is a single word that is a number only in
     * context: "واحد"/"أحد" (one, also "one of", Sunday) and the flagged short forms "ست", "سبع",
     * "خمس", "ثمان", "تسع", "عشر".
     */
    public boolean isAmbiguousAlone(List<Token> tokens, int i, NumberMatch m) {
        if (m.endToken() != i + 1) {
            return false;
        }
        Token t = tokens.get(i);
        if (t.kind() != TokenKind.WORD) {
            return false;
        }
        WordTable.Hit<Word> h = words.lookup(t);
        return h != null && (h.value().strict() || (h.value().kind() == Kind.UNIT && h.value().value() == 1));
    }

    /** Whether token {@code t} is a number word or a digit string (possibly after proclitics). */
    public boolean isNumberToken(Token t) {
        return classify(t) != null;
    }
}
