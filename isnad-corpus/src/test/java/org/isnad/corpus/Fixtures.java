package org.isnad.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Input files written by tests: HTML pages, WARC records, feeds, built from the sample articles. */
public final class Fixtures {
    public static final Path SAMPLES = Path.of("../samples/seeds");

    private Fixtures() {}

    /** The body lines of a sample article (its first lines are title and date). */
    public static List<String> sampleParagraphs(String name) throws IOException {
        return Files.readAllLines(SAMPLES.resolve(name), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> l.split("\\s+").length >= 12).toList();
    }

    /**
     * Paragraphs of a sample with the words of each shuffled (fixed seed): real Arabic words, but a text
     * that shares no phrasing with the sample, so it is no near duplicate of it.
     */
    public static List<String> scrambled(String name, long seed) throws IOException {
        java.util.Random rnd = new java.util.Random(seed);
        return sampleParagraphs(name).stream().map(p -> {
            List<String> w = new java.util.ArrayList<>(List.of(p.split("\\s+")));
            java.util.Collections.shuffle(w, rnd);
            return String.join(" ", w);
        }).toList();
    }

    /** A news page: menu, header, article paragraphs, related links, footer. */
    public static String page(String title, String outlet, String date, String url, List<String> paragraphs) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html><html lang=ar dir=rtl><head><meta charset=utf-8><title>").append(title).append(" | ")
                .append(outlet).append("</title>");
        sb.append("<meta property=\"og:site_name\" content=\"").append(outlet).append("\">");
        if (date != null) {
            sb.append("<meta property=\"article:published_time\" content=\"").append(date).append("T08:30:00+03:00\">");
        }
        if (url != null) {
            sb.append("<meta property=\"og:url\" content=\"").append(url).append("\">");
        }
        sb.append("<script>var x = 'لا يجب أن يظهر هذا';</script></head><body>");
        sb.append("<div class=menu><ul><li><a href=/>الرئيسية</a></li><li><a href=/p>سياسة</a></li>"
                + "<li><a href=/e>اقتصاد</a></li><li><a href=/s>رياضة</a></li></ul></div>");
        sb.append("<div class=main><h1>").append(title).append("</h1><div class=body>");
        for (String p : paragraphs) {
            sb.append("<p>").append(p).append("</p>");
        }
        sb.append("</div><div class=related><h3>اقرأ أيضا</h3><ul>");
        for (int i = 0; i < 5; i++) {
            sb.append("<li><a href=/n").append(i).append(">خبر ذو صلة رقم ").append(i).append(" عن الأحداث الجارية في المنطقة</a></li>");
        }
        sb.append("</ul></div></div><div class=footer>جميع الحقوق محفوظة © ").append(outlet).append(" 2021</div></body></html>");
        return sb.toString();
    }

    /** One WARC/1.0 response record holding an HTTP 200 HTML response. */
    public static byte[] warcResponse(String url, String date, String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body);
        String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8))
                + ">\r\nWARC-Date: " + date + "\r\nWARC-Target-URI: " + url
                + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + http.length + "\r\n\r\n";
        return concat(header.getBytes(StandardCharsets.UTF_8), http, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** A WARC/1.0 request record (to be passed over). */
    public static byte[] warcRequest(String url) {
        byte[] http = ("GET / HTTP/1.1\r\nHost: example.org\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        String header = "WARC/1.0\r\nWARC-Type: request\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
                + "WARC-Date: 2021-03-04T10:00:00Z\r\nWARC-Target-URI: " + url
                + "\r\nContent-Type: application/http; msgtype=request\r\nContent-Length: " + http.length + "\r\n\r\n";
        return concat(header.getBytes(StandardCharsets.UTF_8), http, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    public static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bo)) {
            gz.write(b);
        }
        return bo.toByteArray();
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            bo.writeBytes(p);
        }
        return bo.toByteArray();
    }
}
