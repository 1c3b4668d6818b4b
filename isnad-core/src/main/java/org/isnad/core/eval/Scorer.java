package org.isnad.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Scores engine output against gold, both in the gold schema's JSON, by the rules at the end of
 * {@code shared/gold/SCHEMA.md}. The figures are micro-averaged over all documents and are meant to
 * equal those of the reference scorer {@code score.py}: the same greedy one-to-one matching
 * (largest score first, ties broken by higher gold index then higher system index), the same
 * rounding to four decimals.
 */
public final class Scorer {

    /** Layers with precision/recall/F1, in report order. */
    public static final List<String> PRF_KEYS =
            List.of("m_strict", "m_lenient", "claims", "quant", "times", "events", "narr", "boiler");
    /** Ratios over matched pairs, in report order. */
    public static final List<String> RATIO_KEYS =
            List.of("b3_p", "b3_r", "c_source", "c_type", "c_via", "c_pol", "q_value", "t_value", "e_args");

    private final Map<String, long[]> acc = new LinkedHashMap<>();
    private final Map<String, double[]> extra = new LinkedHashMap<>();
    private final List<String> missing = new ArrayList<>();

    public Scorer() {
        PRF_KEYS.forEach(k -> acc.put(k, new long[3]));
        RATIO_KEYS.forEach(k -> extra.put(k, new double[2]));
    }

    /** Scores a whole folder pair: gold documents by file name, system documents by the same name. */
    public static Scores score(Map<String, JsonNode> gold, Map<String, JsonNode> sys) {
        Scorer s = new Scorer();
        gold.forEach((name, g) -> {
            JsonNode d = sys.get(name);
            if (d == null) {
                s.missing.add(name);
            }
            s.add(g, d);
        });
        return s.result();
    }

    private record M(int start, int end, String type, String eid) {}

    private static int overlap(JsonNode a, JsonNode b) {
        return Math.max(0, Math.min(a.get("end").asInt(), b.get("end").asInt())
                - Math.max(a.get("start").asInt(), b.get("start").asInt()));
    }

    private static int overlap(M a, M b) {
        return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
    }

    /** A JSON span object or null (score.py's {@code span}). */
    private static JsonNode span(JsonNode x) {
        return x != null && x.isObject() && x.has("start") && x.has("end") ? x : null;
    }

    private static List<JsonNode> list(JsonNode doc, String field) {
        List<JsonNode> out = new ArrayList<>();
        if (doc != null && doc.get(field) != null && doc.get(field).isArray()) {
            doc.get(field).forEach(out::add);
        }
        return out;
    }

    private static String str(JsonNode n, String field) {
        if (n == null) {
            return null;
        }
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<M> mentions(JsonNode doc) {
        List<M> out = new ArrayList<>();
        for (JsonNode e : list(doc, "entities")) {
            for (JsonNode m : list(e, "mentions")) {
                out.add(new M(m.get("start").asInt(), m.get("end").asInt(), str(e, "type"), str(e, "id")));
            }
        }
        return out;
    }

    /** Greedy one-to-one matching, largest score first (score.py's {@code match}). */
    static <G, S> List<int[]> match(List<G> gold, List<S> sys, BiFunction<G, S, Integer> ok) {
        List<int[]> cands = new ArrayList<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            for (int si = 0; si < sys.size(); si++) {
                int score = ok.apply(gold.get(gi), sys.get(si));
                if (score != 0) {
                    cands.add(new int[] {score, gi, si});
                }
            }
        }
        // Python sorts the tuples (score, gi, si) in reverse: all three descending.
        cands.sort((a, b) -> a[0] != b[0] ? Integer.compare(b[0], a[0])
                : a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(b[2], a[2]));
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedS = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (int[] c : cands) {
            if (usedG.contains(c[1]) || usedS.contains(c[2])) {
                continue;
            }
            usedG.add(c[1]);
            usedS.add(c[2]);
            pairs.add(new int[] {c[1], c[2]});
        }
        return pairs;
    }

    private void count(String key, int tp, int nSys, int nGold) {
        long[] a = acc.get(key);
        a[0] += tp;
        a[1] += nSys;
        a[2] += nGold;
    }

    private void ratio(String key, double num, double den) {
        double[] e = extra.get(key);
        e[0] += num;
        e[1] += den;
    }

