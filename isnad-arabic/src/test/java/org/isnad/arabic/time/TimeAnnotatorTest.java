package org.isnad.arabic.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.isnad.arabic.text.TextAnnotator;
import org.isnad.core.model.Document;
import org.isnad.core.model.Layer;
import org.isnad.core.model.Meta;
import org.isnad.core.model.TimeExpression;
import org.junit.jupiter.api.Test;

/** Time expressions in ordinary news sentences, with and without a known article date. */
class TimeAnnotatorTest {

    private static final TextAnnotator TEXT = new TextAnnotator();
    private static final TimeAnnotator TIME = new TimeAnnotator();
    private static final LocalDate SUNDAY = LocalDate.of(2021, 2, 14);

    /** Each expression as "covered text|TYPE|value|anchored". */
    private static List<String> times(String text, LocalDate date) {
        Document doc = TEXT.annotate(Document.of("t", text));
        if (date != null) {
            doc = doc.with(Layer.META, Meta.EMPTY.withDate(date));
        }
        Document out = TIME.annotate(doc);
        return out.get(Layer.TIMES).stream()
                .map(t -> out.text(t.span()) + "|" + t.type() + "|" + t.value() + "|" + t.anchored())
                .collect(Collectors.toList());
    }

    private static void expect(String text, LocalDate date, String... expected) {
        assertEquals(List.of(expected), times(text, date), text);
    }

    @Test
    void absoluteDatesInBothMonthSeries() {
        expect("وصل الوفد إلى بغداد في 14 شباط/فبراير 2021 لإجراء محادثات.", null,
                "14 شباط/فبراير 2021|DATE|2021-02-14|false");
        expect("أعلنت الحكومة العراقية في 9 كانون الأول 2017 النصر على التنظيم.", null,
                "9 كانون الأول 2017|DATE|2017-12-09|false");
        expect("سقطت المدينة في 10 يونيو 2014 بيد المسلحين.", null, "10 يونيو 2014|DATE|2014-06-10|false");
        expect("بدأت الحملة في أيلول 2014 واستمرت أشهرا.", null, "أيلول 2014|DATE|2014-09|false");
        expect("وقع الهجوم في شهر آذار (مارس) 2019.", null, "شهر آذار (مارس) 2019|DATE|2019-03|false");
        expect("نشر البيان بتاريخ 14/2/2021 على موقع الوزارة.", null, "14/2/2021|DATE|2021-02-14|false");
        expect("محرر الموقع : 2021 - 02 - 14", null, "2021 - 02 - 14|DATE|2021-02-14|false");
        expect("تأسس التحالف الدولي في العام 2014 لمحاربة التنظيم.", null, "العام 2014|DATE|2014|false");
        expect("وقعت الاتفاقية عام 2015م في فيينا، ومنذ 2016 تغير كل شيء.", null,
                "عام 2015م|DATE|2015|false", "2016|DATE|2016|false");
        expect("عقد المؤتمر في الجزائر يوم 5 جويلية 2018.", null, "يوم 5 جويلية 2018|DATE|2018-07-05|false");
        expect("انسحبت القوات في الخامس من حزيران 2017 وعادت في 20 من شهر تموز 2017.", null,
                "الخامس من حزيران 2017|DATE|2017-06-05|false", "20 من شهر تموز 2017|DATE|2017-07-20|false");
        expect("ارتفعت الأسعار خلال عامي 2014 و2015.", null, "عامي 2014|DATE|2014|false", "2015|DATE|2015|false");
    }

    @Test
    void hijriDatesConvertToGregorian() {
        expect("صدر القرار في 15 رمضان 1442 هـ.", null, "15 رمضان 1442 هـ|DATE|2021-04-27|false");
        expect("نشر بتاريخ 4/8/1436 في الصحيفة.", null, "4/8/1436|DATE|2015-05-22|false");
        expect("ويبدأ الصيام في 1 رمضان المقبل.", LocalDate.of(2021, 3, 20), "1 رمضان المقبل|DATE|2021-04-13|true");
        expect("وكان رمضان صديقا للجميع.", LocalDate.of(2021, 3, 20));
    }

