package org.isnad.arabic.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.isnad.arabic.resource.Resources;
import org.isnad.arabic.text.ArabicNormalizer;
import org.isnad.core.model.Document;
import org.isnad.core.model.Layer;
import org.isnad.core.model.Meta;
import org.isnad.core.model.Span;
import org.isnad.core.pipeline.Annotator;

/**
 * Article structure read from the text itself: boilerplate spans (a title repeated several times,
 * widget and footer lines, URLs, "more by this author", date lines) and metadata (title, outlet,
 * date, author).
 *
 * <p>Works line by line on the original text. Rules, with phrases from the editable files under
 * {@code isnad/ar/structure/}:
 * <ul>
 *   <li>the first non-empty line is the title when it is short (at most {@value #MAX_TITLE_WORDS}
 *       words) and more text follows; a later line made only of copies of the title is boilerplate;</li>
 *   <li>a line equal to a {@code footer} phrase starts the trailing furniture: it and everything
 *       after it form one boilerplate span; {@code line} and {@code prefix} phrases mark single lines;
 *       a line that is only a URL is boilerplate;</li>
 *   <li>date and author come from lines introduced by the phrases of {@code meta-lines.tsv}; the
 *       outlet from a footer line naming a known outlet or standing beside the site's URL.</li>
 * </ul>
 */
public final class StructureAnnotator implements Annotator {
    static final int MAX_TITLE_WORDS = 25;

    private final Map<String, String> phraseKind = new HashMap<>();
    private final List<String> prefixes = new ArrayList<>();
    private final List<String[]> metaPrefixes = new ArrayList<>();
    private final Map<String, String> outletByDomain = new HashMap<>();
    private final Map<String, String> outletByName = new HashMap<>();

