package org.isnad.corpus.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.arabic.ArabicPipeline;
import org.isnad.core.pipeline.Pipeline;
import org.isnad.corpus.ingest.Ingester;
import org.isnad.corpus.store.LuceneCorpusStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/recurring} over a corpus written for the test: one report relayed by two outlets on
 * different days, an unrelated article, then a third outlet's copy ingested while the API is open.
 */
class RecurringAnswersTest {
    private static final Pipeline P = ArabicPipeline.standard();
    private static final String RELAYED = "عناصر من تنظيم داعش انتقلوا من الرقة إلى البادية السورية تحت غطاء جوي أمريكي خلال الأسبوع الماضي";

    @TempDir
    Path tmp;

    private static String line(String id, String outlet, String date, String text) {
        ObjectNode n = CorpusApi.JSON.createObjectNode().put("id", id).put("outlet", outlet).put("date", date).put("title", "تقرير " + id)
                .put("text", text);
        return n.toString() + "\n";
    }

    private void ingest(LuceneCorpusStore store, String name, String jsonl) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, jsonl);
        new Ingester(store, new Ingester.Options(P, 1, 100, 0.7, null), null).run(List.of(f));
    }

    @Test
    void clustersWithFirstAppearanceFiltersAndRecomputationAfterACommit() throws Exception {
        try (LuceneCorpusStore store = LuceneCorpusStore.open(tmp.resolve("corpus"), true)) {
            ingest(store, "a.jsonl", line("b1", "الوطن", "2021-03-05", "ذكرت مصادر مطلعة أن " + RELAYED + "، بحسب ما نقلت صحيفة محلية.")
                    + line("a1", "سبوتنيك", "2021-03-02", "قال مصدر عسكري مطلع لوكالة سبوتنيك إن " + RELAYED + ".")
                    + line("c1", "الحياة", "2021-03-03", "قال وزير الخارجية إن المفاوضات مع الجانب التركي حول المياه ستستأنف الشهر المقبل في أنقرة."));
            CorpusApi api = new CorpusApi(store);
            JsonNode r = api.recurring(List.of(), List.of(), List.of(), 1, 50, 0);
            assertEquals(1, r.path("total").asInt(), r::toPrettyString);
            assertEquals(3, r.path("articles_read").asInt());
            JsonNode c = r.path("clusters").path(0);
            assertEquals(2, c.path("articles").asInt());
            assertEquals(2, c.path("outlet_count").asInt());
            // the earlier article, though ingested second
            assertEquals("a1", c.path("first").path("article").asText());
            assertEquals("2021-03-02", c.path("first").path("date").asText());
            assertEquals("سبوتنيك", c.path("first").path("outlet").asText());
            assertEquals("تقرير a1", c.path("first").path("title").asText());
            assertTrue(c.path("first").path("content").asText().contains("البادية السورية"));
            String claim = c.path("first").path("claim").asText();
            assertTrue(store.get("a1").orElseThrow().analysisJson().contains("\"" + claim + "\""), claim);
            assertEquals("a1/" + claim, c.path("id").asText());
            assertTrue(c.path("representative").path("text").asText().contains("غطاء جوي أمريكي"));
            List<String> actors = c.path("actors").findValuesAsText("id");
            assertTrue(actors.contains("isis") && actors.contains("raqqa"), actors::toString);
            assertEquals("تنظيم الدولة الإسلامية", c.path("actors").get(actors.indexOf("isis")).path("name").asText());
            // every claim of the cluster listed, earliest article first (b1 may carry the report in two claims)
            assertEquals(c.path("claims").asInt(), c.path("items").size());
            assertEquals("a1", c.path("items").path(0).path("article").asText());
            assertEquals("b1", c.path("items").path(c.path("items").size() - 1).path("article").asText());

            // filters
            assertEquals(1, api.recurring(List.of("isis"), List.of(), List.of(), 1, 50, 0).path("total").asInt());
            assertEquals(0, api.recurring(List.of("turkey"), List.of(), List.of(), 1, 50, 0).path("total").asInt());
            assertEquals(1, api.recurring(List.of(), List.of("الوطن"), List.of(), 1, 50, 0).path("total").asInt());
            assertEquals(0, api.recurring(List.of(), List.of("الحياة"), List.of(), 1, 50, 0).path("total").asInt());
            assertEquals(0, api.recurring(List.of(), List.of(), List.of(), 3, 50, 0).path("total").asInt());
            assertEquals(0, api.recurring(List.of(), List.of(), List.of(), 1, 0, 0).path("clusters").size());

            // a third outlet's copy, committed while the API is open: the clusters are recomputed
            ingest(store, "b.jsonl", line("d1", "النهار", "2021-03-01", "أفادت مصادر محلية أن " + RELAYED + "."));
            store.refresh();
            JsonNode again = api.recurring(List.of(), List.of(), List.of(), 3, 50, 0);
            assertEquals(1, again.path("total").asInt(), again::toPrettyString);
            assertEquals(3, again.path("clusters").path(0).path("articles").asInt());
            assertEquals("d1", again.path("clusters").path(0).path("first").path("article").asText());
        }
    }
}