    @Test
    void monthWithoutYearIsResolvedAgainstTheArticleDate() {
        expect("زار الوزير موسكو في مارس الماضي.", SUNDAY, "مارس الماضي|DATE|2020-03|true");
        expect("زار الوزير موسكو في مارس الماضي.", null, "مارس الماضي|DATE|XXXX-03|true");
        expect("قال الرئيس إن المؤتمر يعقد في 10 و11 أبريل المقبل.", SUNDAY,
                "10|DATE|2021-04-10|true", "11 أبريل المقبل|DATE|2021-04-11|true");
        expect("قال القيادي إن المدينة مارس فيها التنظيم أبشع الجرائم.", null);
    }

    @Test
    void weekdaysWithAndWithoutDate() {
        expect("وأعلنت الوزارة يوم الجمعة عن مقتل عشرة مسلحين.", SUNDAY, "يوم الجمعة|DATE|2021-02-12|true");
        expect("وأعلنت الوزارة يوم الجمعة عن مقتل عشرة مسلحين.", null, "يوم الجمعة|DATE|XXXX-WXX-5|true");
        expect("وقالت المصادر أمس الثلاثاء إن القصف استمر.", null, "أمس الثلاثاء|DATE|P1D|true");
        expect("وقالت المصادر أمس الثلاثاء إن القصف استمر.", LocalDate.of(2021, 2, 17),
                "أمس الثلاثاء|DATE|2021-02-16|true");
        expect("واتفق الاثنان على مواصلة التنسيق.", null);
        expect("تعقد الجلسة الأحد المقبل في جنيف.", SUNDAY, "الأحد المقبل|DATE|2021-02-21|true");
    }

    @Test
    void deicticExpressions() {
        expect("وشهدت المنطقة الأسبوع الماضي معارك عنيفة.", SUNDAY, "الأسبوع الماضي|DATE|2021-W05|true");
        expect("وشهدت المنطقة الأسبوع الماضي معارك عنيفة.", null, "الأسبوع الماضي|DATE|LAST_WEEK|true");
        expect("ستجرى الانتخابات العام المقبل.", SUNDAY, "العام المقبل|DATE|2022|true");
        expect("ارتفعت الأسعار هذا الشهر بنسبة كبيرة.", null, "هذا الشهر|DATE|THIS_MONTH|true");
        expect("قتل عشرات المدنيين منذ بداية العام الجاري.", SUNDAY, "بداية العام الجاري|DATE|2021|true");
        expect("قتل عشرات المدنيين منذ بداية العام الجاري.", null, "بداية العام الجاري|DATE|THIS_YEAR|true");
        expect("وقال الأمين العام الحالي للحزب إن الوضع خطير.", null);
        expect("قتل المئات منذ مطلع العام.", SUNDAY, "مطلع العام|DATE|2021|true");
        expect("وسمعت انفجارات الليلة الماضية في أنحاء المدينة.", null, "الليلة الماضية|TIME|LAST_NIGHT|true");
        expect("وسمعت انفجارات الليلة الماضية في أنحاء المدينة.", SUNDAY,
                "الليلة الماضية|TIME|2021-02-13TNI|true");
        expect("وأكد المتحدث اليوم أن العملية مستمرة.", SUNDAY, "اليوم|DATE|2021-02-14|true");
        expect("وأكد المتحدث اليوم أن العملية مستمرة.", null, "اليوم|DATE|PRESENT_REF|true");
        expect("وكان قد أعلن أمس الأول عن الهدنة، وسيلتقي الوفدان غداً.", null,
                "أمس الأول|DATE|P2D|true", "غداً|DATE|FUTURE_REF|true");
        expect("ويقيم في الفندق منذ اليوم الأول لوصوله.", null);
        expect("والوضع حاليا تحت السيطرة، كما ذكرت الوكالة في وقت سابق.", null,
                "حاليا|DATE|PRESENT_REF|true", "وقت سابق|DATE|PAST_REF|true");
        expect("ويتوقع المحللون تغيرا في المستقبل القريب.", null, "المستقبل القريب|DATE|FUTURE_REF|true");
        expect("وانتقد نواب تيار المستقبل الحكومة.", null);
    }

    @Test
    void agoAndRecentPeriods() {
        expect("وكان التنظيم قد سيطر على المدينة منذ 6 سنوات.", SUNDAY, "منذ 6 سنوات|DATE|2015|true");
        expect("وكان التنظيم قد سيطر على المدينة منذ 6 سنوات.", null, "منذ 6 سنوات|DATE|P6Y|true");
        expect("وصل المقاتلون قبل ثلاثة أيام إلى البلدة.", SUNDAY, "قبل ثلاثة أيام|DATE|2021-02-11|true");
        expect("وهي سياسة قائمة منذ عقود في المنطقة.", null, "منذ عقود|DATE|PAST_REF|true");
        expect("وتصاعدت الهجمات خلال الأيام الماضية.", null, "الأيام الماضية|DURATION|PXD|true");
        expect("عقدت لقاءات عديدة في الأسابيع القليلة الماضية.", null,
                "الأسابيع القليلة الماضية|DURATION|PXW|true");
        expect("تضاعف عدد اللاجئين في السنوات الخمس الماضية.", null, "السنوات الخمس الماضية|DURATION|P5Y|true");
    }