    public StructureAnnotator() {
        for (String[] r : Resources.rows("isnad/ar/structure/boilerplate-lines.tsv")) {
            String phrase = key(r[1]);
            if (r[0].equals("prefix")) {
                prefixes.add(phrase);
            } else {
                phraseKind.put(phrase, r[0]);
            }
        }
        for (String[] r : Resources.rows("isnad/ar/structure/meta-lines.tsv")) {
            metaPrefixes.add(new String[] {r[0], key(r[1])});
        }
        for (String[] r : Resources.rows("isnad/ar/structure/outlets.tsv")) {
            outletByDomain.put(r[0].toLowerCase(Locale.ROOT), r[1]);
            outletByName.put(key(r[1]), r[1]);
        }
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layer.BOILERPLATE, Layer.META);
    }

    /** A line of the original text, trimmed of surrounding white space. */
    record Line(int start, int end, String text, String key) {}

    /** Comparison form: normalised, trimmed, trailing dots/colons and surrounding quotes removed. */
    static String key(String s) {
        String n = ArabicNormalizer.normalize(s).strip();
        int e = n.length();
        while (e > 0 && ".:!-|,".indexOf(n.charAt(e - 1)) >= 0) {
            e--;
        }
        return n.substring(0, e).strip();
    }

    static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int j = i;
            while (j < n && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
                j++;
            }
            int s = i;
            int e = j;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                String t = text.substring(s, e);
                out.add(new Line(s, e, t, key(t)));
            }
            i = j + 1;
        }
        return out;
    }

    @Override
    public Document annotate(Document doc) {
        String text = doc.text();
        List<Line> lines = lines(text);
        List<Span> boiler = new ArrayList<>();
        Meta meta = Meta.EMPTY;
        if (lines.isEmpty()) {
            return doc.with(Layer.BOILERPLATE, boiler).with(Layer.META, meta);
        }
        Line first = lines.get(0);
        String titleKey = null;
        if (lines.size() > 1 && words(first.text) <= MAX_TITLE_WORDS) {
            meta = meta.withTitle(first.text);
            titleKey = squeeze(first.key);
        }
        int footerFrom = lines.size();
        for (int li = 1; li < lines.size(); li++) {
            if ("footer".equals(phraseKind.get(lines.get(li).key))) {
                footerFrom = li;
                break;
            }
        }
        for (int li = 1; li < footerFrom; li++) {
            Line l = lines.get(li);
            if ((titleKey != null && isRepeat(squeeze(l.key), titleKey)) || isFurniture(l)) {
                boiler.add(new Span(l.start, l.end));
            }
            meta = readMeta(l, meta);
        }
        if (footerFrom < lines.size()) {
            boiler.add(new Span(lines.get(footerFrom).start, lines.get(lines.size() - 1).end));
            for (int li = footerFrom; li < lines.size(); li++) {
                meta = readMeta(lines.get(li), meta);
                if (meta.outlet() == null) {
                    meta = readOutlet(lines, li, meta);
                }
            }
        }
        return doc.with(Layer.BOILERPLATE, boiler).with(Layer.META, meta);
    }

    private boolean isFurniture(Line l) {
        if (phraseKind.containsKey(l.key) || isUrl(l.text)) {
            return true;
        }
        for (String p : prefixes) {
            if (l.key.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private Meta readMeta(Line l, Meta meta) {
        for (String[] mp : metaPrefixes) {
            if (!l.key.startsWith(mp[1])) {
                continue;
            }
            String rest = l.text.substring(Math.min(l.text.length(), valueStart(l.text, mp[1].length()))).strip();
            if (mp[0].equals("date") && meta.date() == null) {
                LocalDate d = parseNumericDate(rest);
                if (d != null) {
                    return meta.withDate(d);
                }
            } else if (mp[0].equals("author") && meta.author() == null && !rest.isEmpty() && words(rest) <= 6) {
                return meta.withAuthor(rest);
            }
        }
        return meta;
    }

    /** Where the value starts after a prefix of {@code len} normalised chars and a ':' or '-'. */
    private static int valueStart(String line, int len) {
        int i = 0;
        int seen = 0;
        // walk the original line until len normalised characters are consumed
        while (i < line.length() && seen < len) {
            if (!ArabicNormalizer.normalize(String.valueOf(line.charAt(i))).isEmpty()) {
                seen++;
            }
            i++;
        }
        while (i < line.length() && (Character.isWhitespace(line.charAt(i)) || line.charAt(i) == ':'
                || line.charAt(i) == '-' || line.charAt(i) == '：')) {
            i++;
        }
        return i;
    }

    private Meta readOutlet(List<Line> lines, int li, Meta meta) {
        Line l = lines.get(li);
        String name = outletByName.get(l.key);
        if (name != null) {
            return meta.withOutlet(l.text);
        }
        if (isUrl(l.text)) {
            String lower = l.text.toLowerCase(Locale.ROOT);
            for (Map.Entry<String, String> e : outletByDomain.entrySet()) {
                if (lower.contains(e.getKey())) {
                    return meta.withOutlet(e.getValue());
                }
            }
            // an unknown site: the short line just above its URL is its name
            if (li > 0) {
                Line prev = lines.get(li - 1);
                if (words(prev.text) <= 4 && !isFurniture(prev) && !phraseKind.containsKey(prev.key)) {
                    return meta.withOutlet(prev.text);
                }
            }
        }
        return meta;
    }

    static boolean isUrl(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        if (t.contains(" ")) {
            return false;
        }
        return t.startsWith("http://") || t.startsWith("https://") || t.startsWith("www.")
                || t.matches("[a-z0-9.-]+\\.(com|net|org|info|tv|news|co|me|ae|sa|eg|iq|sy|lb|jo|qa|kw|ma|tn|dz|ly|ps|uk|ir|tr)(/.*)?");
    }

    private static int words(String s) {
        int w = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i));
            if (!ws && !in) {
                w++;
            }
            in = !ws;
        }
        return w;
    }

    private static String squeeze(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whether {@code line} is one or more copies of the title (white space ignored). */
    private static boolean isRepeat(String line, String title) {
        if (title.isEmpty() || line.length() < title.length() || line.length() % title.length() != 0) {
            return false;
        }
        for (int i = 0; i < line.length(); i += title.length()) {
            if (!line.startsWith(title, i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses numeric dates in the common orders: Y-M-D and D-M-Y with '-', '/' or '.' and any
     * spaces around them; digits in any script. Returns null when no valid date is found.
     */
    static LocalDate parseNumericDate(String s) {
        String n = ArabicNormalizer.normalize(s);
        List<Integer> nums = new ArrayList<>();
        int i = 0;
        while (i < n.length() && nums.size() < 3) {
            char c = n.charAt(i);
            if (Character.isDigit(c)) {
                int j = i;
                while (j < n.length() && Character.isDigit(n.charAt(j))) {
                    j++;
                }
                if (j - i > 4) {
                    return null;
                }
                nums.add(Integer.parseInt(n.substring(i, j)));
                i = j;
            } else if (c == '-' || c == '/' || c == '.' || Character.isWhitespace(c)) {
                i++;
            } else if (nums.isEmpty()) {
                i++;
            } else {
                break;
            }
        }
        if (nums.size() < 3) {
            return null;
        }
        try {
            if (nums.get(0) >= 1000) {
                return LocalDate.of(nums.get(0), nums.get(1), nums.get(2));
            }
            if (nums.get(2) >= 1000) {
                return LocalDate.of(nums.get(2), nums.get(1), nums.get(0));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }
}