    /** Adds one document pair; {@code s} may be null (a missing output counts as empty). */
    public void add(JsonNode g, JsonNode s) {
        List<M> gm = mentions(g);
        List<M> sm = mentions(s);
        count("m_strict", match(gm, sm, (a, b) -> a.start == b.start && a.end == b.end
                && Objects.equals(a.type, b.type) ? 1 : 0).size(), sm.size(), gm.size());
        count("m_lenient", match(gm, sm, (a, b) -> Objects.equals(a.type, b.type) ? overlap(a, b) : 0).size(),
                sm.size(), gm.size());
        // B-cubed over matched gold mentions (type-agnostic overlap match)
        List<int[]> any = match(gm, sm, Scorer::overlap);
        List<M> matched = new ArrayList<>();
        Map<M, String> sysOf = new java.util.IdentityHashMap<>();
        for (int[] p : any) {
            M gp = gm.get(p[0]);
            matched.add(gp);
            sysOf.put(gp, sm.get(p[1]).eid);
        }
        for (M m : matched) {
            int inter = 0;
            int gSize = 0;
            int sSize = 0;
            for (M x : matched) {
                boolean inG = Objects.equals(x.eid, m.eid);
                boolean inS = Objects.equals(sysOf.get(x), sysOf.get(m));
                gSize += inG ? 1 : 0;
                sSize += inS ? 1 : 0;
                inter += inG && inS ? 1 : 0;
            }
            ratio("b3_p", (double) inter / sSize, 1);
            ratio("b3_r", (double) inter / gSize, 1);
        }
        scoreClaims(list(g, "claims"), list(s, "claims"));
        scoreValues("quant", "q_value", list(g, "quantities"), list(s, "quantities"), true);
        scoreValues("times", "t_value", list(g, "times"), list(s, "times"), false);
        scoreEvents(list(g, "events"), list(s, "events"), gm, sm);
        Set<Integer> gb = chars(list(g, "boilerplate"));
        Set<Integer> sb = chars(list(s, "boilerplate"));
        int inter = 0;
        for (Integer i : gb) {
            inter += sb.contains(i) ? 1 : 0;
        }
        count("boiler", inter, sb.size(), gb.size());
        Set<String> gn = ids(list(g, "narratives"));
        Set<String> sn = ids(list(s, "narratives"));
        int common = 0;
        for (String id : gn) {
            common += sn.contains(id) ? 1 : 0;
        }
        count("narr", common, sn.size(), gn.size());
    }

    private void scoreClaims(List<JsonNode> gc, List<JsonNode> sc) {
        List<int[]> cp = match(gc, sc, (a, b) -> {
            JsonNode ca = span(a.get("content"));
            JsonNode cb = span(b.get("content"));
            int v = 0;
            if (ca != null && cb != null) {
                int ov = overlap(ca, cb);
                int shorter = Math.min(ca.get("end").asInt() - ca.get("start").asInt(),
                        cb.get("end").asInt() - cb.get("start").asInt());
                if (shorter == 0) {
                    shorter = 1;
                }
                if (ov * 2 >= shorter) {
                    v = ov + 1;
                }
            }
            JsonNode qa = span(a.get("cue"));
            JsonNode qb = span(b.get("cue"));
            if (v == 0 && qa != null && qb != null && overlap(qa, qb) > 0) {
                v = 1;
            }
            return v;
        });
        count("claims", cp.size(), sc.size(), gc.size());
        for (int[] p : cp) {
            JsonNode a = gc.get(p[0]);
            JsonNode b = sc.get(p[1]);
            JsonNode sa = span(a.get("source"));
            JsonNode sb = span(b.get("source"));
            if (sa != null) {
                ratio("c_source", sb != null && overlap(sa, sb) > 0 ? 1 : 0, 1);
            }
            ratio("c_type", Objects.equals(str(a, "source_type"), str(b, "source_type")) ? 1 : 0, 1);
            String pa = str(a, "polarity");
            String pb = str(b, "polarity");
            ratio("c_pol", Objects.equals(pa == null || pa.isEmpty() ? "affirm" : pa,
                    pb == null || pb.isEmpty() ? "affirm" : pb) ? 1 : 0, 1);
            List<JsonNode> va = list(a, "via");
            List<JsonNode> vb = list(b, "via");
            if (!va.isEmpty() || !vb.isEmpty()) {
                boolean ok = va.size() == vb.size();
                for (int i = 0; ok && i < va.size(); i++) {
                    JsonNode x = va.get(i);
                    JsonNode y = vb.get(i);
                    String ex = str(x, "entity");
                    boolean same = ex != null && !ex.isEmpty() && ex.equals(str(y, "entity"));
                    ok = same || (span(x) != null && span(y) != null && overlap(x, y) > 0);
                }
                ratio("c_via", ok ? 1 : 0, 1);
            }
        }
    }

