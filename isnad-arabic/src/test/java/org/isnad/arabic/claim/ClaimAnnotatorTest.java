package org.isnad.arabic.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.arabic.text.TextAnnotator;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Document;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Layer;
import org.isnad.core.model.Mention;
import org.isnad.core.model.MentionKind;
import org.isnad.core.model.Span;
import org.junit.jupiter.api.Test;

/** Word orders, source types, relays, denials and non-claims on sentences written for the test. */
class ClaimAnnotatorTest {
    private static final TextAnnotator TEXT = new TextAnnotator();
    private static final ClaimAnnotator CLAIMS = new ClaimAnnotator();

    private static Document run(String text) {
        return CLAIMS.annotate(TEXT.annotate(Document.of("t", text)));
    }

    private static List<Claim> claims(Document d) {
        return d.get(Layer.CLAIMS);
    }

    private static Claim only(Document d) {
        assertEquals(1, claims(d).size(), () -> "claims: " + claims(d));
        return claims(d).get(0);
    }

    private static String text(Document d, Span s) {
        return s == null ? null : d.text(s);
    }

    @Test
    void verbSourceContentWithRelay() {
        Document d = run("نقلت وكالة رويترز خبرا. وقال مسؤول عسكري رفيع للوكالة إن القوات تقدمت نحو المدينة.");
        Claim c = only(d);
        assertEquals("قال", text(d, c.cue())); // the conjunction is not part of the cue, as in the gold
        assertEquals("مسؤول عسكري رفيع", text(d, c.source()));
        assertEquals("anonymous_official", c.sourceType());
        assertEquals("القوات تقدمت نحو المدينة", text(d, c.content()));
        assertEquals(1, c.via().size());
        assertEquals("reuters", c.via().get(0).entity());
        assertEquals("لوكالة", text(d, c.via().get(0).span()));
        assertFalse(c.deny());
        assertFalse(c.hedged());
        assertFalse(c.directQuote());
    }

    @Test
    void sourceFirstAndRelayByOutletNamedInline() {
        Document d = run("في هذا السياق، تجزم المصادر، عبر \"النشرة\"، بأن الهجوم كان متوقعا.");
        Claim c = only(d);
        assertEquals("المصادر", text(d, c.source()));
        assertEquals("anonymous", c.sourceType());
        assertEquals("al_nashra", c.via().get(0).entity());
        assertEquals("الهجوم كان متوقعا", text(d, c.content()));

        Document e = run("مصادر مطلعة تؤكد أن الاجتماع عقد في بيروت.");
        Claim ce = only(e);
        assertEquals("مصادر مطلعة", text(e, ce.source()));
        assertEquals("الاجتماع عقد في بيروت", text(e, ce.content()));
    }

    @Test
    void cueInTheMiddleAndContentFirst() {
        Document d = run("أرست الجماعة يقول المسؤول إياه وقائع جديدة على الأرض.");
        Claim c = only(d);
        assertEquals("المسؤول إياه", text(d, c.source()));
        assertEquals("وقائع جديدة على الأرض", text(d, c.content()));

        Document e = run("الحرب ستنتهي خلال أيام قليلة، يختم المسؤول الغربي.");
        Claim ce = only(e);
        assertEquals("الحرب ستنتهي خلال أيام قليلة", text(e, ce.content()));
        assertEquals("المسؤول الغربي", text(e, ce.source()));

        Document f = run("وقال المصدر إن المسلحين يتلقون تدريبا خاصا، على حد تعبيره.");
        Claim cf = only(f);
        assertTrue(cf.hedged());
        assertEquals("المسلحين يتلقون تدريبا خاصا", text(f, cf.content()));
    }

    @Test
    void quotationsOfEveryStyle() {
        for (String q : new String[] {"\"%s\"", "«%s»", "“%s”"}) {
            Document d = run("وقال المتحدث: " + String.format(q, "لن نتراجع عن قرارنا مهما حدث") + ".");
            Claim c = only(d);
            assertTrue(c.directQuote(), q);
            assertEquals("لن نتراجع عن قرارنا مهما حدث", text(d, c.content()), q);
        }
        // a quoted phrase inside a quotation does not close it
        Document d = run("وتضيف: \"الأخطر أن تتحول \"دولة داعش\" إلى أمر واقع\".");
        assertEquals("الأخطر أن تتحول \"دولة داعش\" إلى أمر واقع", text(d, only(d).content()));
    }

    @Test
    void continuationInheritsTheSpeakerAndItsRelay() {
        Document d = run("وقال مصدر مطلع لوكالة سبوتنيك إن اللقاءات عقدت في التنف. وأوضح أنه شارك فيها قادة ميدانيون.");
        List<Claim> cs = claims(d);
        assertEquals(2, cs.size());
        Claim c = cs.get(1);
        assertEquals("أوضح", text(d, c.cue()));
        assertNull(c.source());
        assertEquals("مصدر مطلع", c.sourceText());
        assertEquals("anonymous", c.sourceType());
        assertEquals("sputnik", c.via().get(0).entity());
        assertEquals("شارك فيها قادة ميدانيون", text(d, c.content()));
    }

