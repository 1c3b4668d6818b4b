package org.isnad.cli;

import java.util.List;
import java.util.Locale;
import org.isnad.core.model.Document;
import org.isnad.core.model.Layer;
import org.isnad.core.model.Meta;
import org.isnad.core.model.Quantity;
import org.isnad.core.model.Span;
import org.isnad.core.model.TimeExpression;

/** Human-readable summaries of an analysed document. */
final class Summary {
    private Summary() {}

    static String oneLine(Document d) {
        Meta m = d.meta();
        return String.format(Locale.ROOT, "%s\t%s\t%d tokens\t%d quantities\t%d times\t%s%n", d.id(),
                d.charset() == null ? "-" : d.charset().name(), d.tokens().size(),
                d.getOr(Layer.QUANTITIES, List.of()).size(), d.getOr(Layer.TIMES, List.of()).size(),
                m.title() == null ? "" : m.title());
    }

    static String full(Document d) {
        StringBuilder sb = new StringBuilder();
        Meta m = d.meta();
        sb.append("== ").append(d.id()).append("  (")
                .append(d.charset() == null ? "text" : d.charset().name()).append(", ")
                .append(d.tokens().size()).append(" tokens, ")
                .append(d.sentences().size()).append(" sentences)\n");
        sb.append("   title:  ").append(orDash(m.title())).append('\n');
        sb.append("   outlet: ").append(orDash(m.outlet())).append("   date: ")
                .append(m.date() == null ? "-" : m.date().toString())
                .append("   author: ").append(orDash(m.author())).append('\n');
        List<Span> bp = d.getOr(Layer.BOILERPLATE, List.of());
        if (!bp.isEmpty()) {
            sb.append("   boilerplate (").append(bp.size()).append("):");
            for (Span s : bp) {
                sb.append(" «").append(clip(d.text(s))).append('»');
            }
            sb.append('\n');
        }
        List<Quantity> qs = d.getOr(Layer.QUANTITIES, List.of());
        if (!qs.isEmpty()) {
            sb.append("   quantities (").append(qs.size()).append("):\n");
            for (Quantity q : qs) {
                sb.append("     ").append(d.text(q.span())).append("  = ").append(num(q.value()));
                if (q.valueMax() != null) {
                    sb.append("..").append(num(q.valueMax()));
                }
                sb.append(' ').append(q.unit());
                if (q.counted() != null) {
                    sb.append(" (").append(q.counted()).append(')');
                }
                if (q.approx()) {
                    sb.append(" ~approx");
                }
                sb.append('\n');
            }
        }
        List<TimeExpression> ts = d.getOr(Layer.TIMES, List.of());
        if (!ts.isEmpty()) {
            sb.append("   times (").append(ts.size()).append("):\n");
            for (TimeExpression t : ts) {
                sb.append("     ").append(d.text(t.span())).append("  = ").append(t.type()).append(' ')
                        .append(t.value()).append(t.anchored() ? " (anchored)" : "").append('\n');
            }
        }
        return sb.append('\n').toString();
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v) : Double.toString(v);
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }

    private static String clip(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 60 ? one : one.substring(0, 57) + "...";
    }
}
