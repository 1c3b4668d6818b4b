package org.isnad.arabic.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.arabic.quantity.NumberParser;
import org.isnad.arabic.text.ArabicNormalizer;
import org.isnad.arabic.time.TimeLexicon.Adjective;
import org.isnad.arabic.time.TimeLexicon.Month;
import org.isnad.arabic.time.TimeLexicon.Relative;
import org.isnad.arabic.time.TimeLexicon.Role;
import org.isnad.arabic.time.TimeLexicon.Unit;
import org.isnad.arabic.time.TimeLexicon.Weekday;
import org.isnad.core.model.Document;
import org.isnad.core.model.Layer;
import org.isnad.core.model.NormalizedText;
import org.isnad.core.model.Span;
import org.isnad.core.model.TimeExpression;
import org.isnad.core.model.TimeType;
import org.isnad.core.model.Token;
import org.isnad.core.model.TokenKind;
import org.isnad.core.pipeline.Annotator;

/**
 * Finds Arabic time expressions (TIMEX3 style) and normalises their values.
 *
 * <p>Contract: reads {@link Layer#TOKENS} (and {@link Layer#NORMALIZED} and {@link Layer#META}
 * when present) and writes {@link Layer#TIMES}: non-overlapping expressions in text order, each
 * with type DATE, TIME, DURATION or SET, a value and an {@code anchored} flag as defined in
 * {@code shared/gold/NOTES.md}. Deictic expressions ("العام الجاري", "منذ 6 سنوات", "أمس") are
 * resolved against {@code meta.date} when it is known, otherwise they get the unresolved vocabulary
 * (THIS_YEAR, P6Y, P1D ...). Spans leave out a leading preposition or conjunction (cut from the
 * token when it is attached: "بأيام" gives "أيام") and keep the article. When tokens carry
 * proclitics ({@link Token#prefixes()}) their stem is used; otherwise و ف ب ل ك are tried off.
 *
 * <p>Every word list lives in {@code isnad/ar/time/*.tsv}; matching is driven by hash lookups of
 * normalised token forms, left to right, taking the longest expression at each token. Built once;
 * thread-safe (per-document state lives in a local {@code Run}).
 */
public final class TimeAnnotator implements Annotator {

    private final TimeLexicon lex;
    private final NumberParser numbers;

