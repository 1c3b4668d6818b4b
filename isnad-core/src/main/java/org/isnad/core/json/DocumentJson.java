package org.isnad.core.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Document;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Event;
import org.isnad.core.model.Layer;
import org.isnad.core.model.Mention;
import org.isnad.core.model.Meta;
import org.isnad.core.model.Narrative;
import org.isnad.core.model.Quantity;
import org.isnad.core.model.Span;
import org.isnad.core.model.TimeExpression;
import org.isnad.core.model.ViaLink;

/**
 * Writes a document in the gold schema's JSON format ({@code shared/gold/SCHEMA.md}), so that one
 * scorer reads both gold and engine output. Every span carries {@code text} taken from the
 * original, so {@code text == article.substring(start, end)} holds by construction.
 */
public final class DocumentJson {
    /** Shared, thread-safe once configured. */
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DocumentJson() {}

    public static ObjectNode toJson(Document doc) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("doc", doc.id());
        if (doc.charset() != null) {
            root.put("encoding", doc.charset().name());
        }
        Meta m = doc.meta();
        ObjectNode meta = root.putObject("meta");
        meta.put("title", m.title());
        meta.put("outlet", m.outlet());
        meta.put("date", m.date() == null ? null : m.date().toString());
        meta.put("author", m.author());

        ArrayNode bp = root.putArray("boilerplate");
        for (Span s : doc.getOr(Layer.BOILERPLATE, List.of())) {
            bp.add(span(doc, s));
        }
        ArrayNode ents = root.putArray("entities");
        for (Entity e : doc.getOr(Layer.ENTITIES, List.of())) {
            ObjectNode n = ents.addObject();
            n.put("id", e.id());
            n.put("type", e.type());
            n.put("subtype", e.subtype());
            n.put("name_en", e.nameEn());
            n.put("name_ar", e.nameAr());
            ArrayNode ms = n.putArray("mentions");
            for (Mention mention : e.mentions()) {
                ms.add(span(doc, mention.span()).put("kind", mention.kind().json()));
            }
        }
        ArrayNode claims = root.putArray("claims");
        for (Claim c : doc.getOr(Layer.CLAIMS, List.of())) {
            ObjectNode n = claims.addObject();
            n.put("id", c.id());
            n.set("cue", span(doc, c.cue()));
            n.set("source", span(doc, c.source()));
            n.put("source_entity", c.sourceEntity());
            if (c.sourceText() != null) {
                n.put("source_text", c.sourceText());
            }
            n.put("source_type", c.sourceType());
            ArrayNode via = n.putArray("via");
            for (ViaLink v : c.via()) {
                ObjectNode vn = v.span() == null ? MAPPER.createObjectNode() : span(doc, v.span());
                via.add(vn.put("entity", v.entity()));
            }
            n.set("content", span(doc, c.content()));
            n.put("polarity", c.deny() ? "deny" : "affirm");
            n.put("hedged", c.hedged());
            n.put("direct_quote", c.directQuote());
        }
        ArrayNode qs = root.putArray("quantities");
        for (Quantity q : doc.getOr(Layer.QUANTITIES, List.of())) {
            ObjectNode n = span(doc, q.span());
            putNumber(n, "value", q.value());
            if (q.valueMax() == null) {
                n.putNull("value_max");
            } else {
                putNumber(n, "value_max", q.valueMax());
            }
            n.put("unit", q.unit());
            n.put("approx", q.approx());
            n.put("counted", q.counted());
            qs.add(n);
        }
        ArrayNode ts = root.putArray("times");
        for (TimeExpression t : doc.getOr(Layer.TIMES, List.of())) {
            ts.add(span(doc, t.span()).put("type", t.type().name()).put("value", t.value()).put("anchored", t.anchored()));
        }
        ArrayNode evs = root.putArray("events");
        for (Event e : doc.getOr(Layer.EVENTS, List.of())) {
            ObjectNode n = evs.addObject();
            n.put("id", e.id());
            n.set("trigger", span(doc, e.trigger()));
            n.put("type", e.type());
            n.put("actor", e.actor());
            n.put("target", e.target());
            n.put("location", e.location());
            n.put("time", e.time());
            n.put("asserted_by", e.assertedBy());
            n.put("negated", e.negated());
        }
        ArrayNode ns = root.putArray("narratives");
        for (Narrative nar : doc.getOr(Layer.NARRATIVES, List.of())) {
            ObjectNode n = ns.addObject();
            n.put("id", nar.id());
            n.put("score", Math.round(nar.score() * 1000) / 1000.0);
            ArrayNode ev = n.putArray("evidence");
            nar.evidence().forEach(s -> ev.add(span(doc, s)));
        }
        return root;
    }

    /** Integral values are written as JSON integers (7000000000, not 7.0E9), as in the gold. */
    private static void putNumber(ObjectNode n, String field, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 9e15) {
            n.put(field, (long) v);
        } else {
            n.put(field, v);
        }
    }

    private static ObjectNode span(Document doc, Span s) {
        if (s == null) {
            return null;
        }
        ObjectNode n = MAPPER.createObjectNode();
        n.put("start", s.start());
        n.put("end", s.end());
        n.put("text", doc.text(s));
        return n;
    }
}
