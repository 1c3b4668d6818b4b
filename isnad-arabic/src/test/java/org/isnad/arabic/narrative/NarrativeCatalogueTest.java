package org.isnad.arabic.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.arabic.ArabicPipeline;
import org.isnad.arabic.event.EventAnnotator;
import org.isnad.core.model.Document;
import org.isnad.core.model.Layer;
import org.isnad.core.model.Narrative;
import org.isnad.core.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Narratives from the default catalogue and from a user catalogue written by the test. */
class NarrativeCatalogueTest {

    private static final Pipeline BASE = ArabicPipeline.standard();
    private static final EventAnnotator EVENTS = new EventAnnotator();

    private static Document prepare(String text) {
        return EVENTS.annotate(BASE.apply("t.txt", text));
    }

    private static List<String> ids(Document d) {
        return d.get(Layer.NARRATIVES).stream().map(Narrative::id).toList();
    }

    @Test
    void defaultCatalogueHasTheNineGoldNarratives() {
        NarrativeCatalogue c = NarrativeCatalogue.loadDefault();
        assertEquals(List.of("coalition_collusion", "coalition_ineffective", "foreign_creation", "regional_sponsors",
                "partition_plan", "isis_defeatable", "damascus_partner", "oil_occupation", "anti_islam_agenda"),
                c.narratives().stream().map(NarrativeCatalogue.Definition::id).toList());
    }

    @Test
    void aNarrativeAddedToAUserCatalogueIsFoundWithoutCodeChanges(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("my-narratives.yaml");
        Files.writeString(yaml, """
                narratives:
                  - id: water_war
                    en: Turkey uses the Euphrates dams as a weapon against Syria and Iraq.
                    ar: تركيا تستخدم سدود الفرات سلاحا ضد سوريا والعراق
                    threshold: 3
                    actors:
                      - [turkey]
                    cues:
                      - {text: "حرب ... مياه", weight: 2}
                      - {text: "سد*", weight: 1}
                      - {text: "مياه", weight: 1}
                      - {text: "قطع", weight: 1}
                      - "سلاح*"
                """, StandardCharsets.UTF_8);
        NarrativeAnnotator mine = new NarrativeAnnotator(yaml);
        String article = "اتهم مسؤولون في دمشق أنقرة بتخفيض منسوب نهر الفرات إلى مستويات غير مسبوقة. "
                + "وقالوا إن تركيا تقطع المياه عن ملايين السكان وتستخدم سدودها سلاحا في حرب مياه معلنة. "
                + "ويعاني المزارعون في الحسكة من جفاف الأراضي منذ أشهر.";
        Document d = mine.annotate(prepare(article));
        assertEquals(List.of("water_war"), ids(d));
        Narrative n = d.get(Layer.NARRATIVES).get(0);
        assertEquals(1, n.evidence().size());
        assertTrue(d.text(n.evidence().get(0)).contains("حرب مياه"));
        assertTrue(mine.scores(d).get("water_war") >= 3);
        // The shipped catalogue knows nothing of it, and an unrelated article does not carry it.
        assertFalse(ids(new NarrativeAnnotator().annotate(prepare(article))).contains("water_war"));
        assertTrue(ids(mine.annotate(prepare("افتتحت تركيا معرضا للكتاب في إسطنبول."))).isEmpty());
    }

    @Test
    void aNarrativeWithOnlyItsDescriptionUsesItsWordsAsWeakCues(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("bare.yaml");
        Files.writeString(yaml, """
                narratives:
                  - id: refugee_burden
                    en: Host countries cannot bear the burden of Syrian refugees any longer.
                    ar: الدول المضيفة لم تعد تتحمل عبء اللاجئين السوريين
                """, StandardCharsets.UTF_8);
        NarrativeAnnotator mine = new NarrativeAnnotator(yaml);
        Document d = mine.annotate(prepare("قال الوزير إن الدول المضيفة لم تعد تتحمل عبء اللاجئين السوريين وحدها. "
                + "وافتتح الوزير مدرسة جديدة."));
        assertEquals(List.of("refugee_burden"), ids(d));
        assertTrue(ids(mine.annotate(prepare("وافتتح الوزير مدرسة جديدة في العاصمة."))).isEmpty());
    }

    @Test
    void defaultCatalogueFindsAStorylineInAWrittenArticle() {
        String article = "يرى محللون أن الحرب في المنطقة تخدم مخطط تقسيم سوريا إلى دويلات طائفية. "
                + "وعقد وزراء الزراعة اجتماعا لبحث أسعار القمح.";
        Document d = new NarrativeAnnotator().annotate(prepare(article));
        assertEquals(List.of("partition_plan"), ids(d));
    }

    @Test
    void aSupportEventByTheCoalitionForIsisCarriesCollusion() {
        String article = "قالت مصادر إن الولايات المتحدة تدعم داعش سرا وتزوده بالسلاح.";
        Document d = new NarrativeAnnotator().annotate(prepare(article));
        assertTrue(ids(d).contains("coalition_collusion"), ids(d).toString());
    }
}
