package org.isnad.arabic.claim;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.*;
import java.util.*;
import org.isnad.arabic.text.TextAnnotator;
import org.isnad.core.model.*;
import org.junit.jupiter.api.Test;
class DbgTest {
    static void dump(Document d) {
        for (Claim c : d.get(Layer.CLAIMS)) {
          for (Sentence se : d.sentences()) if (se.span().contains(c.cue().start())) System.out.println("   >> " + d.text(se.span()).replace('\n',' '));
          System.out.println(c.id() + " CUE " + d.text(c.cue()) + " | SRC " + (c.source() == null ? null : d.text(c.source())) + " | " + c.sourceType() + " " + c.sourceEntity() + " " + c.sourceText() + " VIA " + c.via().stream().map(v -> (v.span()==null?"-":d.text(v.span()))+"/"+v.entity()).toList() + (c.deny() ? " DENY" : "") + (c.hedged() ? " H" : "") + (c.directQuote() ? " Q" : "") + "\n   " + d.text(c.content()).replace('\n',' '));
        }
    }
    @Test void dbg() throws Exception {
        String t = System.getProperty("dbg.text", "");
        TextAnnotator ta = new TextAnnotator(); ClaimAnnotator ca = new ClaimAnnotator();
        if (!t.isEmpty()) {
            Document d = ca.annotate(ta.annotate(Document.of("x", t)));
            for (Token k : d.tokens()) System.out.print(k.norm() + "|" + k.kind() + " ");
            System.out.println();
            dump(d);
        }
        String from = System.getProperty("dbg.jsonl", "");
        if (!from.isEmpty()) {
            int skip = Integer.getInteger("dbg.skip", 0), n = Integer.getInteger("dbg.n", 5);
            ObjectMapper om = new ObjectMapper();
            List<String> lines = Files.readAllLines(Path.of(from));
            for (int i = skip; i < Math.min(lines.size(), skip + n); i++) {
                JsonNode j = om.readTree(lines.get(i));
                String text = j.get("content").asText();
                Document d = ca.annotate(ta.annotate(Document.of(j.get("id").asText(), text)));
                System.out.println("===== " + j.get("id").asText() + (Boolean.getBoolean("dbg.full") ? "\n" + text : "") + "\n-----");
                dump(d);
            }
        }
    }
}
