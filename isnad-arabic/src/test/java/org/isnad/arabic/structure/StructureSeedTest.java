package org.isnad.arabic.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.isnad.arabic.SharedData;
import org.isnad.core.model.Document;
import org.isnad.core.model.Layer;
import org.isnad.core.model.Meta;
import org.isnad.core.model.Span;
import org.junit.jupiter.api.Test;

/** Boilerplate characters and metadata of the seed articles against their gold files. */
class StructureSeedTest {

    @Test
    void seedBoilerplateAndMetaMatchGold() throws Exception {
        assumeTrue(SharedData.present(), SharedData.ABSENT);
        StructureAnnotator a = new StructureAnnotator();
        ObjectMapper om = new ObjectMapper();
        int gold = 0;
        int found = 0;
        int extra = 0;
        for (Path g : Files.list(SharedData.path("gold/seeds")).sorted().toList()) {
            String name = g.getFileName().toString().replace(".json", ".txt");
            JsonNode gj = om.readTree(g.toFile());
            Document d = a.annotate(Document.of(name, Files.readString(SharedData.path("corpus/seeds/" + name))));
            Set<Integer> gc = new HashSet<>();
            gj.get("boilerplate").forEach(b -> {
                for (int i = b.get("start").asInt(); i < b.get("end").asInt(); i++) {
                    gc.add(i);
                }
            });
            Set<Integer> sc = new HashSet<>();
            for (Span s : d.get(Layer.BOILERPLATE)) {
                for (int i = s.start(); i < s.end(); i++) {
                    sc.add(i);
                }
            }
            gold += gc.size();
            for (int i : sc) {
                if (gc.contains(i)) {
                    found++;
                } else {
                    extra++;
                }
            }
            Meta m = d.get(Layer.META);
            JsonNode gm = gj.get("meta");
            assertEquals(gm.get("title").isNull() ? null : gm.get("title").asText(), m.title(), name);
            assertEquals(gm.get("outlet").isNull() ? null : gm.get("outlet").asText(), m.outlet(), name);
            assertEquals(gm.get("date").isNull() ? null : gm.get("date").asText(),
                    m.date() == null ? null : m.date().toString(), name);
        }
        // all boilerplate of 002-004 found, nothing else marked
        assertEquals(gold, found);
        assertEquals(0, extra);
    }
}