    @Test
    void sourceTypes() {
        assertEquals("named_person", only(run("وقال الرئيس الأمريكي باراك أوباما إن الحرب طويلة.")).sourceType());
        assertEquals("anonymous_official", only(run("وقال المتحدث باسم الوزارة إن الحرب طويلة.")).sourceType());
        assertEquals("organization", only(run("وأعلنت وزارة الدفاع الروسية أن الحرب طويلة.")).sourceType());
        assertEquals("organization", only(run("وأكدت دمشق أن الحرب طويلة.")).sourceType());
        assertEquals("media", only(run("وذكرت صحيفة \"واشنطن بوست\" أن الحرب طويلة.")).sourceType());
        assertEquals("document", only(run("وأشار البيان إلى أن الحرب طويلة.")).sourceType());
        assertEquals("anonymous", only(run("وقالت مصادر مطلعة إن الحرب طويلة.")).sourceType());
        Document a = run("ونحن نعتبر أن الحرب طويلة.");
        assertEquals("author", only(a).sourceType());
        assertEquals("نحن", text(a, only(a).source()));
        assertEquals("media", only(run("تقرير جديد نشرته وكالة رويترز، تحدث عن لقاءات سرية.")).sourceType());
    }

    @Test
    void headlineWithColon() {
        Document d = run("واشنطن: لا نعلم شيئا عن الصفقة\nنص الخبر هنا.");
        Claim c = only(d);
        assertEquals(":", text(d, c.cue()));
        assertEquals("واشنطن", text(d, c.source()));
        assertEquals("لا نعلم شيئا عن الصفقة", text(d, c.content()));
    }

    @Test
    void accordingToIsHedgedInEitherOrder() {
        Document d = run("بحسب الخبراء، المعركة ستطول.");
        Claim c = only(d);
        assertTrue(c.hedged());
        assertEquals("الخبراء", text(d, c.source()));
        assertEquals("المعركة ستطول", text(d, c.content()));

        Document e = run("قتل خمسة جنود في الهجوم، بحسب وكالة رويترز.");
        Claim ce = only(e);
        assertEquals("قتل خمسة جنود في الهجوم", text(e, ce.content()));
        assertEquals("media", ce.sourceType());
    }

    @Test
    void relayedByNaqalaAn() {
        Document d = run("ونقلت وكالة رويترز عن مسؤولين قولهم إن المفاوضات فشلت.");
        Claim c = only(d);
        assertEquals("قولهم", text(d, c.cue()));
        assertEquals("مسؤولين", text(d, c.source()));
        assertEquals("reuters", c.via().get(0).entity());
        assertEquals("المفاوضات فشلت", text(d, c.content()));
    }

    @Test
    void denials() {
        Document d = run("الولايات المتحدة نفت الموضوع.");
        Claim c = only(d);
        assertTrue(c.deny());
        assertEquals("الموضوع", text(d, c.content()));
        assertTrue(only(run("ودمشق لم تعد ترى ذلك انتهاكا للسيادة.")).deny());
        assertTrue(only(run("ونفى المتحدث أن يكون الجيش قد انسحب.")).deny());
        assertFalse(only(run("وقال المتحدث إن الجيش لم ينسحب.")).deny());
    }

    @Test
    void notClaims() {
        assertTrue(claims(run("يذكر أن التنظيم سيطر على المدينة العام الماضي.")).isEmpty());
        assertTrue(claims(run("يشار إلى أن التنظيم سيطر على المدينة.")).isEmpty());
        assertTrue(claims(run("اثبتت الوقائع ان التحالف فشل.")).isEmpty());
        assertTrue(claims(run("المؤشرات جميعها تؤكد أن المخطط بدأ.")).isEmpty());
        assertTrue(claims(run("ولم نرى اي اثر للغارات.")).isEmpty());
        assertTrue(claims(run("لم يحرز التحالف أي انتصار يذكر على التنظيم.")).isEmpty());
    }

    @Test
    void authorClaimsNeedAFirstPersonCue() {
        Document d = run("والسؤال هنا من يساعد التنظيم اظن ذلك مفهوما لدى الكثيرين.");
        Claim c = only(d);
        assertEquals("author", c.sourceType());
        assertEquals("ذلك مفهوما لدى الكثيرين", text(d, c.content()));
    }

