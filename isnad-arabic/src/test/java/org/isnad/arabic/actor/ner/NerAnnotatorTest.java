package org.isnad.arabic.actor.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.isnad.arabic.text.TextAnnotator;
import org.isnad.core.model.Document;
import org.isnad.core.model.EntityMention;
import org.isnad.core.model.Layer;
import org.isnad.core.model.MentionKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The annotator on real Arabic news sentences: types, proclitic trimming, quotes, thread safety. */
class NerAnnotatorTest {
    private static NerAnnotator ner;
    private static TextAnnotator text;

    @BeforeAll
    static void load() {
        ner = new NerAnnotator();
        text = new TextAnnotator();
    }

    /** Mention text → type. */
    private static Map<String, String> mentions(String s) {
        Document d = ner.annotate(text.annotate(Document.of("t", s)));
        Map<String, String> out = new TreeMap<>();
        for (EntityMention m : d.get(Layer.NER_MENTIONS)) {
            assertEquals(MentionKind.NAME, m.kind());
            assertEquals("ner", m.origin());
            out.put(d.text(m.span()), m.type());
        }
        return out;
    }

    @Test
    void personsPlacesAndOrganisations() {
        Map<String, String> m = mentions(
                "وقال الرئيس الأمريكي جورج بوش في مؤتمر صحفي في واشنطن إن الولايات المتحدة لن تنسحب من العراق .");
        assertEquals("PER", m.get("جورج بوش"), m.toString());
        assertEquals("GPE", m.get("واشنطن"), m.toString());
        assertEquals("GPE", m.get("العراق"), m.toString());
    }

    @Test
    void organisationAfterHeadNoun() {
        Map<String, String> m = mentions(
                "وأعلنت منظمة الصحة العالمية في جنيف أن عدد الإصابات ارتفع في مصر والسعودية .");
        assertEquals("GPE", m.get("جنيف"), m.toString());
        assertEquals("GPE", m.get("مصر"), m.toString());
        assertTrue(m.containsKey("السعودية"), m.toString());
        assertTrue(m.keySet().stream().anyMatch(k -> k.contains("منظمة الصحة العالمية") || k.contains("الصحة العالمية")),
                m.toString());
    }

    @Test
    void procliticsAreLeftOutButInitialLettersOfNamesStay() {
        Map<String, String> m = mentions("وصل وزير الخارجية الفرنسي إلى بغداد قادما من بيروت ولبنان والعراق .");
        assertEquals("GPE", m.get("بغداد"), m.toString());
        assertEquals("GPE", m.get("بيروت"), m.toString());
        assertEquals("GPE", m.get("لبنان"), m.toString());
        assertEquals("GPE", m.get("العراق"), m.toString());
        assertFalse(m.containsKey("ولبنان") || m.containsKey("والعراق"), m.toString());
    }

    @Test
    void wordsWithTanweenAreNeverPartOfAName() {
        // the tagger reads normalised text, where "شاباً" has lost its tanween; the span must not keep it
        Map<String, String> m = mentions("كيف استطاع التنظيم أن يجند شاباً كيوسف السليمان البالغ من العمر 21 عاما ؟");
        assertTrue(m.keySet().stream().noneMatch(k -> k.contains("شاباً")), m.toString());
        assertTrue(m.keySet().stream().anyMatch(k -> k.endsWith("يوسف السليمان")), m.toString());
    }

    @Test
    void placeHeadsAndGeographicNames() {
        Map<String, String> m = mentions("وتقدمت القوات نحو مدينة الموصل بعد معارك على ضفاف نهر دجلة في شمال العراق .");
        assertFalse(m.keySet().stream().anyMatch(k -> k.startsWith("مدينة")), m.toString());
        assertEquals("GPE", m.get("الموصل"), m.toString());
        assertEquals("LOC", m.get("دجلة"), m.toString());
        Map<String, String> e = mentions("وقال الوزير إن أوروبا تواجه أزمة لاجئين قادمين من سوريا .");
        assertEquals("LOC", e.get("أوروبا"), e.toString());
        assertEquals("GPE", e.get("سوريا"), e.toString());
    }

