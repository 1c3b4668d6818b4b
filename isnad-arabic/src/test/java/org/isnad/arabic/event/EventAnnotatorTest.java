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

    // ---- arguments from clause structure ----------------------------------------------------------

    @Test
    void relativeHeadIsTheSubjectOfItsVerbOrTheObjectOfItsPronoun() {
        // A verb opening a relative clause: the head (first of a coordination) is the subject.
        Event c = only("وتحدث التقرير عن الأردن ومصر اللتين لم تشاركا في التحالف الدولي.", "COOPERATE");
        assertEquals("jordan", c.actor());
        assertEquals("intl_coalition", c.target());
        assertTrue(c.negated());
        // With a resumptive pronoun the head is the seized place; the wider place after it is not.
        Event s = only("زار الوفد مدينة عفرين، التي احتلتها تركيا في شمال سوريا.", "SEIZE");
        assertEquals("turkey", s.actor());
        assertEquals("afrin", s.location());
    }

    @Test
    void whoUndergoesAnEventIsItsTarget() {
        Event a = only("تعرض الجيش السوري لهجوم عنيف في ريف حماة.", "ATTACK");
        assertEquals("syrian_army", a.target());
        assertNull(a.actor());
        assertEquals("hama", a.location());
        // The trainer comes from "تحت إشراف" with a nationality adjective; the trainee is the subject.
        Event t = only("يخضع عناصر حزب الله لتدريب مكثف تحت إشراف ضباط إيرانيين.", "TRAIN");
        assertEquals("iran", t.actor());
        assertEquals("hezbollah", t.target());
    }

    @Test
    void passivesHaveNoSubjectActor() {
        // Impersonal passive: the pronoun on "سراحهم" is the released group, not an actor.
        Event r = only("وأفادت المصادر بأن عناصر حزب الله، الذين تم نقلهم إلى لبنان وإطلاق سراحهم، عادوا إلى القتال.",
                "RELEASE");
        assertEquals("hezbollah", r.target());
        assertNull(r.actor());
        // Passive participle: the noun it qualifies is the supported one, the adverb gives the supporter.
        Event p = only("وتقاتل “قوات سوريا الديمقراطية” المدعومة أمريكياً في الشمال.", "SUPPORT");
        assertEquals("sdf", p.target());
        assertEquals("usa", p.actor());
    }

    @Test
    void lightVerbSubjectActsOnTheGenitive() {
        Event e = only("قامت روسيا مؤخرا بتزويد الجيش السوري بصواريخ حديثة.", "SUPPORT");
        assertEquals("russia", e.actor());
        assertEquals("syrian_army", e.target());
    }

    @Test
    void leadingAndSponsoringPhrases() {
        // "بقيادة واشنطن" qualifies the coalition: Washington is not the subject.
        assertEquals("intl_coalition", only("قال البيان إن التحالف الدولي بقيادة واشنطن يقدم دعما للمعارضة.",
                "SUPPORT").actor());
        // The sponsor of a meeting is its actor, and "برعاية" is no support event of its own.
        List<Event> es = events("وعقد اجتماع موسع برعاية الأمم المتحدة في جنيف.");
        assertEquals(1, es.size(), es.toString());
        assertEquals("un", es.get(0).actor());
        assertEquals("geneva", es.get(0).location());
    }

    @Test
    void examplesTakeTheRoleOfTheirNounPhrase() {
        Event e = only("اتفقت دول عربية كمصر والأردن على إنهاء الخلاف.", "COOPERATE");
        assertEquals("egypt", e.actor());
        assertEquals("jordan", e.target());
        assertEquals("turkey", only("وتعاونت الحكومة مع دول عدة بما في ذلك تركيا.", "COOPERATE").target());
    }

    @Test
    void partiesAfterBetween() {
        Event e = only("وأشار إلى توقيع اتفاق، بين روسيا وتركيا، حول إدلب.", "COOPERATE");
        assertEquals("russia", e.actor());
        assertEquals("turkey", e.target());
    }

    @Test
    void pronounSubjectMakesTheNameAfterTheVerbItsObject() {
        Event e = only("وأكد التقرير أنها تدعم حزب الله بالمال.", "SUPPORT");
        assertEquals("hezbollah", e.target());
        assertNull(e.actor());
    }

    @Test
    void coActorIsNotTheTarget() {
        Event e = only("تدعم قطر وتركيا حركة حماس بالمال.", "SUPPORT");
        assertEquals("qatar", e.actor());
        assertEquals("hamas", e.target());
    }

    @Test
    void pronounObjectAfterTheAgentAndGenericPlaceNouns() {
        Event e = only("دافع المقاتلون الأكراد عن كوباني ومنعوا سيطرة داعش عليها.", "SEIZE");
        assertEquals("isis", e.actor());
        assertEquals("kobani", e.location());
        assertEquals("raqqa", only("هاجم المسلحون مدينة الرقة، وسيطروا على المدينة بعد ساعات.", "SEIZE").location());
    }

    @Test
    void agentBehindGenericHeadsAndPlacesAfterCompassWords() {
        Event e = only("أدانت الحكومة تدخل قوات “الحشد الشعبي” في الفلوجة.", "ATTACK");
        assertEquals("pmf", e.actor());
        assertEquals("fallujah", e.location());
        // "شرقي" places like "شرق": Syria is where it happened, not an actor.
        Event g = only("شنت الطائرات غارات على مواقع في شرقي سوريا.", "ATTACK");
        assertEquals("syria", g.location());
        assertNull(g.actor());
    }

    @Test
    void theOpponentInAFightFollowsAmam() {
        Event e = only("انتصر التنظيم في المعارك أمام البشمركة قرب كركوك.", "ATTACK");
        assertEquals("peshmerga", e.target());
        assertEquals("kirkuk", e.location());
    }

    @Test
    void aPluralVerbCarriesItsSubjectSoTheNameAfterItIsTheObject() {
        Event e = only("وقالت المصادر إن مسلحين اغتالوا قائد الجيش اللبناني في بيروت.", "ATTACK");
        assertNull(e.actor());
        assertEquals("lebanese_army", e.target());
        assertEquals("beirut", e.location());
    }

    @Test
    void theGenitiveOfANounOfKillingIsTheVictim() {
        Event e = events("أعلن الجيش مقتل قادة حزب الله في الغارة.").get(0);
        assertEquals("ATTACK", e.type());
        assertEquals("hezbollah", e.target());
        assertNull(e.actor());
    }

    @Test
    void theReportingOutletIsNotTheActorButAReportingArmyMayBe() {
        assertNull(only("وقالت وكالة رويترز إن مسلحين شنوا هجوما على الفندق.", "ATTACK").actor());
        assertEquals("us_forces", only("وقال الجيش الأمريكي إنه قتل عشرات المسلحين في الموصل.", "ATTACK").actor());
    }

    @Test
    void aCoordinatedVerbKeepsTheSubjectOfTheFirst() {
        // The name before "واحتلت" is the object of the first verb, not the subject of the second.
        Event e = only("هاجمت القوات التركية مواقع حزب العمال الكردستاني واحتلت بلدة عفرين.", "SEIZE");
        assertEquals("turkish_army", e.actor());
        assertEquals("afrin", e.location());
        // An object after the next verb trigger belongs to that verb.
        Event first = events("وقالت الصحيفة إن قطر تمول الجماعات وتدعم حزب الله.").get(0);
        assertEquals("qatar", first.actor());
        assertNull(first.target());
    }
}
