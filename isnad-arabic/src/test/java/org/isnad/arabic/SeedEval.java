package org.isnad.arabic;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.isnad.core.eval.Scorer;
import org.isnad.core.eval.Scores;
import org.isnad.core.json.DocumentJson;
import org.isnad.core.model.Document;
import org.isnad.core.pipeline.Pipeline;

/** Runs a pipeline on the seed articles of {@code ../shared} and scores it against their gold. */
public final class SeedEval {
    private SeedEval() {}

    /** Scores {@code pipeline} on every gold seed; the caller has checked {@link SharedData#present()}. */
    public static Scores score(Pipeline pipeline) throws IOException {
        Path gold = SharedData.path("gold/seeds");
        Map<String, JsonNode> g = new TreeMap<>();
        Map<String, JsonNode> s = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> st = Files.list(gold)) {
            files = st.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            String txt = name.substring(0, name.length() - ".json".length()) + ".txt";
            String text = Files.readString(SharedData.path("corpus/seeds/" + txt), StandardCharsets.UTF_8);
            g.put(name, DocumentJson.MAPPER.readTree(f.toFile()));
            s.put(name, DocumentJson.toJson(pipeline.apply(Document.of(txt, text))));
        }
        return Scorer.score(g, s);
    }
}
