package org.isnad.arabic.time;

import org.isnad.arabic.SharedData;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.isnad.arabic.text.TextAnnotator;
import org.isnad.core.eval.Scorer;
import org.isnad.core.eval.Scores;
import org.isnad.core.json.DocumentJson;
import org.isnad.core.model.Document;
import org.isnad.core.model.Layer;
import org.isnad.core.model.Meta;
import org.isnad.core.model.TimeExpression;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The seed articles against their gold times layer, scored with the project's {@link Scorer}. */
class TimeSeedTest {

    @Test
    void seedsReachTheTargets() throws Exception {
        Path shared = SharedData.root().orElse(null);
        Assumptions.assumeTrue(shared != null, "../shared not present");
        ObjectMapper om = new ObjectMapper();
        TextAnnotator text = new TextAnnotator();
        TimeAnnotator time = new TimeAnnotator();
        Map<String, JsonNode> gold = new TreeMap<>();
        Map<String, JsonNode> sys = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(shared.resolve("gold/seeds"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path g : files) {
            String name = g.getFileName().toString();
            JsonNode gj = om.readTree(g.toFile());
            String id = name.substring(0, name.length() - 5);
            String txt = Files.readString(shared.resolve("corpus/seeds/" + id + ".txt"), StandardCharsets.UTF_8);
            Document doc = text.annotate(Document.of(id, txt));
            JsonNode date = gj.path("meta").path("date");
            if (date.isTextual()) {
                doc = doc.with(Layer.META, Meta.EMPTY.withDate(LocalDate.parse(date.asText())));
            }
            doc = time.annotate(doc);
            gold.put(name, gj);
            sys.put(name, DocumentJson.toJson(doc));
            for (TimeExpression t : doc.get(Layer.TIMES)) {
                System.out.printf("%s %s %-40s %s %s %s%n", id.substring(0, 3), t.span(), doc.text(t.span()),
                        t.type(), t.value(), t.anchored());
            }
        }
        Scores sc = Scorer.score(gold, sys);
        Scores.Prf t = sc.prf().get("times");
        double v = sc.ratios().get("t_value");
        System.out.printf("seed times P=%.3f R=%.3f F1=%.3f (tp=%d sys=%d gold=%d) value=%.3f%n",
                t.p(), t.r(), t.f1(), t.tp(), t.sys(), t.gold(), v);
        assertTrue(t.f1() >= 0.80, "times F1 " + t.f1());
        assertTrue(v >= 0.75, "value accuracy " + v);
    }
}
