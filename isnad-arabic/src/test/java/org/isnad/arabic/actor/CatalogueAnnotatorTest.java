package org.isnad.arabic.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.isnad.arabic.text.TextAnnotator;
import org.isnad.core.model.Document;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityMention;
import org.isnad.core.model.Layer;
import org.isnad.core.model.Mention;
import org.isnad.core.model.MentionKind;
import org.isnad.core.model.Span;
import org.isnad.core.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** Catalogue matching and linking on general Arabic news sentences (not from the seed articles). */
class CatalogueAnnotatorTest {
    static final Pipeline P = Pipeline.of(new TextAnnotator(), new CatalogueAnnotator(), new EntityAnnotator());

    static Document run(String text) {
        return P.apply("t", text);
    }

    /** "text=id:KIND" for every entity mention, in text order. */
    static List<String> links(Document d) {
        List<Object[]> all = new ArrayList<>();
        for (Entity e : d.get(Layer.ENTITIES)) {
            for (Mention m : e.mentions()) {
                all.add(new Object[] {m.span(), d.text(m.span()) + "=" + e.id() + ":" + m.kind()});
            }
        }
        all.sort((a, b) -> ((Span) a[0]).compareTo((Span) b[0]));
        List<String> out = new ArrayList<>();
        all.forEach(a -> out.add((String) a[1]));
        return out;
    }

    static List<String> mentions(Document d) {
        List<String> out = new ArrayList<>();
        for (EntityMention m : d.get(Layer.MENTIONS)) {
            out.add(d.text(m.span()) + "=" + m.entityId() + ":" + m.kind());
        }
        return out;
    }

    @Test
    void procliticsAreCutAndElidedArticleKeepsItsLam() {
        Document d = run("وصل الوفد إلى بغداد وللموصل أهمية كبيرة، وبالرقة وفي دمشق كذلك.");
        List<String> l = links(d);
        assertTrue(l.contains("لموصل=mosul:NAME"), l.toString());
        assertTrue(l.contains("الرقة=raqqa:NAME"), l.toString());
    }

    @Test
    void quotedNameAfterGenericHeadKeepsOnlyTheName() {
        Document d = run("نقلت وكالة «سبوتنيك» عن مصدر مطلع قوله إن قاعدة \"التنف\" تضم قوات أمريكية. وقال مصدر للوكالة إن الوضع هادئ.");
        List<String> l = links(d);
        assertEquals("سبوتنيك=sputnik:NAME", l.get(0), l.toString());
        assertTrue(l.contains("التنف=al_tanf_base:NAME"), l.toString());
        assertTrue(l.contains("لوكالة=sputnik:NOMINAL"), l.toString());
    }

    @Test
    void tanzimDaeshKeepsOnlyTheNameButTheStateKeepsTanzim() {
        List<String> l = links(run("أعلن تنظيم داعش مسؤوليته، فيما نفى تنظيم الدولة الإسلامية ذلك."));
        assertEquals(List.of("داعش=isis:NAME", "تنظيم الدولة الإسلامية=isis:NAME"), l);
    }

    @Test
    void ammanAndOmanAreToldApartByShaddaAndByTheDocumentsCueWords() {
        // the two spell the same without diacritics; the curated reading (Oman) is the default
        List<String> shadda = links(run("قال مسؤول إن عمّان لن تشارك في العملية البرية."));
        assertEquals(List.of("عمّان=jordan:METONYM"), shadda);
        List<String> jordan = links(run("وصل وزير الخارجية الأردني إلى عمان أمس، وقال في العاصمة الأردنية عمان إن المحادثات مثمرة."));
        assertTrue(jordan.contains("عمان=jordan:METONYM"), jordan.toString());
        assertTrue(jordan.contains("عمان=amman:NAME"), jordan.toString());
        List<String> oman = links(run("أعلنت سلطنة عمان أن وزير خارجيتها زار طهران، وقالت مسقط إن عمان تدعم الحوار."));
        assertTrue(oman.contains("عمان=oman:NAME"), oman.toString());
        assertTrue(oman.stream().noneMatch(x -> x.contains("jordan") || x.contains("amman")), oman.toString());
    }

