package org.isnad.corpus.ingest;

import java.net.URI;
import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns a parsed HTML page into an {@link Article}: main text by {@link BoilerplateRemover}; title
 * from {@code og:title}, else {@code <title>} (a trailing " | Site" or " - Site" naming the outlet
 * cut off), else the first {@code h1}; date from {@code article:published_time} and the other
 * usual meta tags or a {@code <time datetime>}; outlet from {@code og:site_name}, else the host;
 * URL from {@code og:url}, the canonical link, else the URL the page was fetched from.
 * Thread-safe.
 */
public final class HtmlArticles {
    private static final BoilerplateRemover REMOVER = new BoilerplateRemover();

    private HtmlArticles() {}

    /** The article of {@code page}, or null when it has no article text. */
    public static Article toArticle(Document page, String fetchedUrl, LocalDate fallbackDate, String origin) {
        String url = firstNonBlank(meta(page, "og:url"), attr(page, "link[rel=canonical]", "href"), fetchedUrl);
        String outlet = firstNonBlank(meta(page, "og:site_name"), meta(page, "application-name"), host(url));
        String title = firstNonBlank(meta(page, "og:title"), meta(page, "twitter:title"), cleanTitle(page.title(), outlet),
                page.selectFirst("h1") == null ? null : page.selectFirst("h1").text());
        LocalDate date = null;
        for (String name : new String[] {"article:published_time", "og:published_time", "datePublished", "pubdate",
                "publishdate", "date", "DC.date.issued", "dcterms.created", "sailthru.date", "article:modified_time"}) {
            date = Dates.parse(meta(page, name));
            if (date != null) {
                break;
            }
        }
        if (date == null) {
            Element time = page.selectFirst("time[datetime]");
            date = time == null ? null : Dates.parse(time.attr("datetime"));
        }
        if (date == null) {
            date = fallbackDate;
        }
        Element body = page.body() == null ? page : page.body();
        String text = REMOVER.extract(body);
        if (text.isBlank()) {
            return null;
        }
        return new Article(ArticleIds.of(null, url, text), url, outlet, title, date, text, origin);
    }

    private static String meta(Document page, String name) {
        for (String key : new String[] {"property", "name", "itemprop"}) {
            Element e = page.selectFirst("meta[" + key + "=" + name + "]");
            if (e != null && !e.attr("content").isBlank()) {
                return e.attr("content").strip();
            }
        }
        return null;
    }

    private static String attr(Document page, String css, String attr) {
        Element e = page.selectFirst(css);
        return e == null || e.attr(attr).isBlank() ? null : e.attr(attr).strip();
    }

    private static String cleanTitle(String title, String outlet) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = title.strip();
        for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: "}) {
            int i = t.lastIndexOf(sep);
            if (i > 0 && outlet != null && t.substring(i + sep.length()).strip().equalsIgnoreCase(outlet.strip())) {
                return t.substring(0, i).strip();
            }
        }
        return t;
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String h = URI.create(url.strip().replace(" ", "%20")).getHost();
            return h == null ? null : h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