    private void scoreValues(String key, String vkey, List<JsonNode> gl, List<JsonNode> sl, boolean quantity) {
        List<int[]> pairs = match(gl, sl, Scorer::overlap);
        count(key, pairs.size(), sl.size(), gl.size());
        for (int[] p : pairs) {
            JsonNode a = gl.get(p[0]);
            JsonNode b = sl.get(p[1]);
            boolean same = Objects.equals(pyStr(a.get("value")), pyStr(b.get("value")))
                    || numEq(a.get("value"), b.get("value"));
            if (quantity) {
                for (String k : List.of("value_max", "unit")) {
                    same = same && (numEq(a.get(k), b.get(k)) || jsonEq(a.get(k), b.get(k)));
                }
            }
            ratio(vkey, same ? 1 : 0, 1);
        }
    }

    private void scoreEvents(List<JsonNode> ge, List<JsonNode> se, List<M> gm, List<M> sm) {
        List<int[]> ep = match(ge, se, (a, b) -> Objects.equals(str(a, "type"), str(b, "type"))
                && span(a.get("trigger")) != null && span(b.get("trigger")) != null
                ? overlap(a.get("trigger"), b.get("trigger")) : 0);
        count("events", ep.size(), se.size(), ge.size());
        for (int[] p : ep) {
            JsonNode a = ge.get(p[0]);
            JsonNode b = se.get(p[1]);
            for (String arg : List.of("actor", "target", "location")) {
                String ga = str(a, arg);
                if (ga == null || ga.isEmpty()) {
                    continue;
                }
                String sa = str(b, arg);
                boolean hit = false;
                for (M x : gm) {
                    if (!ga.equals(x.eid)) {
                        continue;
                    }
                    for (M y : sm) {
                        if (Objects.equals(sa, y.eid) && overlap(x, y) > 0) {
                            hit = true;
                        }
                    }
                }
                ratio("e_args", hit ? 1 : 0, 1);
            }
        }
    }

    private static Set<Integer> chars(List<JsonNode> spans) {
        Set<Integer> out = new HashSet<>();
        for (JsonNode b : spans) {
            for (int i = b.get("start").asInt(); i < b.get("end").asInt(); i++) {
                out.add(i);
            }
        }
        return out;
    }

    private static Set<String> ids(List<JsonNode> items) {
        Set<String> out = new HashSet<>();
        items.forEach(n -> out.add(str(n, "id")));
        return out;
    }

    /** Python's {@code str()} of a JSON value, enough to compare values as score.py does. */
    private static String pyStr(JsonNode v) {
        if (v == null || v.isNull()) {
            return "None";
        }
        if (v.isBoolean()) {
            return v.asBoolean() ? "True" : "False";
        }
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue().toString();
        }
        if (v.isNumber()) {
            return Double.toString(v.asDouble());
        }
        return v.toString();
    }

    private static boolean jsonEq(JsonNode a, JsonNode b) {
        boolean an = a == null || a.isNull();
        boolean bn = b == null || b.isNull();
        if (an || bn) {
            return an && bn;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.asDouble() == b.asDouble();
        }
        return a.equals(b);
    }

    /** score.py's {@code _num_eq}: both present and numerically equal (numeric strings count). */
    private static boolean numEq(JsonNode a, JsonNode b) {
        Double x = toDouble(a);
        Double y = toDouble(b);
        return x != null && y != null && Math.abs(x - y) < 1e-9;
    }

    private static Double toDouble(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber() || v.isBoolean()) {
            return v.isBoolean() ? (v.asBoolean() ? 1.0 : 0.0) : v.asDouble();
        }
        if (v.isTextual()) {
            try {
                return Double.parseDouble(v.asText().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private Scores result() {
        Map<String, Scores.Prf> prf = new LinkedHashMap<>();
        acc.forEach((k, v) -> prf.put(k, Scores.Prf.of((int) v[0], (int) v[1], (int) v[2])));
        Map<String, Double> ratios = new LinkedHashMap<>();
        extra.forEach((k, v) -> ratios.put(k, v[1] == 0 ? null : Scores.round4(v[0] / v[1])));
        double p = ratios.get("b3_p") == null ? 0 : ratios.get("b3_p");
        double r = ratios.get("b3_r") == null ? 0 : ratios.get("b3_r");
        ratios.put("b3_f1", p + r == 0 ? 0.0 : Scores.round4(2 * p * r / (p + r)));
        return new Scores(prf, ratios, List.copyOf(missing));
    }
}