    @Test
    void personNamesMatchWithTheirCompoundsJoinedOrSplit() {
        List<String> l = links(run("وقال عبدالملك الحوثي إن أبوبكر البغدادي لا يمثل الإسلام، فيما هاجم حسن نصرالله الرئيس عبد الفتاح السيسي."));
        assertTrue(l.contains("عبدالملك الحوثي=abdul_malik_al_houthi:NAME"), l.toString());
        assertTrue(l.contains("أبوبكر البغدادي=abu_bakr_al_baghdadi:NAME"), l.toString());
        assertTrue(l.contains("حسن نصرالله=hassan_nasrallah:NAME"), l.toString());
        assertTrue(l.contains("عبد الفتاح السيسي=abdel_fattah_el_sisi:NAME"), l.toString());
    }

    @Test
    void aTitleHelpsMatchAPersonButStaysOutOfTheSpan() {
        List<String> l = links(run("استقبل الملك سلمان في الرياض الملك عبدالله الثاني."));
        assertTrue(l.contains("سلمان=salman_bin_abdulaziz:NAME"), l.toString());
        assertTrue(l.contains("عبدالله الثاني=abdullah_ii:NAME"), l.toString());
    }

    @Test
    void anAirBaseIsNotAlQaeda() {
        List<String> l = links(run("أقلعت المقاتلات من القاعدة الجوية في دياربكر لضرب مواقع تنظيم القاعدة، ثم عادت إلى القاعدة التركية."));
        assertEquals(List.of("تنظيم القاعدة=al_qaeda:NAME"), l.stream().filter(x -> x.contains("al_qaeda")).toList(), l.toString());
    }

    @Test
    void classifierNounIsLeftOutAndTheCityIsLiteral() {
        List<String> l = links(run("سيطرت القوات على مدينة الموصل ومحافظة الأنبار، ثم وصلت إلى العاصمة دمشق."));
        assertTrue(l.contains("الموصل=mosul:NAME"), l.toString());
        assertTrue(l.contains("الأنبار=anbar:NAME"), l.toString());
        assertTrue(l.contains("دمشق=damascus:NAME"), l.toString());
    }

    @Test
    void metonymLiteralAfterInstitutionNounGovernmentOtherwise() {
        List<String> l = links(run("قال باحث في مركز الدراسات في واشنطن إن واشنطن ترفض الاقتراح، وردت موسكو بحدة."));
        assertEquals(List.of("واشنطن=washington_dc:NAME", "واشنطن=usa:METONYM", "موسكو=russia:METONYM"), l);
    }

    @Test
    void nominalsLinkToTheLastCompatibleActor() {
        List<String> l = links(run("هاجم مسلحو داعش قرية قرب الرقة. وقال المرصد السوري إن التنظيم الإرهابي أعدم عشرة أشخاص، "
                + "واتهم النظام السوري بقصف المدينة، كما أن هذا التنظيم يسيطر على أحياء عدة. وقال هذا المسؤول إن النظام يرفض."));
        assertTrue(l.contains("التنظيم الإرهابي=isis:NOMINAL"), l.toString());
        assertTrue(l.contains("التنظيم=isis:NOMINAL"), l.toString());
        assertTrue(l.contains("النظام السوري=syria:NOMINAL"), l.toString());
        assertTrue(l.contains("النظام=syria:NOMINAL"), l.toString());
        assertTrue(l.stream().noneMatch(s -> s.startsWith("هذا") || s.startsWith("المسؤول")), l.toString());
    }

    @Test
    void nationalityAdjectivesAreNotMentions() {
        List<String> l = links(run("قصفت الطائرات الأمريكية مواقع قرب الحدود، ورحب المسؤولون الروس بالقرار الأمريكي."));
        assertEquals(List.of(), l);
    }

