package org.isnad.arabic.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.arabic.ArabicPipeline;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Document;
import org.isnad.core.model.Event;
import org.isnad.core.model.Layer;
import org.isnad.core.model.Span;
import org.isnad.core.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** Event triggers, arguments, negation, irrealis and attribution on sentences written for the test. */
class EventAnnotatorTest {

    private static final Pipeline BASE = ArabicPipeline.standard();
    private static final EventAnnotator EVENTS = new EventAnnotator();

    private static Document run(String text) {
        return EVENTS.annotate(BASE.apply("t.txt", text));
    }

    private static List<Event> events(String text) {
        return run(text).get(Layer.EVENTS);
    }

    private static Event only(String text, String type) {
        List<Event> es = events(text).stream().filter(e -> e.type().equals(type)).toList();
        assertEquals(1, es.size(), type + " in " + text + ": " + events(text));
        return es.get(0);
    }

    @Test
    void seizeWithActorAndPlace() {
        Event e = only("سيطر تنظيم داعش على مدينة الموصل بعد معارك عنيفة.", "SEIZE");
        assertEquals("isis", e.actor());
        assertEquals("mosul", e.location());
        assertFalse(e.negated());
    }

    @Test
    void attackWithTargetAndLocation() {
        Event e = only("شنت الولايات المتحدة غارات جوية على داعش في العراق.", "ATTACK");
        assertEquals("غارات جوية", run("شنت الولايات المتحدة غارات جوية على داعش في العراق.").text(e.trigger()));
        assertEquals("usa", e.actor());
        assertEquals("isis", e.target());
        assertEquals("iraq", e.location());
    }

    @Test
    void everyTypeHasATrigger() {
        only("اجتمع الرئيس السوري بوفد روسي في دمشق لبحث الأوضاع.", "MEET");
        Event s = only("تدعم تركيا داعش بالسلاح والمال.", "SUPPORT");
        assertEquals("turkey", s.actor());
        assertEquals("isis", s.target());
        only("دربت الولايات المتحدة مئات المقاتلين في الأردن.", "TRAIN");
        Event c = only("تعاونت روسيا مع إيران في المجال العسكري.", "COOPERATE");
        assertEquals("russia", c.actor());
        assertEquals("iran", c.target());
        assertEquals("raqqa", only("نزح آلاف المدنيين من الرقة بسبب القصف.", "DISPLACE").location());
        only("أفرجت السلطات عن عشرات المعتقلين أمس.", "RELEASE");
    }

    @Test
    void coordinatedTriggersAreOneSpanWithoutProclitics() {
        Document d = run("وقالت الصحيفة إن قطر تدعم وتمول الجماعات المسلحة.");
        List<Event> es = d.get(Layer.EVENTS);
        assertEquals(1, es.size(), es.toString());
        assertEquals("تدعم وتمول", d.text(es.get(0).trigger()));
        // Of coordinated actors the first named is the actor (gold convention).
        assertEquals("saudi_arabia", only("وأكد التقرير أن السعودية وقطر وتركيا تدعم الجماعات المسلحة.", "SUPPORT").actor());
        Document d2 = run("واحتلالها للمدينة كان سريعا.");
        assertEquals("احتلالها", d2.text(d2.get(Layer.EVENTS).get(0).trigger()));
    }

    @Test
    void negationIsMarked() {
        Event e = only("لم تدعم قطر داعش في أي وقت.", "SUPPORT");
        assertTrue(e.negated());
        assertTrue(only("نجح الجيش في منع سيطرة داعش على المدينة.", "SEIZE").negated());
    }

    @Test
    void hypotheticalPlannedAndFutureEventsAreNotEvents() {
        assertTrue(events("إذا سيطر داعش على بغداد فإن المنطقة كلها في خطر.").isEmpty());
        assertTrue(events("قد تتدخل الولايات المتحدة في سوريا.").isEmpty());
        assertTrue(events("أرسلت واشنطن طائرات لشن غارات على مواقع التنظيم.").stream()
                .noneMatch(e -> e.type().equals("ATTACK")));
        assertTrue(events("ستدعم الحكومة المزارعين.").isEmpty());
        assertTrue(events("يمكن القضاء على الإرهاب إذا توحدت الجهود.").isEmpty());
    }

    @Test
    void eventInsideAClaimIsAssertedByIt() {
        String text = "قال مصدر مطلع إن الولايات المتحدة دربت عناصر من داعش.";
        Document d = BASE.apply("t.txt", text);
        int cs = text.indexOf("الولايات");
        Claim c = new Claim("c1", new Span(0, 3), new Span(4, 13), null, null, "anonymous", List.of(),
                new Span(cs, text.length() - 1), false, false, false);
        Event e = EVENTS.annotate(d.with(Layer.CLAIMS, List.of(c))).get(Layer.EVENTS).get(0);
        assertEquals("TRAIN", e.type());
        assertEquals("c1", e.assertedBy());
        assertEquals("usa", e.actor());
        // the standard pipeline's own claims annotator finds the claim too
        assertEquals("c1", d.get(Layer.EVENTS).get(0).assertedBy());
        assertNull(EVENTS.annotate(d.with(Layer.CLAIMS, List.of())).get(Layer.EVENTS).get(0).assertedBy());
    }

    @Test
    void creatingIsSupportOnlyForAGroup() {
        assertTrue(events("أنشأت الحكومة مدرسة جديدة في المدينة.").isEmpty());
        only("أنشأت أجهزة المخابرات هذه الجماعات المسلحة قبل سنوات.", "SUPPORT");
        only("انقلب التنظيم على من أوجدوه.", "SUPPORT");
    }

    @Test
    void namesAreNotTriggers() {
        // التحالف is the coalition's name, تدمر the city: neither is an event here.
        assertTrue(events("وصل وفد من التحالف الدولي إلى تدمر.").isEmpty());
    }
}
