package org.isnad.corpus.recurring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.arabic.ArabicPipeline;
import org.isnad.core.model.Document;
import org.isnad.core.pipeline.Pipeline;
import org.isnad.corpus.ingest.Ingester;
import org.isnad.corpus.store.LuceneCorpusStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims repeated across outlets, on articles written for the test and on the bundled samples. */
class RecurringClaimsTest {
    private static final Pipeline P = ArabicPipeline.standard();

    @Test
    void theSameClaimRelayedByTwoOutletsIsOneCluster() {
        Document a = P.apply("a.txt", "قال مصدر عسكري مطلع لوكالة سبوتنيك إن عناصر من تنظيم داعش انتقلوا من الرقة إلى "
                + "البادية السورية تحت غطاء جوي أمريكي خلال الأسبوع الماضي.\nوأعلنت وزارة الصحة أن المستشفيات استقبلت مئات المرضى.");
        Document b = P.apply("b.txt", "ذكرت مصادر مطلعة أن عناصر تنظيم داعش انتقلوا من مدينة الرقة إلى البادية السورية "
                + "تحت غطاء جوي أمريكي الأسبوع الماضي، بحسب ما نقلت صحيفة محلية.");
        Document c = P.apply("c.txt", "قال وزير الخارجية إن المفاوضات مع الجانب التركي حول المياه ستستأنف الشهر المقبل في أنقرة.");
        List<RecurringClaims.Cluster> clusters = new RecurringClaims(0.5).find(List.of(a, b, c));
        assertEquals(1, clusters.size(), clusters::toString);
        RecurringClaims.Cluster k = clusters.get(0);
        assertEquals(2, k.articles());
        assertTrue(k.actors().contains("isis") && k.actors().contains("raqqa"), k.actors()::toString);
        assertTrue(k.claims().stream().allMatch(i -> i.content().contains("البادية السورية")));
    }

    @Test
    void aChainOfSimilarClaimsDoesNotJoinClaimsThatDiffer() {
        // a ~ b and b ~ c (Jaccard 0.6 on content words), but a and c share only 4 of 12 words
        Document a = P.apply("a.txt", "قال المحافظ إن المدينة ستفتتح حديقة، مكتبة، جسر، شارع، مصنع، مطار.");
        Document b = P.apply("b.txt", "قال المحافظ إن المدينة ستفتتح جسر، شارع، مصنع، مطار، ميناء، متحف.");
        Document c = P.apply("c.txt", "قال المحافظ إن المدينة ستفتتح مصنع، مطار، ميناء، متحف، ملعب، مدرسة.");
        List<RecurringClaims.Cluster> clusters = new RecurringClaims(0.5).find(List.of(a, b, c));
        assertEquals(1, clusters.size(), clusters::toString);
        assertEquals(List.of("a.txt", "b.txt"), clusters.get(0).claims().stream().map(RecurringClaims.Item::doc).toList());
        assertEquals("a.txt", clusters.get(0).first().doc());
    }

    @TempDir
    Path tmp;

    @Test
    void clustersAreFoundAgainFromAStoredCorpus() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "قال مصدر عسكري مطلع لوكالة سبوتنيك إن عناصر من تنظيم داعش انتقلوا من الرقة إلى "
                + "البادية السورية تحت غطاء جوي أمريكي خلال الأسبوع الماضي.");
        Files.writeString(in.resolve("b.txt"), "ذكرت مصادر مطلعة أن عناصر تنظيم داعش انتقلوا من مدينة الرقة إلى البادية السورية "
                + "تحت غطاء جوي أمريكي الأسبوع الماضي.");
        Path corpus = tmp.resolve("corpus");
        List<RecurringClaims.Cluster> fresh = new RecurringClaims(0.5).find(List.of(
                P.apply("a.txt", Files.readString(in.resolve("a.txt"))), P.apply("b.txt", Files.readString(in.resolve("b.txt")))));
        try (LuceneCorpusStore store = LuceneCorpusStore.open(corpus, true)) {
            new Ingester(store, new Ingester.Options(P, 1, 100, 0.7), null).run(List.of(in.resolve("a.txt"), in.resolve("b.txt")));
        }
        try (LuceneCorpusStore store = LuceneCorpusStore.open(corpus, false)) {
            List<Document> stored = StoredDocuments.read(store);
            assertEquals(2, stored.size());
            List<RecurringClaims.Cluster> again = new RecurringClaims(0.5).find(stored);
            assertEquals(1, again.size());
            assertEquals(fresh.get(0).claims().stream().map(RecurringClaims.Item::content).sorted().toList(),
                    again.get(0).claims().stream().map(RecurringClaims.Item::content).sorted().toList());
            assertEquals(fresh.get(0).actors(), again.get(0).actors());
        }
    }

    @Test
    void distinctSeedArticlesShareNoClaim() throws Exception {
        Path dir = Files.isDirectory(Path.of("../samples/seeds")) ? Path.of("../samples/seeds") : Path.of("samples/seeds");
        List<Document> docs = new ArrayList<>();
        for (Path f : Files.list(dir).filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
            docs.add(P.apply(f.getFileName().toString(), Files.readString(f)));
        }
        // five different opinion pieces: no claim of one is repeated in another
        assertEquals(List.of(), new RecurringClaims(0.5).find(docs));
        // the same article published twice is found, every claim in its own cluster
        Document copy = P.apply("copy.txt", docs.get(4).text());
        List<RecurringClaims.Cluster> twice = new RecurringClaims(0.5).find(List.of(docs.get(4), copy));
        assertTrue(twice.size() >= 10, "claims of a republished article: " + twice.size());
    }
}