    @Test
    void entitiesLayerTypesAndLinksSources() {
        String t = "وقال لافروف إن الحرب طويلة. وأكدت الوكالة أن اللقاء عقد.";
        Document d = TEXT.annotate(Document.of("t", t));
        int a = t.indexOf("لافروف");
        Entity lavrov = new Entity("sergey_lavrov", "PER", null, "Sergey Lavrov", "لافروف",
                List.of(new Mention(new Span(a, a + 6), MentionKind.NAME)));
        d = CLAIMS.annotate(d.with(Layer.ENTITIES, List.of(lavrov)));
        Claim c = claims(d).get(0);
        assertEquals("named_person", c.sourceType());
        assertEquals("sergey_lavrov", c.sourceEntity());
    }

    @Test
    void titlesRanksAndAppositions() {
        Document d = run("وقال مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن إن الاشتباكات عنيفة.");
        Claim c = only(d);
        assertEquals("named_person", c.sourceType());
        assertEquals("مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن", text(d, c.source()));
        Document e = run("وقال لؤي المقداد، رئيس مركز «مسارات»، إن التنسيق غير موجود.");
        assertEquals("named_person", only(e).sourceType());
        assertEquals("anonymous_official", only(run("وقال رئيس أركان الجيش إن العملية بدأت.")).sourceType());
    }

    @Test
    void outletRelayingOfficials() {
        Document d = run("وأفادت صحيفة حرييت نقلا عن مسؤولين أتراك أن الحكومة تدرس الخطة.");
        Claim c = only(d);
        assertEquals("مسؤولين أتراك", text(d, c.source()));
        assertEquals("صحيفة حرييت", text(d, c.via().get(0).span()));
        assertEquals("الحكومة تدرس الخطة", text(d, c.content()));
    }

    @Test
    void echoRepeatsTheLastClaim() {
        Document d = run("الولايات المتحدة نفت الموضوع وكذلك فعلت سورية.");
        List<Claim> cs = claims(d);
        assertEquals(2, cs.size());
        assertEquals("سورية", text(d, cs.get(1).source()));
        assertTrue(cs.get(1).deny());
        assertEquals("الموضوع", text(d, cs.get(1).content()));
    }

    @Test
    void passivesQuestionsAndRelativesAreNoSpeakers() {
        assertTrue(claims(run("وهي التفاصيل التي ذُكرت في المؤتمر الصحفي الأخير.")).isEmpty());
        assertTrue(claims(run("لماذا لا يقولون لنا الحقيقة عن التنظيم؟")).isEmpty());
        assertTrue(claims(run("والأكيد أنهم في غير ما ذكرت من الدول.")).isEmpty());
        Claim c = only(run("وأُعلن أن الهدنة بدأت صباح اليوم."));
        assertEquals("anonymous", c.sourceType());
        assertNull(c.source());
    }

    @Test
    void negatedDenialAffirms() {
        assertFalse(only(run("ولم يستبعد المسؤول أن تتوسع العمليات.")).deny());
    }

    @Test
    void relayAfterQuotedNameAndTimeWords() {
        Document d = run("وأعلنت «خلية الصقور» الاستخباراتية، الخميس الماضي، بحسب موقع «المدى» العراقي، عن مقتل 53 عنصرا.");
        Claim c = only(d);
        assertEquals("organization", c.sourceType());
        assertEquals(1, c.via().size());
        assertEquals("مقتل 53 عنصرا", text(d, c.content()));
    }

    @Test
    void firstPersonInsideSpeechIsTheSpeaker() {
        Document d = run("ويقول إسماعيل: أرى أن أميركا مستفيدة من وجود التنظيم.");
        Claim c = only(d);
        assertEquals("named_person", c.sourceType());
    }

    @Test
    void quotationBeforeComplementAndParticipleQuote() {
        Document d = run("واكد داود اوغلو \"ان ادنى تحرك يشكل خطرا على تركيا\"، مضيفا \"اقول ذلك هنا بوضوح تام\".");
        List<Claim> cs = claims(d);
        assertEquals(2, cs.size());
        assertTrue(cs.get(0).directQuote());
        assertEquals("ان ادنى تحرك يشكل خطرا على تركيا", text(d, cs.get(0).content()));
        assertTrue(cs.get(1).directQuote());
        assertEquals("داود اوغلو", cs.get(1).sourceText());
    }

    @Test
    void sharedAcrossThreads() throws Exception {
        String t = "وقال مصدر مطلع للوكالة إن اللقاءات عقدت. وأوضح أنه شارك فيها قادة.";
        List<Claim> expected = claims(run(t));
        Thread[] ts = new Thread[4];
        boolean[] ok = new boolean[ts.length];
        for (int i = 0; i < ts.length; i++) {
            int k = i;
            ts[i] = new Thread(() -> {
                boolean same = true;
                for (int n = 0; n < 200; n++) {
                    same &= claims(run(t)).equals(expected);
                }
                ok[k] = same;
            });
            ts[i].start();
        }
        for (int i = 0; i < ts.length; i++) {
            ts[i].join();
            assertTrue(ok[i]);
        }
    }
}
