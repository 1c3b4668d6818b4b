package org.isnad.corpus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Document;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Layer;
import org.isnad.core.model.Mention;
import org.isnad.core.model.MentionKind;
import org.isnad.core.model.Narrative;
import org.isnad.core.model.Span;
import org.isnad.core.model.ViaLink;
import org.isnad.corpus.ingest.Deduplicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's claim-level fields and facets, on hand-made analyses (the standard pipeline of this
 * branch has no claim layer yet): source types, relays ("which outlets relay Sputnik"), narratives,
 * and words searched inside claims of one source type.
 */
class LuceneCorpusStoreTest {
    @TempDir
    Path tmp;

    static final String T1 = "قال مصدر مطلع لوكالة سبوتنيك إن القوات الأمريكية انسحبت من قاعدة التنف. وأكد الجيش أن الوضع هادئ.";
    static final String T2 = "أعلنت وزارة الدفاع أن قاعدة التنف تعرضت لهجوم. وقال مصدر مطلع إن الخسائر محدودة.";

    static Document analysed(String id, String text, String anonymousContent, String officialContent, boolean viaSputnik) {
        int a = text.indexOf(anonymousContent);
        int o = text.indexOf(officialContent);
        Claim anon = new Claim("c1", Span.of(0, 3), Span.of(4, 13), null, null, "anonymous",
                viaSputnik ? List.of(new ViaLink(Span.of(text.indexOf("سبوتنيك"), text.indexOf("سبوتنيك") + 7), "sputnik")) : List.of(),
                Span.of(a, a + anonymousContent.length()), false, false, false);
        Claim off = new Claim("c2", Span.of(0, 3), null, "us_army", null, "organization", List.of(),
                Span.of(o, o + officialContent.length()), false, false, false);
        int tanf = text.indexOf("التنف");
        Entity base = new Entity("al_tanf_base", "FAC", null, "al-Tanf base", "قاعدة التنف",
                List.of(new Mention(Span.of(tanf, tanf + 5), MentionKind.NAME)));
        return Document.of(id, text).with(Layer.CLAIMS, List.of(anon, off)).with(Layer.ENTITIES, List.of(base))
                .with(Layer.NARRATIVES, List.of(new Narrative("us_withdrawal", 1.0, List.of())));
    }

    @Test
    void claimFieldsAndFacets() throws Exception {
        try (LuceneCorpusStore store = LuceneCorpusStore.open(tmp, true)) {
            Document d1 = analysed("a1", T1, "القوات الأمريكية انسحبت من قاعدة التنف", "الوضع هادئ", true);
            Document d2 = analysed("a2", T2, "الخسائر محدودة", "قاعدة التنف تعرضت لهجوم", false);
            store.addArticle(new ArticleRecord("a1", 0, null, "RT Arabic", "t1", LocalDate.of(2021, 3, 1), T1, "x", null, null),
                    d1, 1, Deduplicator.keys(T1).signature());
            store.addArticle(new ArticleRecord("a2", 1, null, "Alarabiya", "t2", LocalDate.of(2022, 3, 1), T2, "y", null, null),
                    d2, 2, Deduplicator.keys(T2).signature());
            store.commit(Map.of("k", "v"));
            assertEquals(Map.of("k", "v"), store.ingestState());

            SearchResult all = store.search(SearchQuery.of(""));
            assertEquals(List.of(new SearchResult.FacetCount("anonymous", 2), new SearchResult.FacetCount("organization", 2)),
                    all.facets().get("source_type"));
            assertEquals(List.of(new SearchResult.FacetCount("sputnik", 1)), all.facets().get("via"));
            assertEquals(List.of(new SearchResult.FacetCount("us_withdrawal", 2)), all.facets().get("narrative"));
            assertTrue(all.facets().get("actor").contains(new SearchResult.FacetCount("us_army", 2)), "claim sources count as actors");

            // which outlets relay Sputnik
            SearchResult relays = store.search(SearchQuery.of("").withVia(List.of("sputnik")));
            assertEquals(List.of(new SearchResult.FacetCount("RT Arabic", 1)), relays.facets().get("outlet"));

            // claims about al-Tanf attributed to an anonymous source in 2021: only a1 (a2's anonymous claim is about losses)
            SearchResult tanf = store.search(SearchQuery.of("التنف").withInClaims(true).withSourceTypes(List.of("anonymous"))
                    .withDates(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)));
            assertEquals(1, tanf.total());
            assertEquals("a1", tanf.hits().get(0).id());
            assertTrue(tanf.hits().get(0).snippet().contains("[التنف]"), tanf.hits().get(0).snippet());
            // the claim itself, not only the article
            assertEquals(List.of(new SearchResult.ClaimHit("c1", "anonymous", "مصدر مطلع", List.of("sputnik"),
                    "القوات الأمريكية انسحبت من قاعدة التنف", T1.indexOf("القوات"),
                    T1.indexOf("القوات") + "القوات الأمريكية انسحبت من قاعدة التنف".length())), tanf.hits().get(0).claims());
            assertTrue(store.search(SearchQuery.of("التنف")).hits().get(0).claims().isEmpty(), "claims listed only for claim searches");
            assertEquals(0, store.search(SearchQuery.of("التنف").withInClaims(true).withSourceTypes(List.of("anonymous"))
                    .withOutlets(List.of("alarabiya"))).total());
            assertEquals(2, store.search(SearchQuery.of("التنف").withInClaims(true)).total());
            // a stop word beside one word: that word, in title or text (not in both, as the parser once made it)
            assertEquals(2, store.search(SearchQuery.of("من التنف")).total());
            assertEquals(1, store.search(SearchQuery.of("التنف").withInClaims(true).withSourceTypes(List.of("organization"))).total());

            ArticleRecord r = store.get("a1").orElseThrow();
            assertTrue(r.analysisJson().contains("\"source_type\":\"anonymous\""));
            assertTrue(store.get("nope").isEmpty());
        }
    }
}