    public TimeAnnotator() {
        this.lex = new TimeLexicon();
        this.numbers = NumberParser.load();
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layer.TIMES);
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.TOKENS);
    }

    @Override
    public Document annotate(Document doc) {
        return doc.with(Layer.TIMES, new Run(doc).run());
    }

    /** A matched expression: original start offset, end token (exclusive), type, value. */
    private record M(int start, int end, TimeType type, String value, boolean anchored) {}

    /** A phrase-trie hit: payload, end token (exclusive), characters cut off the first token. */
    private record P<T>(T value, int end, int strip) {}

    /** A number: value, end token, characters cut off the first token, digit count (0 for words). */
    private record Num(long value, int end, int strip, int digits) {}

    /** A duration core: unit, count (-1 unspecified), end token, cut characters. */
    private record Dur(String unit, long n, int end, int strip) {}

    private final class Run {
        private final Document doc;
        private final List<Token> toks;
        private final int n;
        private final NormalizedText nt;
        private final LocalDate ref;
        /** Normalised form of each token (the stem when proclitics were cut). */
        private final String[] norms;
        /** Lookup forms of each token, best first, and how many normalised characters each cuts. */
        private final String[][] keys;
        private final int[][] strips;
        private int lastYearEnd = -1;
        /** Whether the token is a duration noun (a number word before it may start a duration). */
        private final boolean[] unitAt;

        Run(Document doc) {
            this.doc = doc;
            this.toks = doc.tokens();
            this.n = toks.size();
            this.nt = doc.getOr(Layer.NORMALIZED, null);
            this.ref = doc.meta().date();
            this.norms = new String[n];
            this.keys = new String[n][];
            this.strips = new int[n][];
            this.unitAt = new boolean[n];
            for (int i = 0; i < n; i++) {
                Token t = toks.get(i);
                norms[i] = t.stem();
                unitAt[i] = lex.units.containsKey(norms[i]);
            }
        }

        private String[] keys(int i) {
            if (keys[i] == null) {
                candidates(i, toks.get(i));
            }
            return keys[i];
        }

        private int[] strips(int i) {
            if (strips[i] == null) {
                candidates(i, toks.get(i));
            }
            return strips[i];
        }

        private void candidates(int i, Token t) {
            if (t.kind() != TokenKind.WORD) {
                keys[i] = new String[] {t.norm()};
                strips[i] = new int[] {0};
                return;
            }
            if (!t.prefixes().isEmpty()) {
                String stem = t.stem();
                if (t.article() && !stem.startsWith("ال") && stem.startsWith("ل")) {
                    stem = "ا" + stem; // ل + ال: "للعام" has prefixes "ل", stem "لعام"; look it up as "العام"
                }
                keys[i] = new String[] {stem, t.norm()};
                strips[i] = new int[] {t.prefixes().length(), 0};
                return;
            }
            String s = t.norm();
            String[] k = new String[3];
            int[] st = new int[3];
            int c = 0;
            k[c] = s;
            st[c++] = 0;
            int cut = 0;
            if (s.length() > 2 && (s.charAt(0) == 'و' || s.charAt(0) == 'ف')) {
                s = s.substring(1);
                cut = 1;
                k[c] = s;
                st[c++] = cut;
            }
            if (s.length() > 2 && (s.charAt(0) == 'ب' || s.charAt(0) == 'ل' || s.charAt(0) == 'ك')) {
                // لل + noun: the article's alef is elided ("للعام" = ل + العام)
                k[c] = s.startsWith("لل") && s.length() > 3 ? "ا" + s.substring(1) : s.substring(1);
                st[c++] = cut + 1;
            }
            keys[i] = java.util.Arrays.copyOf(k, c);
            strips[i] = java.util.Arrays.copyOf(st, c);
        }

        List<TimeExpression> run() {
            List<TimeExpression> out = new ArrayList<>();
            int i = 0;
            while (i < n) {
                M m = startsSomething(i) ? matchAt(i) : null;
                if (m == null) {
                    i++;
                    continue;
                }
                int endOff = withTrailingMarks(toks.get(m.end - 1).end());
                out.add(new TimeExpression(new Span(m.start, endOff), m.type, m.value, m.anchored));
                i = m.end;
            }
            return out;
        }

        /** Extends an end offset over diacritics and tatweel the token span left out ("غداً", "هـ"). */
        private int withTrailingMarks(int end) {
            String text = doc.text();
            while (end < text.length()) {
                char c = text.charAt(end);
                boolean mark = (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
                if (!mark) {
                    break;
                }
                end++;
            }
            return end;
        }

        private boolean startsSomething(int i) {
            Token t = toks.get(i);
            if (t.kind() == TokenKind.NUMBER) {
                return true;
            }
            if (t.kind() != TokenKind.WORD) {
                return false;
            }
            String s = t.norm();
            if (lex.startersWithClitics.contains(s) || (!t.prefixes().isEmpty() && lex.starters.contains(norms[i]))) {
                return true;
            }
            char last = s.charAt(s.length() - 1);
            if (last >= '0' && last <= '9') { // "و2015", "الـ24"
                return true;
            }
            // A number word matters only before a duration noun ("اثنتين وسبعين ساعة").
            for (int k = i + 1; k <= i + 4 && k < n; k++) {
                if (unitAt[k]) {
                    return numbers.isNumberToken(t);
                }
            }
            return false;
        }

        private M matchAt(int i) {
            M best = null;
            best = longer(best, numericDate(i));
            best = longer(best, monthDate(i));
            best = longer(best, yearExpr(i));
            best = longer(best, relative(i));
            best = longer(best, set(i));
            best = longer(best, deictic(i));
            best = longer(best, weekday(i));
            best = longer(best, daypart(i));
            best = longer(best, edge(i));
            best = longer(best, ago(i));
            best = longer(best, period(i));
            best = longer(best, duration(i));
            best = longer(best, century(i));
            best = longer(best, decade(i));
            best = longer(best, season(i));
            best = longer(best, clockTime(i));
            if (best != null && best.value.length() == 4 && isDigits(best.value) && best.type == TimeType.DATE) {
                lastYearEnd = best.end;
            }
            return best;
        }

        private M longer(M a, M b) {
            return b != null && (a == null || b.end > a.end) ? b : a;
        }

        // ---------------------------------------------------------------- token helpers

        private int startOff(int i, int strip) {
            Token t = toks.get(i);
            if (strip == 0) {
                return t.start();
            }
            if (!t.prefixes().isEmpty() && strip == t.prefixes().length()) {
                return t.stemStart();
            }
            if (nt != null) {
                return Math.min(t.end(), nt.toOriginalStart(nt.fromOriginal(t.start()) + strip));
            }
            // No offset map: skip original characters that normalise to nothing (diacritics, tatweel).
            String text = doc.text();
            int o = t.start();
            int seen = 0;
            while (o < t.end() && seen < strip) {
                if (!ArabicNormalizer.normalize(text.substring(o, o + 1)).isEmpty()) {
                    seen++;
                }
                o++;
            }
            while (o < t.end() && ArabicNormalizer.normalize(text.substring(o, o + 1)).isEmpty()) {
                o++;
            }
            return o;
        }

        private String norm(int i) {
            return i >= 0 && i < n ? norms[i] : "";
        }

        /** Whether any lookup form of token {@code i} has {@code role}. */
        private boolean role(int i, Role role) {
            if (i < 0 || i >= n) {
                return false;
            }
            for (String k : keys(i)) {
                if (lex.has(k, role)) {
                    return true;
                }
            }
            return false;
        }

        /** Role of the token's own normalised form only (inside an expression nothing is cut). */
        private boolean roleExact(int i, Role role) {
            return i >= 0 && i < n && lex.has(norms[i], role);
        }

        private int stripFor(Map<String, ?> m, int i) {
            for (int c = 0; c < keys(i).length; c++) {
                if (m.containsKey(keys(i)[c])) {
                    return c;
                }
            }
            return -1;
        }

        /** The longest phrase of {@code trie} starting at token {@code i}. */
        private <T> P<T> phrase(PhraseTrie<T> trie, int i, boolean allowStrip) {
            if (trie == null || i >= n) {
                return null;
            }
            P<T> best = null;
            int cands = allowStrip ? keys(i).length : 1;
            for (int c = 0; c < cands; c++) {
                String first = allowStrip ? keys(i)[c] : norms[i];
                PhraseTrie.Node<T> node = trie.first(first);
                int j = i + 1;
                while (node != null) {
                    if (node.value != null && (best == null || j > best.end)) {
                        best = new P<>(node.value, j, allowStrip ? strips(i)[c] : 0);
                    }
                    if (j >= n) {
                        break;
                    }
                    node = node.next.get(norms[j]);
                    j++;
                }
                if (best != null) {
                    break;
                }
            }
            return best;
        }

        private boolean phraseRole(int i, Role role) {
            return roleExact(i, role) || phrase(lex.rolePhrases.get(role), i, false) != null;
        }

        /** A number at token {@code i}: digits, a digit word with a proclitic ("و2015") or article ("الـ24"). */
        private Num number(int i, boolean allowStrip) {
            if (i < 0 || i >= n) {
                return null;
            }
            Token t = toks.get(i);
            if (t.kind() == TokenKind.NUMBER) {
                String s = t.norm();
                long v = 0;
                int digits = 0;
                for (int k = 0; k < s.length(); k++) {
                    char ch = s.charAt(k);
                    if (ch >= '0' && ch <= '9') {
                        v = v * 10 + (ch - '0');
                        digits++;
                        if (digits > 12) {
                            return null;
                        }
                    } else if (ch != ',') {
                        return null; // decimals are not counts of time units
                    }
                }
                return new Num(v, i + 1, 0, digits);
            }
            if (t.kind() == TokenKind.WORD) {
                String s = t.norm();
                if (isArticleNumber(s)) {
                    return new Num(Long.parseLong(s.substring(2)), i + 1, 0, s.length() - 2);
                }
                if (allowStrip) {
                    for (int c = 1; c < keys(i).length; c++) {
                        if (isDigits(keys(i)[c]) && keys(i)[c].length() <= 12) {
                            return new Num(Long.parseLong(keys(i)[c]), i + 1, strips(i)[c], keys(i)[c].length());
                        }
                    }
                }
                // Number words ("ثلاثة", "اثنتين وسبعين") from the quantity parser; digits = 0.
                NumberParser.NumberMatch m = numbers.parse(toks, i).orElse(null);
                if (m == null || m.value() != Math.rint(m.value()) || m.value() < 1 || m.value() > 1e6) {
                    return null;
                }
                int pre = numbers.prefixLength(t);
                if (pre > 0 && !allowStrip) {
                    return null;
                }
                return new Num((long) m.value(), m.endToken(), pre, 0);
            }
            return null;
        }

        private boolean isYear(Num y) {
            return y != null && y.digits == 4 && y.value >= 1000 && y.value <= 2100;
        }

        // ---------------------------------------------------------------- rules

        /** 2021-02-14, 14/2/2021, "2021 - 02 - 14", 14.2.2021. */
        private M numericDate(int i) {
            Token t = toks.get(i);
            if (t.kind() != TokenKind.NUMBER) {
                return null;
            }
            String s = t.norm();
            int dot = s.indexOf('.');
            if (dot > 0) {
                int dot2 = s.indexOf('.', dot + 1);
                if (dot2 > 0 && s.indexOf('.', dot2 + 1) < 0) {
                    String v = ymd(s.substring(0, dot), s.substring(dot + 1, dot2), s.substring(dot2 + 1));
                    return v == null ? null : new M(t.start(), i + 1, TimeType.DATE, v, false);
                }
                return null;
            }
            if (i + 4 >= n || toks.get(i + 2).kind() != TokenKind.NUMBER || toks.get(i + 4).kind() != TokenKind.NUMBER) {
                return null;
            }
            String sep = norms[i + 1];
            if (!(sep.equals("-") || sep.equals("/") || sep.equals(".")) || !sep.equals(norms[i + 3])) {
                return null;
            }
            String v = ymd(s, norms[i + 2], norms[i + 4]);
            return v == null ? null : new M(t.start(), i + 5, TimeType.DATE, v, false);
        }

        private String ymd(String a, String b, String c) {
            if (!isDigits(a) || !isDigits(b) || !isDigits(c) || b.length() > 2) {
                return null;
            }
            int y;
            int m = Integer.parseInt(b);
            int d;
            if (a.length() == 4 && c.length() <= 2) {
                y = Integer.parseInt(a);
                d = Integer.parseInt(c);
            } else if (c.length() == 4 && a.length() <= 2) {
                y = Integer.parseInt(c);
                d = Integer.parseInt(a);
                if (m > 12 && d <= 12) { // month-first order
                    int x = m;
                    m = d;
                    d = x;
                }
            } else {
                return null;
            }
            if (y >= 1300 && y <= 1500) { // Hijri date line ("4/8/1436"), common in Gulf papers
                LocalDate g = TimeValues.hijri(y, m, d);
                return g == null ? null : g.toString();
            }
            if (y < 1900 || y > 2100 || !TimeValues.validDate(y, m, d)) {
                return null;
            }
            return LocalDate.of(y, m, d).toString();
        }

        /** [day] month [/ month | (month)] [year [era]] | شهر month | month الماضي/المقبل/الجاري. */
        private M monthDate(int i) {
            int j = i;
            Integer day = null;
            boolean monthNoun = false;
            int strip = 0;
            Num dn = number(i, true);
            P<Integer> ord = dn == null ? phrase(lex.ordinals, i, true) : null;
            if (dn != null) {
                if (dn.digits == 0 || dn.digits > 2 || dn.value < 1 || dn.value > 31) {
                    return null;
                }
                day = (int) dn.value;
                strip = dn.strip;
                j = dn.end;
                M range = dayRange(i, dn);
                if (range != null) {
                    return range;
                }
            } else if (ord != null && ord.value <= 31) { // "الخامس من حزيران"
                day = ord.value;
                strip = ord.strip;
                j = ord.end;
            } else if (role(i, Role.MONTH_NOUN) && i + 1 < n) {
                monthNoun = true;
                strip = strips(i)[Math.max(0, keyIndex(i, Role.MONTH_NOUN))];
                j = i + 1;
            }
            if (day != null) { // "14 من شهر شباط"
                if (roleExact(j, Role.OF)) {
                    j++;
                }
                if (roleExact(j, Role.MONTH_NOUN)) {
                    j++;
                }
            }
            P<Month> pm = phrase(lex.months, j, j == i);
            if (pm == null) {
                return null;
            }
            if (j == i) {
                strip = pm.strip;
            }
            Month mo = pm.value;
            int end = pm.end;
            // "شباط/فبراير", "شباط (فبراير)": the same month in a second series
            if (end + 1 < n && (norms[end].equals("/") || norms[end].equals("("))) {
                P<Month> alt = phrase(lex.months, end + 1, false);
                if (alt != null && alt.value.number() == mo.number() && alt.value.hijri() == mo.hijri()) {
                    boolean paren = norms[end].equals("(");
                    end = alt.end;
                    if (paren && norm(end).equals(")")) {
                        end++;
                    }
                }
            }
            int k = end < n && norms[end].equals(",") ? end + 1 : end;
            Num yn = number(k, false);
            Integer year = null;
            int dir = 0;
            boolean adj = false;
            boolean hijriEra = false;
            M ofYear = k + 1 < n && roleExact(k, Role.OF) ? longer(deictic(k + 1), yearExpr(k + 1)) : null;
            if (ofYear != null && ofYear.value.length() == 4 && isDigits(ofYear.value) && !mo.hijri()) {
                // "31 مارس من العام الماضي", "أيار من عام 2014"
                year = Integer.parseInt(ofYear.value);
                end = ofYear.end;
            } else if (ofYear != null && ofYear.value.endsWith("_YEAR") && !mo.hijri()) {
                adj = true;
                dir = ofYear.value.startsWith("LAST") ? -1 : ofYear.value.startsWith("NEXT") ? 1 : 0;
                end = ofYear.end;
            } else if (yn != null && yn.digits >= 3 && yn.digits <= 4) {
                year = (int) yn.value;
                end = yn.end;
                if (roleExact(end, Role.ERA_G)) {
                    end++;
                } else if (roleExact(end, Role.ERA_H)) {
                    hijriEra = true;
                    end++;
                }
            } else if (end < n) {
                Adjective a = lex.adjectives.get(norms[end]);
                if (a != null && !a.demonstrative()) {
                    dir = a.offset();
                    adj = true;
                    end++;
                }
            }
            if (mo.ambiguous() && day == null && year == null && !monthNoun && !adj) {
                return null;
            }
            int start = startOff(i, strip);
            int m = mo.number();
            if (mo.hijri()) {
                if (year == null && day != null && ref != null) { // "15 رمضان": the nearest one to the article date
                    LocalDate g = TimeValues.nearestHijri(ref, m, day);
                    return g == null ? null : new M(start, end, TimeType.DATE, g.toString(), true);
                }
                if (year == null || (!hijriEra && (year < 1300 || year > 1600))) {
                    return null;
                }
                LocalDate g = TimeValues.hijri(year, m, day == null ? 15 : day);
                if (g == null) {
                    return null;
                }
                String v = day != null ? g.toString() : TimeValues.month(g.getYear(), g.getMonthValue());
                return new M(start, end, TimeType.DATE, v, false);
            }
            if (year != null) {
                if (year < 1000 || year > 2100) {
                    return null;
                }
                if (day != null) {
                    if (!TimeValues.validDate(year, m, day)) {
                        return null;
                    }
                    return new M(start, end, TimeType.DATE, LocalDate.of(year, m, day).toString(), false);
                }
                return new M(start, end, TimeType.DATE, TimeValues.month(year, m), false);
            }
            String v;
            if (ref != null) {
                int y = TimeValues.yearOfMonth(ref, m, dir);
                v = day != null ? String.format("%04d-%02d-%02d", y, m, day) : TimeValues.month(y, m);
            } else {
                v = day != null ? String.format("XXXX-%02d-%02d", m, day) : String.format("XXXX-%02d", m);
            }
            return new M(start, end, TimeType.DATE, v, true);
        }

        /**
         * The first day of a range or pair sharing one month ("10 و11 أبريل", "10 - 12 آذار 2021"):
         * only that day, with the month and year of the second.
         */
        private M dayRange(int i, Num first) {
            int j = first.end;
            if (j + 1 >= n) {
                return null;
            }
            String c = norms[j];
            boolean separate = lex.has(c, Role.RANGE);
            int at = separate ? j + 1 : j; // "10 و 11" or "10 و11"
            Num second = number(at, !separate);
            if (second == null || second.digits == 0 || second.digits > 2 || second.value <= first.value) {
                return null;
            }
            M rest = monthDate(at);
            if (rest == null || rest.value.length() != 10) {
                return null;
            }
            String v = rest.value.substring(0, 8) + String.format("%02d", first.value);
            return new M(startOff(i, first.strip), first.end, TimeType.DATE, v, rest.anchored);
        }

        private int keyIndex(int i, Role role) {
            for (int c = 0; c < keys(i).length; c++) {
                if (lex.has(keys(i)[c], role)) {
                    return c;
                }
            }
            return -1;
        }

        /** العام 2014, عام 2014م, 1438 هـ, and a bare year after في/منذ/حتى... or beside another year. */
        private M yearExpr(int i) {
            int c = keyIndex(i, Role.YEAR_NOUN);
            if (c >= 0) {
                Num y = number(i + 1, false);
                if (!isYear(y)) {
                    return null;
                }
                return yearValue(startOff(i, strips(i)[c]), y);
            }
            Num y = number(i, true);
            if (y == null || y.digits != 4) {
                return null;
            }
            boolean era = roleExact(y.end, Role.ERA_G) || roleExact(y.end, Role.ERA_H);
            boolean ctx = role(i - 1, Role.YEAR_CTX) || role(i - 1, Role.EDGE);
            boolean coord = lastYearEnd >= 0 && (lastYearEnd == i && y.strip > 0
                    || lastYearEnd == i - 1 && isConnector(norm(i - 1)));
            // A 4-digit number closing a clause ("... عام الحرب 1948.") is a year; a count is followed by its noun.
            boolean closing = y.value >= 1800 && (y.end >= n || toks.get(y.end).kind() == TokenKind.PUNCT)
                    && !role(i - 1, Role.PREFIX) && !(i > 0 && toks.get(i - 1).kind() == TokenKind.NUMBER);
            if (!(era || ctx || coord || closing)) {
                return null;
            }
            if (!era && (y.value < 1800 || y.value > 2100 || (y.value < 1900 && !ctx && !closing))) {
                return null;
            }
            return yearValue(startOff(i, y.strip), y);
        }

        private boolean isConnector(String s) {
            return s.equals("/") || lex.has(s, Role.RANGE) || lex.has(s, Role.YEAR_CTX);
        }

        private M yearValue(int start, Num y) {
            int end = y.end;
            String v = Long.toString(y.value);
            if (roleExact(end, Role.ERA_H)) {
                LocalDate g = TimeValues.hijri((int) y.value, 6, 15);
                if (g == null) {
                    return null;
                }
                v = Integer.toString(g.getYear());
                end++;
            } else if (roleExact(end, Role.ERA_G)) {
                end++;
            } else if (y.value < 1000 || y.value > 2100) {
                return null;
            }
            return new M(start, end, TimeType.DATE, v, false);
        }

        /** اليوم, أمس, الآن, وقت سابق ... from relative.tsv; "أمس الثلاثاء" is one span. */
        private M relative(int i) {
            P<Relative> pm = phrase(lex.relatives, i, true);
            if (pm == null || role(i - 1, Role.NAME_HEAD)) {
                return null;
            }
            Relative r = pm.value;
            int end = pm.end;
            if (end == i + 1 && r.noun() && end < n && norms[end].startsWith("ال")
                    && !lex.weekdays.containsKey(norms[end])) {
                return null; // "اليوم الأول", "المستقبل المشرق": a noun with its own adjective, not a deictic
            }
            if (end < n && lex.weekdays.containsKey(norms[end]) && r.resolution() != '-') {
                end++;
            }
            String v = r.unresolved();
            if (ref != null && r.resolution() == 'D') {
                v = ref.plusDays(r.offset()).toString();
            } else if (ref != null && r.resolution() == 'N') {
                v = ref.plusDays(r.offset()) + "TNI";
            }
            return new M(startOff(i, pm.strip), end, r.type(), v, r.anchored());
        }

        /** يوميا, يوماً بعد آخر, كل أسبوع, كل ثلاثة أيام. */
        private M set(int i) {
            P<String> pm = phrase(lex.sets, i, true);
            if (pm != null) {
                return new M(startOff(i, pm.strip), pm.end, TimeType.SET, pm.value, false);
            }
            int c = keyIndex(i, Role.EVERY);
            if (c < 0) {
                return null;
            }
            Dur d = durationCore(i + 1, false, true);
            if (d == null || d.n < 0) {
                return null;
            }
            return new M(startOff(i, strips(i)[c]), d.end, TimeType.SET, TimeValues.duration(d.unit, d.n), false);
        }

        /** الأسبوع الماضي, العام الجاري, هذا الشهر ... */
        private M deictic(int i) {
            if (i + 1 >= n) {
                return null;
            }
            Adjective dem = null;
            int c = -1;
            for (int k = 0; k < keys(i).length && dem == null; k++) {
                Adjective a = lex.adjectives.get(keys(i)[k]);
                if (a != null && a.demonstrative()) {
                    dem = a;
                    c = k;
                }
            }
            char unit;
            int off;
            int end;
            if (dem != null) {
                Character u = lex.calendarUnits.get(norms[i + 1]);
                if (u == null) {
                    return null;
                }
                unit = u;
                off = 0;
                end = i + 2;
            } else {
                c = stripFor(lex.calendarUnits, i);
                if (c < 0) {
                    return null;
                }
                Adjective a = lex.adjectives.get(norms[i + 1]);
                if (a == null || a.demonstrative()) {
                    return null;
                }
                unit = lex.calendarUnits.get(keys(i)[c]);
                if (c == 0 && role(i - 1, Role.GENERAL_HEAD)) {
                    return null; // "الأمين العام الحالي": "general", not "year"
                }
                off = a.offset();
                end = i + 2;
            }
            String v = ref != null ? TimeValues.period(ref, unit, off) : TimeValues.unresolvedPeriod(unit, off);
            return new M(startOff(i, strips(i)[c]), end, TimeType.DATE, v, true);
        }

        /** [يوم] الجمعة [الماضية|المقبلة] [، 14 شباط 2021]. */
        private M weekday(int i) {
            int j = i;
            boolean dayNoun = false;
            int strip;
            Weekday w;
            int c = keyIndex(i, Role.DAY_NOUN);
            if (c >= 0 && i + 1 < n && lex.weekdays.containsKey(norms[i + 1])) {
                dayNoun = true;
                strip = strips(i)[c];
                j = i + 1;
                w = lex.weekdays.get(norms[j]);
            } else {
                int k = stripFor(lex.weekdays, i);
                if (k < 0) {
                    return null;
                }
                strip = strips(i)[k];
                w = lex.weekdays.get(keys(i)[k]);
            }
            int end = j + 1;
            int dir = 0;
            Adjective a = end < n ? lex.adjectives.get(norms[end]) : null;
            if (a != null && !a.demonstrative() && a.offset() != 0) {
                dir = a.offset();
                end++;
            }
            int start = startOff(i, strip);
            int k = end < n && norms[end].equals(",") ? end + 1 : end;
            if (k < n) {
                M date = longer(numericDate(k), monthDate(k));
                if (date != null && date.value.length() == 10) {
                    return new M(start, date.end, TimeType.DATE, date.value, date.anchored);
                }
            }
            if (w.ambiguous() && !dayNoun && dir == 0 && !(i > 0 && lex.dayparts.containsKey(norms[i - 1]))) {
                return null;
            }
            String v = ref != null ? TimeValues.weekday(ref, w.iso(), dir).toString() : TimeValues.unresolvedWeekday(w.iso());
            return new M(start, end, TimeType.DATE, v, true);
        }

        /** صباح الجمعة, مساء أمس: a part of a day. */
        private M daypart(int i) {
            int c = stripFor(lex.dayparts, i);
            if (c < 0 || i + 1 >= n) {
                return null;
            }
            String part = lex.dayparts.get(keys(i)[c]);
            M day = longer(relativeDay(i + 1), weekday(i + 1));
            if (day == null) {
                return null;
            }
            String v = day.value;
            if (v.length() == 10 && Character.isDigit(v.charAt(0)) || v.startsWith("XXXX")) {
                v = v + "T" + part;
            }
            return new M(startOff(i, strips(i)[c]), day.end, TimeType.TIME, v, day.anchored);
        }

        private M relativeDay(int i) {
            M r = relative(i);
            return r != null && r.start == toks.get(i).start() && r.type == TimeType.DATE
                    && (r.value.length() == 10 || r.value.startsWith("P")) ? r : null;
        }

        /** بداية العام الجاري, نهاية 2014, منتصف شباط: the part keeps the whole's value. */
        private M edge(int i) {
            int dn = keyIndex(i, Role.DAY_NOUN);
            if (dn >= 0 && i + 1 < n) { // "يوم 5 جويلية 2018"
                M date = longer(numericDate(i + 1), monthDate(i + 1));
                if (date != null && date.value.length() == 10 && date.start == toks.get(i + 1).start()) {
                    return new M(startOff(i, strips(i)[dn]), date.end, TimeType.DATE, date.value, date.anchored);
                }
            }
            if (dn >= 0 && i + 1 < n) { // "يوم أمس"
                M rel = relativeDay(i + 1);
                if (rel != null) {
                    return new M(startOff(i, strips(i)[dn]), rel.end, rel.type, rel.value, rel.anchored);
                }
            }
            int c = keyIndex(i, Role.EDGE);
            if (c < 0 || i + 1 >= n) {
                return null;
            }
            M inner = longer(longer(deictic(i + 1), monthDate(i + 1)), yearExpr(i + 1));
            Character unit = lex.calendarUnits.get(norm(i + 1));
            if (inner == null && unit != null && unit != 'E' && unit != 'C'
                    && !(i + 2 < n && toks.get(i + 2).kind() == TokenKind.NUMBER)) {
                // "منذ بداية العام", "نهاية الشهر": part of the current period
                String v = ref != null ? TimeValues.period(ref, unit, 0) : TimeValues.unresolvedPeriod(unit, 0);
                return new M(startOff(i, strips(i)[c]), i + 2, TimeType.DATE, v, true);
            }
            if (inner == null || inner.start != toks.get(i + 1).start()) {
                return null;
            }
            return new M(startOff(i, strips(i)[c]), inner.end, TimeType.DATE, inner.value, inner.anchored);
        }

        /** منذ 6 سنوات, قبل ثلاثة أيام: a past date; منذ عقود: PAST_REF. */
        private M ago(int i) {
            int c = keyIndex(i, Role.AGO);
            if (c < 0) {
                return null;
            }
            Dur d = durationCore(i + 1, false, true);
            if (d == null || role(roleExact(d.end, Role.ONLY) ? d.end + 1 : d.end, Role.RELATIVE_TO)) {
                return null; // "قبل ثلاثة أيام من الانتخابات": relative to an event
            }
            int end = d.end;
            if (roleExact(end, Role.VAGUE)) {
                end++;
            }
            String v;
            if (d.n < 0) {
                v = "PAST_REF";
            } else {
                v = ref != null ? TimeValues.ago(ref, d.unit, d.n) : TimeValues.duration(d.unit, d.n);
            }
            return new M(startOff(i, strips(i)[c]), end, TimeType.DATE, v, true);
        }

        /** الأيام الأخيرة, الأسابيع القليلة الماضية, العامين الماضيين, الـ24 ساعة الماضية: a recent period. */
        private M period(int i) {
            Unit u = null;
            int strip = 0;
            int j;
            long count = -1;
            for (int c = 0; c < keys(i).length && u == null; c++) {
                String k = keys(i)[c];
                if (k.startsWith("ال") && k.length() > 3) {
                    Unit x = lex.units.get(k.substring(2));
                    if (x != null && x.count() != 1) {
                        u = x;
                        strip = strips(i)[c];
                    }
                }
            }
            boolean counted = false;
            if (u != null) {
                j = i + 1;
                count = u.count() == 2 ? 2 : -1;
                counted = u.count() == 2;
                Num num = number(j, false);
                long def = definiteCardinal(j);
                if (num != null && num.digits <= 3) {
                    count = num.value;
                    j = num.end;
                    counted = true;
                } else if (def > 0) { // "السنوات الخمس الماضية"
                    count = def;
                    j++;
                    counted = true;
                } else if (roleExact(j, Role.VAGUE)) {
                    j++;
                }
            } else {
                Num num = number(i, true);
                if (num == null || !isArticleNumber(toks.get(i).norm())) {
                    return null;
                }
                u = num.end < n ? lex.units.get(norms[num.end]) : null;
                if (u == null) {
                    return null;
                }
                count = num.value;
                j = num.end + 1;
            }
            Adjective a = j < n ? lex.adjectives.get(norms[j]) : null;
            if (a == null || a.demonstrative() || a.offset() == 0) {
                // "العامين", "السنوات الست": a counted period the text refers back to, not deictic
                return counted ? new M(startOff(i, strip), j, TimeType.DURATION,
                        TimeValues.duration(u.code(), count), false) : null;
            }
            return new M(startOff(i, strip), j + 1, TimeType.DURATION, TimeValues.duration(u.code(), count), true);
        }

        /** A cardinal with the article agreeing with a definite noun ("الخمس", "الثلاثة"), else 0. */
        private long definiteCardinal(int j) {
            if (j >= n || toks.get(j).kind() != TokenKind.WORD || !norms[j].startsWith("ال") || norms[j].length() < 4) {
                return 0;
            }
            Token t = toks.get(j);
            Token bare = new Token(t.span(), norms[j].substring(2), TokenKind.WORD);
            NumberParser.NumberMatch m = numbers.parse(List.of(bare), 0).orElse(null);
            return m == null || m.value() != Math.rint(m.value()) || m.value() < 2 || m.value() > 100 ? 0 : (long) m.value();
        }

        /** القرن التاسع عشر, القرن 21: a century ("18", "20"). */
        private M century(int i) {
            int c = keyIndex(i, Role.CENTURY_NOUN);
            if (c < 0 || i + 1 >= n) {
                return null;
            }
            int ord;
            int end;
            P<Integer> o = phrase(lex.ordinals, i + 1, false);
            Num num = number(i + 1, false);
            if (o != null) {
                ord = o.value;
                end = o.end;
            } else if (num != null && num.digits > 0 && num.digits <= 2) {
                ord = (int) num.value;
                end = num.end;
            } else {
                return null;
            }
            if (ord < 1 || ord > 21) {
                return null;
            }
            if (roleExact(end, Role.ERA_G) || roleExact(end, Role.ERA_H)) {
                end++;
            }
            return new M(startOff(i, strips(i)[c]), end, TimeType.DATE, TimeValues.century(ord), false);
        }

        /** الستينيات [القرن الماضي]: a decade ("196"). */
        private M decade(int i) {
            int c = stripFor(lex.decades, i);
            if (c < 0) {
                return null;
            }
            int d = lex.decades.get(keys(i)[c]);
            int end = i + 1;
            String cent = "19";
            boolean anchored = false;
            if (end < n && lex.has(norms[end], Role.CENTURY_NOUN)) {
                M cm = longer(century(end), deictic(end));
                if (cm != null) {
                    end = cm.end;
                    anchored = cm.anchored;
                    if (cm.value.length() == 2 && isDigits(cm.value)) {
                        cent = cm.value;
                    }
                }
            }
            return new M(startOff(i, strips(i)[c]), end, TimeType.DATE, cent + d, anchored);
        }

        /** الصيف الماضي, شتاء 2014, صيف العام الماضي. */
        private M season(int i) {
            int c = stripFor(lex.seasons, i);
            if (c < 0) {
                return null;
            }
            TimeLexicon.Season se = lex.seasons.get(keys(i)[c]);
            int end = i + 1;
            Num y = number(end, false);
            M yearOf = end < n ? longer(yearExpr(end), deictic(end)) : null;
            String v;
            boolean anchored = true;
            if (isYear(y)) {
                v = y.value + "-" + se.code();
                end = y.end;
                anchored = false;
            } else if (yearOf != null && yearOf.value.length() == 4 && isDigits(yearOf.value)) {
                v = yearOf.value + "-" + se.code();
                anchored = yearOf.anchored;
                end = yearOf.end;
            } else {
                Adjective a = end < n ? lex.adjectives.get(norms[end]) : null;
                int dir = 0;
                if (a != null && !a.demonstrative()) {
                    dir = a.offset();
                    end++;
                } else if (se.ambiguous()) {
                    return null;
                }
                v = (ref != null ? Integer.toString(TimeValues.yearOfSeason(ref, se.middleMonth(), dir)) : "XXXX")
                        + "-" + se.code();
            }
            return new M(startOff(i, strips(i)[c]), end, TimeType.DATE, v, anchored);
        }

        /** الساعة 10:30 صباحا, الساعة العاشرة والنصف مساء: a clock time on the article's day. */
        private M clockTime(int i) {
            int c = keyIndex(i, Role.CLOCK_NOUN);
            if (c < 0 || i + 1 >= n) {
                return null;
            }
            int hour;
            int min = 0;
            int end;
            P<Integer> o = phrase(lex.ordinals, i + 1, false);
            Num num = number(i + 1, false);
            if (num != null && num.digits > 0 && num.digits <= 2) {
                hour = (int) num.value;
                end = num.end;
                if (end + 1 < n && norms[end].equals(":")) {
                    Num m = number(end + 1, false);
                    if (m != null && m.digits == 2 && m.value < 60) {
                        min = (int) m.value;
                        end = m.end;
                    }
                }
            } else if (o != null && o.value <= 12) {
                hour = o.value;
                end = o.end;
            } else {
                return null;
            }
            if (hour > 24) {
                return null;
            }
            for (int k = 0; k < 2 && end < n; k++) {
                String w = lex.clock.get(norms[end]);
                if (w == null) {
                    break;
                }
                if (w.startsWith("+")) {
                    min += Integer.parseInt(w.substring(1));
                } else if (w.equals("PM") && hour < 12) {
                    hour += 12;
                } else if (w.equals("NIGHT") && hour >= 6 && hour < 12) {
                    hour += 12;
                }
                end++;
            }
            String hm = String.format("T%02d:%02d", hour % 24, min % 60);
            String v = (ref != null ? ref.toString() : "XXXX-XX-XX") + hm;
            return new M(startOff(i, strips(i)[c]), end, TimeType.TIME, v, true);
        }

        /** [أقل من] [ثلاثة] أيام [قليلة] [مضت] [تقريبا]. */
        private M duration(int i) {
            int j = i;
            int prefixStrip = 0;
            boolean prefix = false;
            P<Boolean> pp = phrase(lex.rolePhrases.get(Role.PREFIX), i, true);
            if (pp != null) {
                j = pp.end;
                prefixStrip = pp.strip;
                prefix = true;
            } else {
                int c = keyIndex(i, Role.PREFIX);
                if (c >= 0) {
                    j = i + 1;
                    prefixStrip = strips(i)[c];
                    prefix = true;
                }
            }
            boolean licensed = prefix || role(i - 1, Role.CONTEXT) || role(i - 1, Role.AGO);
            Dur d = durationCore(j, !prefix, licensed);
            if (d == null) {
                return null;
            }
            int end = d.end;
            boolean anchored = false;
            if (roleExact(end, Role.VAGUE)) {
                end++;
            }
            if (roleExact(end, Role.ELAPSED)) {
                anchored = true;
                end++;
            }
            if (roleExact(end, Role.APPROX)) {
                end++;
            }
            if (phraseRole(end, Role.BACKWARD)) {
                anchored = true;
            }
            int start = prefix ? startOff(i, prefixStrip) : startOff(i, d.strip);
            return new M(start, end, TimeType.DURATION, TimeValues.duration(d.unit, d.n), anchored);
        }

        /**
         * [number | بضعة] unit at token {@code j}. A singular noun alone needs {@code licensed} (a word
         * such as خلال before it) or an elapsed verb after it; a plural alone must not head a construct
         * ("أيام الحرب").
         */
        private Dur durationCore(int j, boolean allowStrip, boolean licensed) {
            if (j >= n) {
                return null;
            }
            Num num = number(j, allowStrip);
            int u = j;
            boolean vagueQ = false;
            if (num != null) {
                u = num.end;
            } else if (roleExact(j, Role.VAGUE_Q)) {
                vagueQ = true;
                u = j + 1;
            }
            if (u >= n) {
                return null;
            }
            Unit unit;
            int strip = 0;
            if (u == j && allowStrip) {
                int c = stripFor(lex.units, u);
                if (c < 0) {
                    return null;
                }
                unit = lex.units.get(keys(u)[c]);
                strip = strips(u)[c];
            } else {
                unit = lex.units.get(norms[u]);
                if (unit == null) {
                    return null;
                }
                strip = num != null ? num.strip : 0;
            }
            int end = u + 1;
            long count;
            if (num != null) {
                if (num.value <= 0) {
                    return null;
                }
                count = num.value;
            } else if (unit.count() == 2) {
                count = 2;
            } else if (unit.count() == 1) {
                boolean ok = licensed || strip > 0 || roleExact(end, Role.ELAPSED);
                if (!ok || unit.ambiguous() || number(end, false) != null) {
                    return null;
                }
                count = 1;
            } else {
                if (unit.ambiguous() && !(licensed || vagueQ || roleExact(end, Role.VAGUE))) {
                    return null;
                }
                if (!vagueQ && end < n && norms[end].startsWith("ال") && !roleExact(end, Role.VAGUE)) {
                    return null; // construct state: "أيام الحرب"
                }
                count = -1;
            }
            return new Dur(unit.code(), count, end, strip);
        }
    }

    static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** "ال24" (الـ24 without the tatweel). */
    static boolean isArticleNumber(String s) {
        return s.length() > 2 && s.startsWith("ال") && isDigits(s.substring(2));
    }
}
