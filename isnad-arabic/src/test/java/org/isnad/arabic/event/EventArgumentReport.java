package org.isnad.arabic.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.isnad.arabic.ArabicPipeline;
import org.isnad.arabic.SharedData;
import org.isnad.core.json.DocumentJson;
import org.isnad.core.model.Document;
import org.isnad.core.pipeline.Pipeline;

/**
 * Development report, not a test: for every seed event matched to gold (same type, overlapping trigger,
 * greedy by overlap as the scorer does), the gold and system actor, target and location, each marked
 * OK or XX by the scorer's rule (the system id must be that of a system mention overlapping a gold
 * mention of the gold id), with some context for the errors; then unmatched gold and system events.
 * Run after {@code mvn -B -q package -DskipTests}:
 * {@code java -cp isnad-arabic/target/test-classes:isnad-cli/target/isnad.jar org.isnad.arabic.event.EventArgumentReport}
 */
public final class EventArgumentReport {
    private EventArgumentReport() {}

    private record M(int start, int end, String id) {}

    public static void main(String[] args) throws Exception {
        Pipeline p = ArabicPipeline.standard();
        Path gold = SharedData.path("gold/seeds");
        List<Path> files;
        try (Stream<Path> st = Files.list(gold)) {
            files = st.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        int hits = 0;
        int total = 0;
        for (Path f : files) {
            String name = f.getFileName().toString();
            String txt = name.substring(0, name.length() - 5) + ".txt";
            String text = Files.readString(SharedData.path("corpus/seeds/" + txt), StandardCharsets.UTF_8);
            JsonNode g = DocumentJson.MAPPER.readTree(f.toFile());
            JsonNode s = DocumentJson.toJson(p.apply(Document.of(txt, text)));
            System.out.println("===== " + name);
            List<M> gm = mentions(g);
            List<M> sm = mentions(s);
            List<JsonNode> ge = list(g.get("events"));
            List<JsonNode> se = list(s.get("events"));
            Set<Integer> usedG = new HashSet<>();
            Set<Integer> usedS = new HashSet<>();
            for (int[] pair : match(ge, se)) {
                usedG.add(pair[0]);
                usedS.add(pair[1]);
                JsonNode a = ge.get(pair[0]);
                JsonNode b = se.get(pair[1]);
                StringBuilder lines = new StringBuilder();
                boolean bad = false;
                for (String arg : List.of("actor", "target", "location")) {
                    String ga = str(a, arg);
                    String sa = str(b, arg);
                    if (ga == null) {
                        if (sa != null) {
                            lines.append("     ").append(arg).append(": gold=null sys=").append(sa).append(" (unscored)\n");
                        }
                        continue;
                    }
                    boolean ok = hit(ga, sa, gm, sm);
                    total++;
                    hits += ok ? 1 : 0;
                    bad |= !ok;
                    lines.append(ok ? "  OK " : "  XX ").append(arg).append(": gold=").append(ga).append(" sys=")
                            .append(sa).append('\n');
                }
                JsonNode t = a.get("trigger");
                System.out.println((bad ? "!! " : "   ") + str(a, "type") + " [" + t.get("text").asText() + "] @"
                        + t.get("start").asInt());
                System.out.print(lines);
                if (bad) {
                    int from = Math.max(0, t.get("start").asInt() - 120);
                    int to = Math.min(text.length(), t.get("end").asInt() + 120);
                    System.out.println("     context: " + text.substring(from, to).replace('\n', ' '));
                }
            }
            for (int i = 0; i < ge.size(); i++) {
                if (!usedG.contains(i)) {
                    System.out.println("   missed gold " + brief(ge.get(i)));
                }
            }
            for (int i = 0; i < se.size(); i++) {
                if (!usedS.contains(i)) {
                    System.out.println("   extra system " + brief(se.get(i)));
                }
            }
        }
        System.out.printf("argument accuracy %d/%d = %.4f%n", hits, total, total == 0 ? 0 : (double) hits / total);
    }

    private static boolean hit(String ga, String sa, List<M> gm, List<M> sm) {
        for (M x : gm) {
            if (!ga.equals(x.id)) {
                continue;
            }
            for (M y : sm) {
                if (Objects.equals(sa, y.id) && Math.min(x.end, y.end) > Math.max(x.start, y.start)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Greedy one-to-one matching by trigger overlap, largest first (the scorer's order). */
    private static List<int[]> match(List<JsonNode> ge, List<JsonNode> se) {
        List<int[]> cands = new ArrayList<>();
        for (int i = 0; i < ge.size(); i++) {
            for (int j = 0; j < se.size(); j++) {
                JsonNode a = ge.get(i).get("trigger");
                JsonNode b = se.get(j).get("trigger");
                int ov = Math.min(a.get("end").asInt(), b.get("end").asInt())
                        - Math.max(a.get("start").asInt(), b.get("start").asInt());
                if (ov > 0 && Objects.equals(str(ge.get(i), "type"), str(se.get(j), "type"))) {
                    cands.add(new int[] {ov, i, j});
                }
            }
        }
        cands.sort((x, y) -> x[0] != y[0] ? y[0] - x[0] : x[1] != y[1] ? y[1] - x[1] : y[2] - x[2]);
        Set<Integer> ug = new HashSet<>();
        Set<Integer> us = new HashSet<>();
        List<int[]> out = new ArrayList<>();
        for (int[] c : cands) {
            if (!ug.contains(c[1]) && !us.contains(c[2])) {
                ug.add(c[1]);
                us.add(c[2]);
                out.add(new int[] {c[1], c[2]});
            }
        }
        out.sort((x, y) -> Integer.compare(x[0], y[0]));
        return out;
    }

    private static String brief(JsonNode e) {
        return str(e, "type") + " [" + e.get("trigger").get("text").asText() + "] @" + e.get("trigger").get("start").asInt()
                + " actor=" + str(e, "actor") + " target=" + str(e, "target") + " location=" + str(e, "location");
    }

    private static List<M> mentions(JsonNode doc) {
        List<M> out = new ArrayList<>();
        for (JsonNode e : list(doc.get("entities"))) {
            for (JsonNode m : list(e.get("mentions"))) {
                out.add(new M(m.get("start").asInt(), m.get("end").asInt(), str(e, "id")));
            }
        }
        return out;
    }

    private static List<JsonNode> list(JsonNode arr) {
        List<JsonNode> out = new ArrayList<>();
        if (arr != null && arr.isArray()) {
            arr.forEach(out::add);
        }
        return out;
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