    @Test
    void durationsAndSets() {
        expect("سيطر المسلحون على المنطقة في اثنتين وسبعين ساعة.", null,
                "اثنتين وسبعين ساعة|DURATION|PT72H|false");
        expect("استمرت المعارك لمدة ثلاثة أيام.", null, "ثلاثة أيام|DURATION|P3D|false");
        expect("سقطت القاعدة في غضون أقل من أسبوعين.", null, "أقل من أسبوعين|DURATION|P2W|false");
        expect("ويمكن حسم المعركة بأيام قليلة.", null, "أيام قليلة|DURATION|PXD|false");
        expect("وقضى في السجن 15 عاما قبل الإفراج عنه.", null, "15 عاما|DURATION|P15Y|false");
        expect("ويجتمع المجلس يوميا، ويصدر تقريرا كل أسبوع.", null,
                "يوميا|SET|P1D|false", "كل أسبوع|SET|P1W|false");
        expect("والمهمة تصبح أصعب يوماً بعد آخر.", null, "يوماً بعد آخر|SET|P1D|false");
        expect("ومضى شهر تقريبا على الغارات. شهر مضى تقريبا منذ بدء الغارات.", null,
                "شهر مضى تقريبا|DURATION|P1M|true");
        expect("ويعود تاريخه لسنوات طويلة إلى الوراء.", null, "سنوات طويلة|DURATION|PXY|true");
        expect("وذكر أن أيام الحرب كانت صعبة، وأن المدير العام استقال.", null);
    }

    @Test
    void centuriesDecadesSeasonsClock() {
        expect("شهدت المنطقة في الستينيات من القرن العشرين حروبا.", null, "الستينيات|DATE|196|false",
                "القرن العشرين|DATE|19|false");
        expect("وفي صيف 2014 اجتاح التنظيم الموصل.", null, "صيف 2014|DATE|2014-SU|false");
        expect("ويذكر أن الربيع العربي بدأ في تونس.", null);
        expect("ووقع الانفجار في الساعة العاشرة والنصف صباحا.", SUNDAY, "الساعة العاشرة والنصف صباحا|TIME|2021-02-14T10:30|true");
    }

    @Test
    void proclitcsAreCutFromTheSpan() {
        List<String> t = times("وبالأمس أعلن الجيش، وفي العام 2014 كان الوضع مختلفا.", null);
        assertEquals(List.of("الأمس|DATE|P1D|true", "العام 2014|DATE|2014|false"), t);
    }

    @Test
    void elidedArticleAfterLamFromTheSegmenter() {
        Document doc = TEXT.annotate(Document.of("t", "وأشار للعام الماضي."));
        List<org.isnad.core.model.Token> toks = new java.util.ArrayList<>(doc.tokens());
        org.isnad.core.model.Token w = toks.get(1);
        toks.set(1, w.withClitics(w.start() + 1, "ل", true));
        Document out = TIME.annotate(doc.with(Layer.TOKENS, toks));
        List<TimeExpression> t = out.get(Layer.TIMES);
        assertEquals(1, t.size());
        assertEquals("لعام الماضي", out.text(t.get(0).span()));
        assertEquals("LAST_YEAR", t.get(0).value());
    }

    @Test
    void stemIsUsedWhenTheSegmenterCutProclitics() {
        Document doc = TEXT.annotate(Document.of("t", "وبالأمس أعلن الجيش."));
        List<org.isnad.core.model.Token> toks = new java.util.ArrayList<>(doc.tokens());
        org.isnad.core.model.Token w = toks.get(0);
        toks.set(0, w.withClitics(w.start() + 2, "وب", true));
        Document out = TIME.annotate(doc.with(Layer.TOKENS, toks));
        List<TimeExpression> t = out.get(Layer.TIMES);
        assertEquals(1, t.size());
        assertEquals("الأمس", out.text(t.get(0).span()));
        assertTrue(t.get(0).anchored());
    }
}