    @Test
    void nationalityWordsTitlesAndHeadNounsAreNeverANameAlone() {
        NerAnnotator ner = new NerAnnotator();
        for (String w : List.of("الأكراد", "والأكراد", "التركي", "التركية", "الكردية", "السوريين", "الروس", "منظمة",
                "الرئيس", "داعشي", "الله", "للأكراد", "الشيعة", "الخوارج", "تشن", "فى")) {
            assertTrue(ner.neverAlone(org.isnad.arabic.text.ArabicNormalizer.normalize(w)), w);
        }
        for (String w : List.of("الجزيرة", "الخليج", "أوباما", "التنف", "كوباني", "الضفة", "تركيا", "السعودية", "والسعودية", "علي", "على")) {
            assertFalse(ner.neverAlone(org.isnad.arabic.text.ArabicNormalizer.normalize(w)), w);
        }
    }

    @Test
    void indefiniteDescriptionsAreNotNames() {
        NerAnnotator ner = new NerAnnotator();
        assertTrue(ner.description(tokens("منظمة إرهابية"), 0, 2));
        assertTrue(ner.description(tokens("وحزب كردي"), 0, 2));
        assertFalse(ner.description(tokens("حزب العمال"), 0, 2));
        assertFalse(ner.description(tokens("منظمة التحرير الفلسطينية"), 0, 3));
        assertFalse(ner.description(tokens("شركة نفطون"), 0, 2));
    }

    private static List<org.isnad.core.model.Token> tokens(String text) {
        return new TextAnnotator().annotate(Document.of("t", text)).tokens();
    }

    @Test
    void cutRules() {
        NerModel model = NerModel.loadDefault();
        assertEquals(1, model.procliticCut(org.isnad.arabic.text.ArabicNormalizer.normalize("والعراق")));
        assertEquals(1, model.procliticCut(org.isnad.arabic.text.ArabicNormalizer.normalize("للوكالة")));
        assertEquals(1, model.procliticCut(org.isnad.arabic.text.ArabicNormalizer.normalize("بلبنان")));
        assertEquals(1, model.procliticCut(org.isnad.arabic.text.ArabicNormalizer.normalize("بداعش")));
        assertEquals(1, model.procliticCut(org.isnad.arabic.text.ArabicNormalizer.normalize("وبغداد")));
        assertEquals(2, model.procliticCut(org.isnad.arabic.text.ArabicNormalizer.normalize("وببغداد")));
        assertEquals(2, model.procliticCut(org.isnad.arabic.text.ArabicNormalizer.normalize("وللنظام")));
        assertEquals(0, model.procliticCut(org.isnad.arabic.text.ArabicNormalizer.normalize("بغداد")));
        assertEquals(0, model.procliticCut(org.isnad.arabic.text.ArabicNormalizer.normalize("واشنطن")));
        assertEquals(0, model.procliticCut(org.isnad.arabic.text.ArabicNormalizer.normalize("لبنان")));
    }

    @Test
    void quotesNeverInsideMentions() {
        Document d = ner.annotate(text.annotate(Document.of("q",
                "ونقلت وكالة \"رويترز\" عن المتحدث باسم \"حزب الله\" قوله إن الوضع في \"جنوب لبنان\" هادئ .")));
        for (EntityMention m : d.get(Layer.NER_MENTIONS)) {
            String s = d.text(m.span());
            assertFalse(s.contains("\""), s);
        }
    }

    @Test
    void threadSafe() throws Exception {
        String s = "التقى الملك عبد الله الثاني في عمان رئيس الوزراء البريطاني توني بلير .";
        Map<String, String> expected = mentions(s);
        ExecutorService ex = Executors.newFixedThreadPool(4);
        try {
            List<Future<Map<String, String>>> fs = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                fs.add(ex.submit(() -> mentions(s)));
            }
            for (Future<Map<String, String>> f : fs) {
                assertEquals(expected, f.get());
            }
        } finally {
            ex.shutdown();
        }
        assertTrue(expected.containsKey("توني بلير"), expected.toString());
    }
}
