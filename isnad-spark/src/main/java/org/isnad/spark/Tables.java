package org.isnad.spark;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
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
 * The job's tables. Analysis produces one nested row per input record ({@link #NESTED}: the
 * article's columns, an array of structs per layer, or the error columns); each flat table is then
 * a projection of it ({@link #FLAT}: the article columns, or one row per element of a layer's array
 * with the article's {@code doc_id}, {@code outlet} and {@code date} in front). Spans are UTF-16
 * offsets into the article's {@code text}, end exclusive, as everywhere in isnad.
 */
public final class Tables {
    private static final DataType S = DataTypes.StringType;
    private static final DataType I = DataTypes.IntegerType;
    private static final DataType B = DataTypes.BooleanType;
    private static final DataType D = DataTypes.DoubleType;

    static final StructType MENTION = struct(f("start", I), f("end", I), f("text", S), f("entity_id", S),
            f("entity_type", S), f("kind", S));
    static final StructType ENTITY = struct(f("entity_id", S), f("type", S), f("subtype", S), f("name_en", S),
            f("name_ar", S), f("mentions", I));
    static final StructType CLAIM = struct(f("claim_id", S), f("cue_start", I), f("cue_end", I), f("cue_text", S),
            f("source_start", I), f("source_end", I), f("source_text", S), f("source_entity", S), f("source_type", S),
            f("via", DataTypes.createArrayType(S)), f("via_text", DataTypes.createArrayType(S)), f("via_chain", S),
            f("content_start", I), f("content_end", I), f("content_text", S), f("deny", B), f("hedged", B),
            f("direct_quote", B));
    static final StructType QUANTITY = struct(f("start", I), f("end", I), f("text", S), f("value", D), f("value_max", D),
            f("unit", S), f("approx", B), f("counted", S));
    static final StructType TIME = struct(f("start", I), f("end", I), f("text", S), f("type", S), f("value", S),
            f("anchored", B));
    static final StructType EVENT = struct(f("event_id", S), f("trigger_start", I), f("trigger_end", I),
            f("trigger_text", S), f("type", S), f("actor", S), f("target", S), f("location", S), f("time", S),
            f("asserted_by", S), f("negated", B));
    static final StructType NARRATIVE = struct(f("narrative_id", S), f("score", D),
            f("evidence_start", DataTypes.createArrayType(I)), f("evidence_end", DataTypes.createArrayType(I)));

    /** Layer arrays of the nested row, in column order after the article columns; the name is the flat table's. */
    static final List<String> LAYERS = List.of("mentions", "entities", "claims", "quantities", "times", "events", "narratives");

    /** One row per input record; {@code error_stage} and {@code error_reason} are set on failed records only. */
    static final StructType NESTED = struct(
            f("doc_id", S), f("input", S), f("record", S), f("url", S), f("outlet", S), f("date", DataTypes.DateType),
            f("title", S), f("author", S), f("chars", I), f("tokens", I), f("sentences", I), f("text", S),
            f("error_stage", S), f("error_reason", S),
            f("mentions", DataTypes.createArrayType(MENTION)), f("entities", DataTypes.createArrayType(ENTITY)),
            f("claims", DataTypes.createArrayType(CLAIM)), f("quantities", DataTypes.createArrayType(QUANTITY)),
            f("times", DataTypes.createArrayType(TIME)), f("events", DataTypes.createArrayType(EVENT)),
            f("narratives", DataTypes.createArrayType(NARRATIVE)));

    /** Columns of the articles table (the counts per layer follow them). */
    static final List<String> ARTICLE_COLUMNS = List.of("doc_id", "input", "record", "url", "outlet", "date", "title",
            "author", "chars", "tokens", "sentences", "text");

    /** The select expressions of each flat table over the nested rows of analysed articles. */
    static final Map<String, List<String>> FLAT;

    static {
        Map<String, List<String>> flat = new java.util.LinkedHashMap<>();
        List<String> articles = new ArrayList<>(ARTICLE_COLUMNS);
        for (String l : LAYERS) {
            articles.add("size(" + l + ") AS " + l);
        }
        flat.put("articles", List.copyOf(articles));
        for (String l : LAYERS) {
            flat.put(l, List.of("doc_id", "outlet", "date", "inline(" + l + ")"));
        }
        FLAT = java.util.Collections.unmodifiableMap(flat);
    }

    /** The columns of the errors table, over the nested rows of failed records. */
    static final List<String> ERROR_COLUMNS = List.of("input", "record", "doc_id", "error_stage AS stage", "error_reason AS reason");

    private Tables() {}

    /** The nested row of a record that failed at {@code stage} ({@code read} or {@code analysis}). */
    static Row error(InputRecord in, String stage, String reason) {
        Object[] v = new Object[NESTED.size()];
        v[0] = in.id();
        v[1] = in.input();
        v[2] = in.record();
        v[12] = stage;
        v[13] = reason;
        return RowFactory.create(v);
    }

    /** Outlet, title and date as the input gave them, else as the analysis read them from the text. */
    static Meta meta(InputRecord in, Document d) {
        Meta m = d.meta();
        return new Meta(in.title() != null ? in.title() : m.title(), in.outlet() != null ? in.outlet() : m.outlet(),
                in.date() != null ? in.date() : m.date(), m.author());
    }

    /** The nested row of an analysed article. */
    static Row article(InputRecord in, Document d) {
        Meta meta = meta(in, d);
        String text = d.text();
        List<Row> mentions = new ArrayList<>();
        List<Row> entities = new ArrayList<>();
        for (Entity e : d.getOr(Layer.ENTITIES, List.of())) {
            entities.add(RowFactory.create(e.id(), e.type(), e.subtype(), e.nameEn(), e.nameAr(), e.mentions().size()));
            for (Mention m : e.mentions()) {
                mentions.add(RowFactory.create(m.span().start(), m.span().end(), m.span().textOf(text), e.id(), e.type(),
                        m.kind().json()));
            }
        }
        mentions.sort(java.util.Comparator.comparingInt((Row r) -> r.getInt(0)).thenComparingInt(r -> r.getInt(1)));
        List<Row> claims = new ArrayList<>();
        for (Claim c : d.getOr(Layer.CLAIMS, List.of())) {
            List<String> via = new ArrayList<>();
            List<String> viaText = new ArrayList<>();
            for (ViaLink v : c.via()) {
                via.add(v.entity());
                viaText.add(v.span() == null ? null : v.span().textOf(text));
            }
            String source = c.sourceText() != null ? c.sourceText() : c.source() == null ? null : c.source().textOf(text);
            claims.add(RowFactory.create(c.id(), start(c.cue()), end(c.cue()), textOf(c.cue(), text),
                    start(c.source()), end(c.source()), source, c.sourceEntity(), c.sourceType(),
                    via.toArray(new String[0]), viaText.toArray(new String[0]), chain(source, c.sourceEntity(), c.via(), text),
                    start(c.content()), end(c.content()), textOf(c.content(), text), c.deny(), c.hedged(), c.directQuote()));
        }
        List<Row> quantities = new ArrayList<>();
        for (Quantity q : d.getOr(Layer.QUANTITIES, List.of())) {
            quantities.add(RowFactory.create(q.span().start(), q.span().end(), q.span().textOf(text), q.value(), q.valueMax(),
                    q.unit(), q.approx(), q.counted()));
        }
        List<Row> times = new ArrayList<>();
        for (TimeExpression t : d.getOr(Layer.TIMES, List.of())) {
            times.add(RowFactory.create(t.span().start(), t.span().end(), t.span().textOf(text), t.type().name(), t.value(),
                    t.anchored()));
        }
        List<Row> events = new ArrayList<>();
        for (Event e : d.getOr(Layer.EVENTS, List.of())) {
            events.add(RowFactory.create(e.id(), e.trigger().start(), e.trigger().end(), e.trigger().textOf(text), e.type(),
                    e.actor(), e.target(), e.location(), e.time(), e.assertedBy(), e.negated()));
        }
        List<Row> narratives = new ArrayList<>();
        for (Narrative n : d.getOr(Layer.NARRATIVES, List.of())) {
            List<Integer> starts = new ArrayList<>();
            List<Integer> ends = new ArrayList<>();
            for (Span s : n.evidence()) {
                starts.add(s.start());
                ends.add(s.end());
            }
            narratives.add(RowFactory.create(n.id(), n.score(), starts.toArray(new Integer[0]), ends.toArray(new Integer[0])));
        }
        return RowFactory.create(in.id(), in.input(), in.record(), in.url(), meta.outlet(), sqlDate(meta.date()),
                meta.title(), meta.author(), text.length(), d.tokens().size(), d.sentences().size(), text, null, null,
                rows(mentions), rows(entities), rows(claims), rows(quantities), rows(times), rows(events), rows(narratives));
    }

    /** "source ← via1 ← via2": who said it and through whom, outermost last, as the CLI summary writes it. */
    private static String chain(String source, String sourceEntity, List<ViaLink> via, String text) {
        StringBuilder sb = new StringBuilder(source != null ? source : sourceEntity != null ? sourceEntity : "?");
        for (ViaLink v : via) {
            sb.append(" ← ").append(v.entity() != null ? v.entity() : v.span() == null ? "?" : v.span().textOf(text));
        }
        return sb.toString();
    }

    /** Arrays, not lists: Spark's row encoder takes Scala sequences or Java arrays. */
    private static Row[] rows(List<Row> rows) {
        return rows.toArray(new Row[0]);
    }

    private static Integer start(Span s) {
        return s == null ? null : s.start();
    }

    private static Integer end(Span s) {
        return s == null ? null : s.end();
    }

    private static String textOf(Span s, String text) {
        return s == null ? null : s.textOf(text);
    }

    private static Date sqlDate(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }

    private static StructField f(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }
}
