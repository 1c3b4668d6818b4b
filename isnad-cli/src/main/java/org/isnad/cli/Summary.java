package org.isnad.cli;

import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Document;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Event;
import org.isnad.core.model.Narrative;
import org.isnad.core.model.ViaLink;
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
        return String.format(Locale.ROOT, "%s\t%s\t%d tokens\t%d actors\t%d claims\t%d events\t%d quantities\t%d times\t%s%n", d.id(),
                d.charset() == null ? "-" : d.charset().name(), d.tokens().size(),
                d.getOr(Layer.ENTITIES, List.of()).size(), d.getOr(Layer.CLAIMS, List.of()).size(),
                d.getOr(Layer.EVENTS, List.of()).size(),
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
        List<Entity> es = d.getOr(Layer.ENTITIES, List.of());
        if (!es.isEmpty()) {
            sb.append("   actors (").append(es.size()).append("):");
            es.stream().sorted((a, b) -> Integer.compare(b.mentions().size(), a.mentions().size()))
                    .forEach(e -> sb.append(' ').append(e.nameAr() != null ? e.nameAr() : e.id())
                            .append(" [").append(e.type()).append("]×").append(e.mentions().size()));
            sb.append('\n');
        }
        List<Claim> cs = d.getOr(Layer.CLAIMS, List.of());
        if (!cs.isEmpty()) {
            Map<String, List<Claim>> byType = new LinkedHashMap<>();
            cs.forEach(c -> byType.computeIfAbsent(c.sourceType(), k -> new java.util.ArrayList<>()).add(c));
            sb.append("   claims (").append(cs.size()).append("):\n");
            byType.forEach((type, list) -> {
                sb.append("     ").append(type).append(" (").append(list.size()).append(")\n");
                for (Claim c : list) {
                    sb.append("       ").append(source(d, c));
                    for (ViaLink v : c.via()) {
                        sb.append(" ← via ").append(v.entity() != null ? name(d, v.entity()) : d.text(v.span()));
                    }
                    sb.append(c.deny() ? " [denies]" : "").append(c.hedged() ? " [hedged]" : "")
                            .append(": ").append(c.content() == null ? "" : clip(d.text(c.content()))).append('\n');
                }
            });
        }
        List<Event> evs = d.getOr(Layer.EVENTS, List.of());
        if (!evs.isEmpty()) {
            sb.append("   events (").append(evs.size()).append("):\n");
            for (Event e : evs) {
                sb.append("     ").append(e.type()).append(e.negated() ? " (negated)" : "").append(' ')
                        .append(d.text(e.trigger())).append(": ")
                        .append(e.actor() == null ? "?" : name(d, e.actor()));
                if (e.target() != null) {
                    sb.append(" → ").append(name(d, e.target()));
                }
                if (e.location() != null) {
                    sb.append(" @ ").append(name(d, e.location()));
                }
                if (e.time() != null) {
                    sb.append(" [").append(e.time()).append(']');
                }
                if (e.assertedBy() != null) {
                    sb.append(" (reported in ").append(e.assertedBy()).append(')');
                }
                sb.append('\n');
            }
        }
        List<Narrative> ns = d.getOr(Layer.NARRATIVES, List.of());
        if (!ns.isEmpty()) {
            sb.append("   narratives:");
            ns.forEach(n -> sb.append(' ').append(n.id()).append(String.format(Locale.ROOT, " (%.2f, %d sentences)",
                    n.score(), n.evidence().size())));
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

    private static String source(Document d, Claim c) {
        if (c.source() != null) {
            return d.text(c.source());
        }
        if (c.sourceText() != null) {
            return c.sourceText();
        }
        return c.sourceEntity() != null ? name(d, c.sourceEntity()) : "(implicit)";
    }

    /** An entity's Arabic name from the document's entities layer, else its id. */
    private static String name(Document d, String id) {
        for (Entity e : d.getOr(Layer.ENTITIES, List.<Entity>of())) {
            if (e.id().equals(id) && e.nameAr() != null) {
                return e.nameAr();
            }
        }
        return id;
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v) : Double.toString(v);
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }

    private static String clip(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 80 ? one : one.substring(0, 77) + "...";
    }
}
