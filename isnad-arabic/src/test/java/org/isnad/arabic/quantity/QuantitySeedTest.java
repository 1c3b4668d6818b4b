package org.isnad.arabic.quantity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.isnad.arabic.text.TextAnnotator;
import org.isnad.core.eval.Scorer;
import org.isnad.core.eval.Scores;
import org.isnad.core.json.DocumentJson;
import org.isnad.core.model.Document;
import org.isnad.core.model.Quantity;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Quantities on the five annotated seed articles, scored with the project scorer. */
class QuantitySeedTest {

    @Test
    void seedQuantitiesScore() throws IOException {
        Path shared = org.isnad.arabic.SharedData.root().orElse(null);
        Assumptions.assumeTrue(shared != null, "../shared not present");
        TextAnnotator text = new TextAnnotator();
        QuantityAnnotator quantities = new QuantityAnnotator();
        Map<String, JsonNode> gold = new TreeMap<>();
        Map<String, JsonNode> sys = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(shared.resolve("gold/seeds"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path g : files) {
            String name = g.getFileName().toString();
            String txt = name.replaceAll("\\.json$", ".txt");
            String content = Files.readString(shared.resolve("corpus/seeds").resolve(txt), StandardCharsets.UTF_8);
            Document doc = quantities.annotate(text.annotate(Document.of(txt, content)));
            for (Quantity q : doc.get(org.isnad.core.model.Layer.QUANTITIES)) {
                System.out.println(txt + "\t" + doc.text(q.span()) + "\t" + q.value() + "\t" + q.valueMax()
                        + "\t" + q.unit() + "\t" + q.approx() + "\t" + q.counted());
            }
            gold.put(name, DocumentJson.MAPPER.readTree(g.toFile()));
            sys.put(name, DocumentJson.toJson(doc));
        }
        Scores scores = Scorer.score(gold, sys);
        Scores.Prf q = scores.prf().get("quant");
        Double value = scores.ratios().get("q_value");
        System.out.println("quantities " + q + " value accuracy " + value);
        assertTrue(q.f1() >= 0.90, "quantities F1 " + q);
        assertTrue(value != null && value >= 0.90, "quantity value accuracy " + value);
    }
}
