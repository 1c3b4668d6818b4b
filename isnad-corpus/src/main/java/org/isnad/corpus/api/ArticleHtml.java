package org.isnad.corpus.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The original text of an article as HTML with its stored layers marked, built from the gold-schema
 * offsets alone: each claim's content as {@code <span class="claim src-TYPE" data-claim="ID" title="CHAIN">}
 * (the chain reads source ← relay ← relay, outermost last), its cue and source as {@code span.cue} /
 * {@code span.source}, entity mentions as {@code <a class="mention">} links to the actor page, times and
 * quantities as {@code span.time} / {@code span.qty} with their value in the title, boilerplate as
 * {@code span.boilerplate}, and runs of digits as {@code <bdi dir="ltr">} so that dates keep their order
 * inside right-to-left text.
 */
public final class ArticleHtml {

    /** Digits with the separators of dates, times and numbers between them ("2021 - 02 - 14", "2,500", "10:30"). */
    private static final Pattern DIGITS = Pattern.compile("[0-9٠-٩](?:[0-9٠-٩.,:/٫٬\\-]| (?=[-/0-9٠-٩]))*[0-9٠-٩]|[0-9٠-٩]");

    private ArticleHtml() {}

    public static String render(String text, JsonNode analysis) {
        List<SpanHtml.Span> spans = new ArrayList<>();
        Map<String, String> names = entityNames(analysis);
        if (analysis != null) {
            for (JsonNode b : analysis.path("boilerplate")) {
                add(spans, b, "span", "class=\"boilerplate\"", -1);
            }
            for (JsonNode c : analysis.path("claims")) {
                String type = c.path("source_type").asText("unknown");
                String attrs = "class=\"claim src-" + SpanHtml.escape(type) + "\" data-claim=\"" + SpanHtml.escape(c.path("id").asText())
                        + "\" data-source-type=\"" + SpanHtml.escape(type) + "\" title=\"" + SpanHtml.escape(chain(c, names)) + "\"";
                add(spans, c.path("content"), "span", attrs, 0);
                add(spans, c.path("cue"), "span", "class=\"cue\"", 1);
                add(spans, c.path("source"), "span", "class=\"source\"", 1);
            }
            for (JsonNode t : analysis.path("times")) {
                add(spans, t, "span", "class=\"time\" title=\"" + SpanHtml.escape(t.path("type").asText() + " " + t.path("value").asText()) + "\"", 2);
            }
            for (JsonNode q : analysis.path("quantities")) {
                String v = q.path("value").asText() + (q.path("value_max").isNull() || q.path("value_max").isMissingNode() ? "" : "–" + q.path("value_max").asText())
                        + " " + q.path("unit").asText() + (q.path("counted").isTextual() ? " " + q.path("counted").asText() : "");
                add(spans, q, "span", "class=\"qty\" title=\"" + SpanHtml.escape(v.strip()) + "\"", 2);
            }
            // links must not nest: a mention inside another mention is left unlinked
            List<int[]> linked = new ArrayList<>();
            for (JsonNode e : analysis.path("entities")) {
                String id = e.path("id").asText();
                for (JsonNode m : e.path("mentions")) {
                    int s = m.path("start").asInt(-1);
                    int en = m.path("end").asInt(-1);
                    boolean clash = false;
                    for (int[] l : linked) {
                        clash |= s < l[1] && l[0] < en;
                    }
                    if (clash) {
                        continue;
                    }
                    linked.add(new int[] {s, en});
                    String attrs = "class=\"mention kind-" + SpanHtml.escape(m.path("kind").asText("name")) + "\" href=\"actor.html?id="
                            + SpanHtml.escape(java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8)) + "\" data-actor=\""
                            + SpanHtml.escape(id) + "\" title=\"" + SpanHtml.escape(names.getOrDefault(id, id)) + "\"";
                    spans.add(new SpanHtml.Span(s, en, "a", attrs, 3));
                }
            }
        }
        Matcher d = DIGITS.matcher(text);
        while (d.find()) {
            spans.add(new SpanHtml.Span(d.start(), d.end(), "bdi", "dir=\"ltr\"", 4));
        }
        return SpanHtml.render(text, spans);
    }

    /** "source ← relay ← relay": the source's entity name or text, then each relay's entity name or text. */
    public static String chain(JsonNode claim, Map<String, String> names) {
        List<String> parts = new ArrayList<>();
        String src = claim.path("source_entity").isTextual() ? names.get(claim.path("source_entity").asText()) : null;
        if (src == null && claim.path("source").isObject()) {
            src = claim.path("source").path("text").asText(null);
        }
        if (src == null && claim.path("source_text").isTextual()) {
            src = claim.path("source_text").asText();
        }
        if (src == null && claim.path("source_entity").isTextual()) {
            src = claim.path("source_entity").asText();
        }
        parts.add(src == null ? claim.path("source_type").asText("?") : src);
        for (JsonNode v : claim.path("via")) {
            String ent = v.path("entity").isTextual() ? v.path("entity").asText() : null;
            String name = ent == null ? null : names.getOrDefault(ent, ent);
            parts.add(name != null ? name : v.path("text").asText("?"));
        }
        return String.join(" ← ", parts);
    }

    /** Entity id → its Arabic name (else English name, else id). */
    public static Map<String, String> entityNames(JsonNode analysis) {
        Map<String, String> names = new HashMap<>();
        if (analysis != null) {
            for (JsonNode e : analysis.path("entities")) {
                String id = e.path("id").asText();
                String n = e.path("name_ar").isTextual() ? e.path("name_ar").asText()
                        : e.path("name_en").isTextual() ? e.path("name_en").asText()
                        : e.path("mentions").path(0).path("text").asText(id);
                names.put(id, n);
            }
        }
        return names;
    }

    private static void add(List<SpanHtml.Span> spans, JsonNode n, String tag, String attrs, int rank) {
        if (n != null && n.isObject() && n.path("start").isInt() && n.path("end").isInt()) {
            spans.add(new SpanHtml.Span(n.path("start").asInt(), n.path("end").asInt(), tag, attrs, rank));
        }
    }
}
