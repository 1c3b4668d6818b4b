package org.isnad.arabic.quantity;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.isnad.arabic.text.TextAnnotator;
import org.isnad.core.json.DocumentJson;
import org.isnad.core.model.Document;
import org.isnad.core.model.Layer;
import org.isnad.core.model.Quantity;
import org.isnad.core.model.Token;
import org.isnad.core.model.TokenKind;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Development aid, off by default: prints the quantities found in the unannotated held-out articles
 * (shared/data/saudinewsnet-isis, NC licence, read only, never shipped) and the digit tokens left
 * uncovered, for judging precision and recall by eye. Run with {@code -Disnad.heldout=N} (articles).
 */
class QuantityHeldOutTest {

    @Test
    void printHeldOut() throws IOException {
        String limit = System.getProperty("isnad.heldout");
        Path shared = org.isnad.arabic.SharedData.root().orElse(null);
        Assumptions.assumeTrue(limit != null && shared != null, "held-out printing not requested");
        Path file = shared.resolve("data/saudinewsnet-isis/articles.jsonl");
        int skip = Integer.getInteger("isnad.heldout.skip", 0);
        TextAnnotator text = new TextAnnotator();
        QuantityAnnotator qa = new QuantityAnnotator();
        int max = Integer.parseInt(limit);
        int k = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null && k < skip + max) {
                if (k++ < skip) {
                    continue;
                }
                JsonNode a = DocumentJson.MAPPER.readTree(line);
                String content = a.get("content").asText();
                Document doc = qa.annotate(text.annotate(Document.of(a.get("id").asText(), content)));
                boolean[] covered = new boolean[content.length() + 1];
                for (Quantity q : doc.get(Layer.QUANTITIES)) {
                    for (int o = q.span().start(); o < q.span().end(); o++) {
                        covered[o] = true;
                    }
                    System.out.println("Q " + doc.id() + " | " + doc.text(q.span()) + " | " + q.value()
                            + (q.valueMax() != null ? ".." + q.valueMax() : "") + " " + q.unit()
                            + (q.approx() ? " ~" : "") + (q.counted() != null ? " [" + q.counted() + "]" : "")
                            + "   <<" + ctx(content, q.span().start(), q.span().end()) + ">>");
                }
                for (Token t : doc.tokens()) {
                    if (t.kind() == TokenKind.NUMBER && !covered[t.start()]) {
                        System.out.println("-  " + doc.id() + " | " + t.norm() + "   <<" + ctx(content, t.start(), t.end()) + ">>");
                    }
                }
            }
        }
    }

    private static String ctx(String s, int a, int b) {
        return s.substring(Math.max(0, a - 30), a) + "[" + s.substring(a, b) + "]"
                + s.substring(b, Math.min(s.length(), b + 30)).replace('\n', ' ');
    }
}
