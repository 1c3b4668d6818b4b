package org.isnad.corpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.corpus.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML pages in the encodings Arabic sites use, declared or not. */
class HtmlEncodingTest {
    @TempDir
    Path tmp;

    List<Article> read(Path file) {
        List<Article> out = new ArrayList<>();
        Inputs.read(file, new ArticleSink() {
            @Override
            public void article(Article a) {
                out.add(a);
            }

            @Override
            public void error(RecordError e) {
                throw new AssertionError(e.toString());
            }
        });
        return out;
    }

    @Test
    void undeclaredWindows1256AndDeclaredOnes() throws Exception {
        List<String> paras = Fixtures.sampleParagraphs("003_d6ff57e8044bb96b.txt");
        String page = Fixtures.page("عنوان", "الموقع", "2021-03-04", null, paras).replace("<meta charset=utf-8>", "");
        Charset cp1256 = Charset.forName("windows-1256");

        Path undeclared = Files.write(tmp.resolve("a.html"), page.getBytes(cp1256));
        Path declared = Files.write(tmp.resolve("b.html"),
                page.replace("<head>", "<head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1256\">").getBytes(cp1256));
        Path utf8 = Files.write(tmp.resolve("c.html"), page.getBytes(StandardCharsets.UTF_8));
        // what survives a windows-1256 round trip (a character outside it becomes '?')
        String first = new String(paras.get(0).getBytes(cp1256), cp1256);
        for (Path p : List.of(undeclared, declared, utf8)) {
            Article a = read(p).get(0);
            String expected = p == utf8 ? paras.get(0) : first;
            assertTrue(a.text().contains(expected), p + ": " + a.text().substring(0, 80));
            assertEquals("عنوان", a.title(), p.toString());
        }
    }
}
