package org.isnad.corpus.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Reads RSS 2.0 ({@code item}) and Atom ({@code entry}) feeds: the article text is the item's full
 * content ({@code content:encoded}, Atom {@code content}) or else its description/summary, with
 * HTML markup reduced to text, one paragraph per line; the outlet is the channel's or feed's title.
 * An item without text is reported by its position ({@code item 3}).
 */
final class FeedReader {
    private FeedReader() {}

    static void read(Path file, ArticleSink sink) throws IOException {
        String name = file.toString();
        long size = Files.size(file);
        if (size > 16L * Inputs.MAX_RECORD_BYTES) {
            sink.error(new RecordError(name, "", "feed larger than " + 16L * Inputs.MAX_RECORD_BYTES + " bytes"));
            return;
        }
        Document feed;
        try (InputStream in = Files.newInputStream(file)) {
            feed = Jsoup.parse(in, null, "", Parser.xmlParser());
        }
        Elements items = feed.getElementsByTag("item");
        boolean atom = items.isEmpty();
        if (atom) {
            items = feed.getElementsByTag("entry");
        }
        if (items.isEmpty()) {
            sink.error(new RecordError(name, "", "no RSS items or Atom entries"));
            return;
        }
        Element channel = feed.selectFirst(atom ? "feed > title" : "channel > title");
        String outlet = channel == null ? null : channel.text();
        int n = 0;
        for (Element item : items) {
            n++;
            String where = "item " + n;
            String html = HtmlArticles.firstNonBlank(child(item, "content:encoded"), child(item, "content"),
                    child(item, "description"), child(item, "summary"));
            String text = html == null ? "" : htmlToText(html);
            if (text.isBlank()) {
                sink.error(new RecordError(name, where, "item without text"));
                continue;
            }
            String url = child(item, "link");
            if (url == null || url.isBlank()) {
                Element link = item.selectFirst("link[href]");
                url = link == null ? null : link.attr("href");
            }
            String date = HtmlArticles.firstNonBlank(child(item, "pubDate"), child(item, "dc:date"),
                    child(item, "published"), child(item, "updated"));
            sink.article(new Article(ArticleIds.of(child(item, "guid") != null && url == null ? child(item, "guid") : null, url, text),
                    url, outlet, child(item, "title"), Dates.parse(date), text, name + "#" + n));
        }
    }

    private static String child(Element item, String tag) {
        for (Element c : item.children()) {
            if (c.tagName().equalsIgnoreCase(tag)) {
                String t = c.wholeText();
                return t.isBlank() ? null : t.strip();
            }
        }
        return null;
    }

    /** Markup inside a feed item (escaped HTML) as text, a line per block. */
    static String htmlToText(String html) {
        Document d = Jsoup.parseBodyFragment(html);
        d.outputSettings().prettyPrint(false);
        d.select("br").after("\n");
        d.select("p, div, li, h1, h2, h3, h4, h5, h6, blockquote").after("\n");
        StringBuilder sb = new StringBuilder();
        for (String line : d.body().wholeText().split("\n")) {
            String l = line.strip().replaceAll("\\s+", " ");
            if (!l.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : "\n").append(l);
            }
        }
        return sb.toString();
    }
}
