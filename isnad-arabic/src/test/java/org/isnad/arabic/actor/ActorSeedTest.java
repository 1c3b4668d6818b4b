package org.isnad.arabic.actor;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.isnad.arabic.SharedData;
import org.isnad.arabic.structure.StructureAnnotator;
import org.isnad.arabic.text.TextAnnotator;
import org.isnad.core.eval.Scorer;
import org.isnad.core.eval.Scores;
import org.isnad.core.json.DocumentJson;
import org.isnad.core.model.Document;
import org.isnad.core.pipeline.Annotator;
import org.isnad.core.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * Mentions and entities of the seed articles against their gold files, scored with the project
 * scorer. The floors are what the engine honestly reaches, kept a little below to allow harmless
 * changes; the targets are strict 0.85, lenient 0.90, B-cubed 0.90.
 */
class ActorSeedTest {

    static Pipeline pipeline() {
        List<Annotator> all = new ArrayList<>();
        all.add(new StructureAnnotator());
        all.add(new TextAnnotator());
        all.addAll(ActorAnnotators.withoutNer());
        return new Pipeline(all);
    }

    @Test
    void seedMentionsAndEntities() throws Exception {
        assumeTrue(SharedData.present(), SharedData.ABSENT);
        Pipeline p = pipeline();
        ObjectMapper om = new ObjectMapper();
        Map<String, JsonNode> gold = new LinkedHashMap<>();
        Map<String, JsonNode> sys = new LinkedHashMap<>();
        List<Path> files;
        try (var s = Files.list(SharedData.path("gold/seeds"))) {
            files = s.sorted().toList();
        }
        for (Path g : files) {
            String name = g.getFileName().toString().replace(".json", ".txt");
            String text = Files.readString(SharedData.path("corpus/seeds/" + name));
            Document d = p.apply(name, text);
            JsonNode gj = om.readTree(g.toFile());
            gold.put(name, gj);
            JsonNode sj = DocumentJson.toJson(d);
            sys.put(name, sj);
            if (Boolean.getBoolean("actor.diff")) {
                diff(name, gj, sj);
            }
        }
        Scores sc = Scorer.score(gold, sys);
        Scores.Prf strict = sc.prf().get("m_strict");
        Scores.Prf lenient = sc.prf().get("m_lenient");
        double b3 = sc.ratios().get("b3_f1");
        System.out.printf("ACTOR SEEDS strict P=%.3f R=%.3f F1=%.3f | lenient P=%.3f R=%.3f F1=%.3f | B3 F1=%.3f%n",
                strict.p(), strict.r(), strict.f1(), lenient.p(), lenient.r(), lenient.f1(), b3);
        assertTrue(strict.f1() >= 0.95, "strict F1 " + strict.f1());
        assertTrue(lenient.f1() >= 0.95, "lenient F1 " + lenient.f1());
        assertTrue(b3 >= 0.95, "B-cubed F1 " + b3);
    }

    /** Prints missed and spurious mentions (run with -Dactor.diff=true). */
    private static void diff(String name, JsonNode g, JsonNode s) {
        Map<String, String> gm = mentions(g);
        Map<String, String> sm = mentions(s);
        for (var e : gm.entrySet()) {
            if (!sm.containsKey(e.getKey())) {
                System.out.println(name + " MISS " + e.getKey() + " " + e.getValue());
            } else if (!sm.get(e.getKey()).split(" ")[0].equals(e.getValue().split(" ")[0])) {
                System.out.println(name + " TYPE " + e.getKey() + " gold " + e.getValue() + " sys " + sm.get(e.getKey()));
            }
        }
        for (var e : sm.entrySet()) {
            if (!gm.containsKey(e.getKey())) {
                System.out.println(name + " EXTRA " + e.getKey() + " " + e.getValue());
            }
        }
    }

    private static Map<String, String> mentions(JsonNode d) {
        Map<String, String> out = new TreeMap<>();
        for (JsonNode e : d.get("entities")) {
            for (JsonNode m : e.get("mentions")) {
                out.put(String.format("%06d-%06d %s", m.get("start").asInt(), m.get("end").asInt(), m.get("text").asText()),
                        e.get("type").asText() + " " + e.get("id").asText() + " " + m.get("kind").asText());
            }
        }
        return out;
    }
}
