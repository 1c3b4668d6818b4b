package org.isnad.arabic.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.isnad.core.model.Document;
import org.isnad.core.model.Layer;
import org.isnad.core.model.Meta;
import org.isnad.core.model.Span;
import org.junit.jupiter.api.Test;

/** Boilerplate and metadata on article layouts as sites print them. */
class StructureAnnotatorTest {
    private static final StructureAnnotator A = new StructureAnnotator();

    private static List<String> boiler(Document d) {
        return d.get(Layer.BOILERPLATE).stream().map(d::text).toList();
    }

    @Test
    void repeatedTitleFooterOutletAreFound() {
        String t = "الجيش يستعيد المدينة\nالجيش يستعيد المدينةالجيش يستعيد المدينة\n\n"
                + "أعلن الجيش اليوم استعادة السيطرة على المدينة بعد معارك عنيفة.\n\n"
                + "الأكثر قراءة\n\nخبر آخر\n\nlogo\nسكاي نيوز عربية\nwww.skynewsarabia.com";
        Document d = A.annotate(Document.of("x.txt", t));
        Meta m = d.get(Layer.META);
        assertEquals("الجيش يستعيد المدينة", m.title());
        assertEquals("سكاي نيوز عربية", m.outlet());
        List<String> b = boiler(d);
        assertEquals(2, b.size());
        assertEquals("الجيش يستعيد المدينةالجيش يستعيد المدينة", b.get(0));
        assertTrue(b.get(1).startsWith("الأكثر قراءة") && b.get(1).endsWith("www.skynewsarabia.com"));
    }

    @Test
    void dateLineAndAuthorLine() {
        String t = "عنوان المقال\nبقلم: سامي الخطيب\nنص المقال يبدأ هنا ويتحدث عن أمور كثيرة.\nتاريخ النشر: ١٤/٠٢/٢٠٢١\nhttps://example.org/a/1";
        Document d = A.annotate(Document.of("x.txt", t));
        Meta m = d.get(Layer.META);
        assertEquals(LocalDate.of(2021, 2, 14), m.date());
        assertEquals("سامي الخطيب", m.author());
        assertEquals(List.of("تاريخ النشر: ١٤/٠٢/٢٠٢١", "https://example.org/a/1"), boiler(d));
    }

    @Test
    void longFirstParagraphIsNotATitle() {
        String t = "شهدت بيروت خلال الأسابيع القليلة الماضية كما من اللقاءات والاجتماعات بين قادة عسكريين ومسؤولين في أجهزة "
                + "استخبارات غربية وعربية عدة تمحورت حول أشكال التعاون وتبادل المعلومات لمواجهة ظاهرة التنظيم.\nفقرة ثانية.";
        Document d = A.annotate(Document.of("x.txt", t));
        assertNull(d.get(Layer.META).title());
        assertEquals(List.of(), d.get(Layer.BOILERPLATE));
    }

    @Test
    void numericDatesInBothOrdersAndScripts() {
        assertEquals(LocalDate.of(2021, 2, 14), StructureAnnotator.parseNumericDate("2021 - 02 - 14"));
        assertEquals(LocalDate.of(2015, 7, 21), StructureAnnotator.parseNumericDate("٢١/٧/٢٠١٥"));
        assertNull(StructureAnnotator.parseNumericDate("2021 - 13 - 40"));
        assertNull(StructureAnnotator.parseNumericDate("قبل ساعتين"));
        assertEquals(new Span(0, 3), new Span(0, 3));
    }
}
