package org.isnad.corpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.isnad.corpus.Fixtures;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BoilerplateRemoverTest {

    @Test
    void keepsTheArticleDropsMenusRelatedLinksAndFooter() throws IOException {
        List<String> paras = Fixtures.sampleParagraphs("003_d6ff57e8044bb96b.txt");
        String html = Fixtures.page("عنوان الخبر", "الوئام", "2021-03-04", "https://example.org/a/1", paras);
        Article a = HtmlArticles.toArticle(Jsoup.parse(html), null, null, "page.html");
        assertNotNull(a);
        for (String p : paras) {
            assertTrue(a.text().contains(p), "paragraph lost: " + p);
        }
        assertFalse(a.text().contains("الرئيسية"), a.text());
        assertFalse(a.text().contains("خبر ذو صلة"), a.text());
        assertFalse(a.text().contains("جميع الحقوق"), a.text());
        assertFalse(a.text().contains("لا يجب"), a.text());
        assertEquals("عنوان الخبر", a.title());
        assertEquals("الوئام", a.outlet());
        assertEquals(LocalDate.of(2021, 3, 4), a.date());
        assertEquals("https://example.org/a/1", a.url());
    }

    @Test
    void pageWithoutTextGivesNothing() {
        assertEquals(null, HtmlArticles.toArticle(Jsoup.parse("<html><body><a href=/>home</a></body></html>"), null, null, "x"));
    }
}