    @Test
    void longestMatchWinsAndNoNesting() {
        List<String> l = links(run("تقدمت قوات سوريا الديمقراطية نحو سد الموصل بدعم من التحالف الدولي."));
        assertEquals(List.of("قوات سوريا الديمقراطية=sdf:NAME", "سد الموصل=mosul_dam:NAME",
                "التحالف الدولي=intl_coalition:NAME"), l);
    }

    @Test
    void governmentNominalWithNationalityAdjective() {
        List<String> l = links(run("وأكدت الحكومة العراقية أن الإدارة الأميركية وافقت، فيما رفضت السلطات التركية."));
        assertEquals(List.of("الحكومة العراقية=iraq:NOMINAL", "الإدارة الأميركية=usa:NOMINAL",
                "السلطات التركية=turkey:NOMINAL"), l);
    }

    @Test
    void mentionsLayerHasNullIdForOpenNominals() {
        Document d = run("قال التنظيم في بيان إنه سيواصل القتال.");
        assertEquals(List.of("التنظيم=null:NOMINAL"), mentions(d));
        assertEquals(List.of(), links(d)); // no armed group before it: dropped
        assertEquals(MentionKind.NOMINAL, d.get(Layer.MENTIONS).get(0).kind());
    }

    @Test
    void quotedOutletNameIsTheOutlet() {
        List<String> l = links(run("وقال المتحدث في حديث لـ«الشرق الأوسط» إن الوضع في الشرق الأوسط معقد، كما نقلت «الجزيرة» عنه."));
        assertEquals(List.of("الشرق الأوسط=asharq_al_awsat:NAME", "الشرق الأوسط=middle_east:NAME",
                "الجزيرة=al_jazeera:NAME"), l);
    }

    @Test
    void capitalsPreferTheirStateButCuratedNamesWin() {
        List<String> l = links(run("وصل الوزير إلى سلطنة عمان ثم زار عمان، فيما رحبت كوبنهاغن بالاتفاق."));
        assertEquals(List.of("سلطنة عمان=oman:NAME", "عمان=oman:NAME", "كوبنهاغن=denmark:METONYM"), l);
    }

    @Test
    void placeNamesThatAreCommonWordsNeedAClassifier() {
        // "الباب" (the door) and "حجة" (an argument) name places only after مدينة / محافظة
        assertEquals(List.of("الباب=al_bab:NAME", "حجة=hajjah:NAME"),
                links(run("سيطرت الفصائل على مدينة الباب بعد معارك، وقصفت الطائرات مواقع في محافظة حجة.")));
        assertEquals(List.of(), links(run("فتح الاتفاق الباب أمام حجة قوية للمعارضة.")));
        // a governorate and a Turkish province named without any cue
        assertEquals(List.of("حضرموت=hadramawt:NAME", "هاتاي=hatay:NAME"),
                links(run("وصل الوفد من حضرموت إلى هاتاي أمس.")));
    }

    @Test
    void aCapitalOpeningADatelineIsTheCity() {
        assertEquals(List.of("واشنطن=washington_dc:NAME", "واشنطن=usa:METONYM"),
                links(run("واشنطن 15 شوال 1436 هـ\nقالت واشنطن إنها ستواصل الغارات.")));
        // a number after the government in a sentence is not a dateline
        assertEquals(List.of("واشنطن=usa:METONYM"), links(run("وقدمت واشنطن 500 مليون دولار.")));
        // a dash or an agency in brackets after the place is one; a colon (a headline quoting the government) is not
        assertEquals(List.of("دمشق=damascus:NAME", "دمشق=syria:METONYM"),
                links(run("دمشق - قال مصدر عسكري إن دمشق سترد على الهجوم.")));
        assertEquals(List.of("بغداد=baghdad:NAME", "رويترز=reuters:NAME"), links(run("بغداد (رويترز) - انفجرت سيارة مفخخة في سوق شعبي.")));
        assertEquals(List.of("واشنطن=usa:METONYM"), links(run("واشنطن: لن نتراجع عن العقوبات")));
    }
}
