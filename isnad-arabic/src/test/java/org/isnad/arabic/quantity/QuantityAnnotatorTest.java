package org.isnad.arabic.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.isnad.arabic.text.TextAnnotator;
import org.isnad.core.model.Document;
import org.isnad.core.model.Layer;
import org.isnad.core.model.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityAnnotatorTest {

    private static final TextAnnotator TEXT = new TextAnnotator();
    private static final QuantityAnnotator QA = new QuantityAnnotator();

    static Document run(String s) {
        return QA.annotate(TEXT.annotate(Document.of("t", s)));
    }

    static List<Quantity> quantities(String s) {
        return run(s).get(Layer.QUANTITIES);
    }

    /** Exactly one quantity: its text, value, max (or empty), unit, approx. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // digits, scales, ranges, currencies
        "وقدرت الخسائر بنحو 2.5 مليون دولار في الهجوم|نحو 2.5 مليون دولار|2500000||USD|true",
        "رصدت الحكومة ما بين ٧ الى ٩ مليار دولار للمشروع|٧ الى ٩ مليار دولار|7000000000|9000000000|USD|false",
        "يتراوح عددهم بين 5 و 10 آلاف مقاتل|5 و 10 آلاف مقاتل|5000|10000|count|false",
        "قتل من 20 إلى 30 شخصا في القصف|20 إلى 30 شخصا|20|30|count|false",
        "بلغت الميزانية 1,500 مليون ريال سعودي هذا العام|1,500 مليون ريال سعودي|1500000000||SAR|false",
        "دفع التنظيم 500 دينار عراقي لكل مقاتل|500 دينار عراقي|500||IQD|false",
        "تبلغ الكلفة 300 ريال فقط|300 ريال|300||riyal|false",
        "خسرت الليرة 20 في المئة من قيمتها|20 في المئة|20||percent|false",
        "ارتفعت النسبة إلى 45% خلال العام|45%|45||percent|false",
        "تراجعت الصادرات بنسبة ٣٠٪ تقريبا|٣٠٪ تقريبا|30||percent|true",
        "استولى على ملايين الدولارات من البنوك|ملايين الدولارات|1000000||USD|true",
        // words
        "سيطرت القوات على المدينة في اثنتين وسبعين ساعة فقط|اثنتين وسبعين ساعة|72||hour|false",
        "قتل خمسة وعشرون جنديا في الكمين|خمسة وعشرون جنديا|25||count|false",
        "أعدم التنظيم ثلاثة عشر رجلا في الساحة|ثلاثة عشر رجلا|13||count|false",
        "نزح أكثر من ثلاثة آلاف شخص من القرية|أكثر من ثلاثة آلاف شخص|3000||count|true",
        "أرسلت واشنطن ثلاثمائة ألف قطعة سلاح|ثلاثمائة ألف قطعة سلاح|300000||count|false",
        "استمرت المعارك ستة أشهر متواصلة|ستة أشهر|6||month|false",
        "يعيش في المخيم قرابة مليون و500 ألف نازح|قرابة مليون و500 ألف نازح|1500000||count|true",
        // vague amounts, approximators, brackets
        "وقتل العشرات من المدنيين في الغارات|العشرات من المدنيين|10||count|true",
        "اعتقلت الشرطة مئات من المشتبه بهم|مئات من المشتبه بهم|100||count|true",
        "فر عشرات الآلاف من اللاجئين إلى تركيا|عشرات الآلاف من اللاجئين|10000||count|true",
        "يضم التحالف حوالي ال ١٥٠٠ آلية عسكرية|حوالي ال ١٥٠٠ آلية عسكرية|1500||count|true",
        "وصل العدد الى مايقارب ال(٦٠) دولة ،وقد عقدت|مايقارب ال(٦٠) دولة|60||count|true",
        "وبمشاركة(٣٤)دولة اسلامية وقد تم|(٣٤)دولة اسلامية|34||count|false",
        "قُتل زهاء 200 عنصر من التنظيم|زهاء 200 عنصر|200||count|true",
        // fractions and durations
        "سيطر التنظيم على نصف مساحة البلاد|نصف|0.5||fraction|false",
        "استغرق الاجتماع نصف ساعة|نصف ساعة|0.5||hour|false",
        "خصصت الحكومة نصف مليون دولار للنازحين|نصف مليون دولار|500000||USD|false",
        "منذ 6 سنوات والحرب مستمرة|6 سنوات|6||year|false",
        "يبعد المعسكر 120كم عن الموصل|120كم|120||km|false",
        "انخفضت الأسعار بنسبة %50 خلال الشهر|%50|50||percent|false",
        "أصيب ما لا يقل عن 40 شخصا بجروح|ما لا يقل عن 40 شخصا|40||count|true",
        "تراوحت الخسائر بين 5 و 10 في المئة|5 و 10 في المئة|5|10|percent|false",
        "تعرض المبنى لـ 5-10 قذائف يوميا|5-10 قذائف|5|10|count|false",
        "حصل على مكافأة قدرها خمسة آلاف جنيه مصري|خمسة آلاف جنيه مصري|5000||EGP|false",
        "بلغت قيمة الصفقة 3 مليارات يورو|3 مليارات يورو|3000000000||EUR|false",
        "ويبلغ عدد التلاميذ المستفيدين 60 ألفا وفق ما أكدته|60 ألفا|60000||count|false",
    })
    void findsOneQuantity(String sentence, String text, double value, Double max, String unit, boolean approx) {
        Document d = run(sentence);
        List<Quantity> qs = d.get(Layer.QUANTITIES);
        assertEquals(1, qs.size(), () -> sentence + " -> " + qs);
        Quantity q = qs.get(0);
        assertEquals(text, d.text(q.span()), sentence);
        assertEquals(value, q.value(), 1e-6, sentence);
        assertEquals(max, q.valueMax(), sentence);
        assertEquals(unit, q.unit(), sentence);
        assertEquals(approx, q.approx(), sentence);
    }

    /** Sentences with numbers that are not quantities. */
    @ParameterizedTest
    @ValueSource(strings = {
        "صدر قرار مجلس الأمن الدولي رقم 2170 تحت الفصل السابع",
        "تأسس التحالف الدولي في العام 2014 لمحاربة التنظيم",
        "وقع الهجوم في 2015 بعد إعلان الخلافة",
        "محرر الموقع : 2021 - 02 - 14",
        "وقع الهجوم يوم 26 يونيو الماضي",
        "نشر البيان بتاريخ 19/6/1436 في الرياض",
        "قصفت طائرات إف-16 مواقع التنظيم",
        "بدأ الاجتماع الساعة 10:30 صباحا",
        "للاستفسار اتصل على 0501234567",
        "قتل جنديان في دولتين مختلفتين خلال أسبوعين",
        "شارك العديد من الدول وعدد من المنظمات والكثير من الناشطين",
        "قاتل في خندق واحد مع أحد القادة",
        "عاد الجنود الثلاثة إلى الفوج الثالث في القرن الحادي عشر",
        "وقال أرون ستين الباحث في المعهد",
        "ويتحكم الجناح 432 في العمليات",
        "وهو تحت القرار الدولي 2170 بمحاربة داعش",
        "انعقد الاجتماع في 9-10 يونيو 2015 في الرياض",
        "قبيل الساعة الثانية (23,00 تغ) من السبت",
        "أنهت دول مجموعة 5+1 وإيران المفاوضات",
        "تحدث اللواء دوج ستون عن السجن",
        "يعمل المركز 24/7 لخدمة المواطنين",
        "اتجهت القوات نحو الموصل أكثر من مرة",
    })
    void findsNothing(String sentence) {
        assertEquals(List.of(), quantities(sentence), sentence);
    }

    @Test
    void countedNounInEnglishWithAdjectives() {
        Document d = run("فحوالي ال ١٥٠٠ آلية عسكرية مدرعة ومصفحة سلمت للتنظيم");
        Quantity q = d.get(Layer.QUANTITIES).get(0);
        assertEquals("armoured military vehicles", q.counted());
        assertEquals("حوالي ال ١٥٠٠ آلية عسكرية مدرعة ومصفحة", d.text(q.span()), "the ف of فحوالي stays out");
        Quantity r = quantities("انضم العشرات من المقاتلين الأجانب إلى التنظيم").get(0);
        assertEquals("foreign fighters", r.counted());
        assertEquals("countries", quantities("شاركت 12 دولة في الاجتماع").get(0).counted());
    }

    @Test
    void unknownNounStillCounts() {
        Quantity q = quantities("نفذت الطائرات 25 طلعة استطلاعية فوق المنطقة").get(0);
        assertEquals("count", q.unit());
        Quantity u = quantities("سلم التنظيم 14 مخطوطة نادرة").get(0);
        assertEquals(14, u.value());
        assertEquals("count", u.unit());
        assertNull(u.counted());
    }

    @Test
    void procliticsLeftOutOfSpan() {
        Document d = run("وعد المسؤولين العراقيين بملايين الدولارات مقابل الصمت");
        Quantity q = d.get(Layer.QUANTITIES).get(0);
        assertEquals("ملايين الدولارات", d.text(q.span()));
        Document e = run("سمحت الصفقة لمئات من مسلحي التنظيم بالخروج");
        assertEquals("مئات من مسلحي", e.text(e.get(Layer.QUANTITIES).get(0).span()));
    }

    @Test
    void segmentedTokensUseTheirStem() {
        // Once the segmenter cuts proclitics, the stem start is used as is.
        String s = "وعد المسؤولين بملايين الدولارات";
        Document d = TEXT.annotate(Document.of("seg", s));
        List<org.isnad.core.model.Token> cut = new java.util.ArrayList<>();
        for (org.isnad.core.model.Token t : d.tokens()) {
            cut.add(t.norm().equals("بملايين") ? t.withClitics(t.start() + 1, "ب", false) : t);
        }
        List<Quantity> qs = QA.find(cut, null, s);
        assertEquals(1, qs.size(), qs::toString);
        assertEquals("ملايين الدولارات", qs.get(0).span().textOf(s));
        assertEquals("USD", qs.get(0).unit());
    }

    @Test
    void severalQuantitiesInOneSentence() {
        List<Quantity> qs = quantities("أسفر الهجوم عن 38 قتيلا و50 جريحا وتدمير ثلاث دبابات");
        assertEquals(3, qs.size(), qs::toString);
        assertEquals(38, qs.get(0).value());
        assertEquals(50, qs.get(1).value());
        assertEquals("wounded", qs.get(1).counted());
        assertEquals("tanks", qs.get(2).counted());
    }
}
