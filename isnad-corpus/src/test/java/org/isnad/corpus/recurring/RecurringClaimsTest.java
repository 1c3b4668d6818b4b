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
import org.junit.jupiter.api.Test;

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
