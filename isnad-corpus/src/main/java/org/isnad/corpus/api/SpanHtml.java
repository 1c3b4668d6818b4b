package org.isnad.corpus.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Renders a text with annotated spans as well-formed, escaped HTML. Spans are half-open UTF-16
 * offsets into the text and may nest or overlap (a claim contains mentions; a date may straddle a
 * claim's end): the text is cut at every span boundary, and for each piece the elements of the
 * spans covering it are opened outermost first; where an overlap breaks the nesting, the inner
 * element is closed and reopened, so one span may come out as several elements carrying the same
 * attributes. Spans outside the text or empty are dropped.
 */
public final class SpanHtml {

    /**
     * One element to wrap around {@code [start, end)}: {@code tag} with already-escaped
     * {@code attributes} (may be empty). Among spans with the same extent, lower {@code rank} goes outside.
     */
    public record Span(int start, int end, String tag, String attributes, int rank) {}

    private SpanHtml() {}

    public static String render(String text, List<Span> spans) {
        List<Span> valid = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        for (Span s : spans) {
            if (s.start() >= 0 && s.end() <= text.length() && s.start() < s.end()) {
                valid.add(s);
                cuts.add(s.start());
                cuts.add(s.end());
            }
        }
        // outermost first: earlier start, then longer, then lower rank
        Comparator<Span> nesting = Comparator.comparingInt(Span::start)
                .thenComparing(Comparator.comparingInt(Span::end).reversed())
                .thenComparingInt(Span::rank);
        valid.sort(nesting);
        StringBuilder out = new StringBuilder(text.length() * 2);
        List<Span> open = new ArrayList<>();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null) {
                int a = prev;
                int b = cut;
                List<Span> active = new ArrayList<>();
                for (Span s : valid) {
                    if (s.start() > a) {
                        break;
                    }
                    if (s.end() >= b) {
                        active.add(s);
                    }
                }
                int common = 0;
                while (common < open.size() && common < active.size() && open.get(common) == active.get(common)) {
                    common++;
                }
                for (int i = open.size() - 1; i >= common; i--) {
                    out.append("</").append(open.get(i).tag()).append('>');
                }
                open.subList(common, open.size()).clear();
                for (int i = common; i < active.size(); i++) {
                    Span s = active.get(i);
                    out.append('<').append(s.tag());
                    if (!s.attributes().isEmpty()) {
                        out.append(' ').append(s.attributes());
                    }
                    out.append('>');
                    open.add(s);
                }
                escape(text, a, b, out);
            }
            prev = cut;
        }
        for (int i = open.size() - 1; i >= 0; i--) {
            out.append("</").append(open.get(i).tag()).append('>');
        }
        return out.toString();
    }

    /** Escapes for element content and double-quoted attribute values. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        escape(s, 0, s.length(), sb);
        return sb.toString();
    }

    private static void escape(String s, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
