package org.isnad.corpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.isnad.corpus.Fixtures;
import org.junit.jupiter.api.Test;

/** The stream and per-line entry points (used by the Spark job) read as the file readers do. */
class StreamInputsTest {

    private static final class Collect implements ArticleSink {
        final List<Article> articles = new ArrayList<>();
        final List<RecordError> errors = new ArrayList<>();

        @Override
        public void article(Article a) {
            articles.add(a);
        }

        @Override
        public void error(RecordError e) {
            errors.add(e);
        }
    }

    @Test
    void gzippedJsonlStreamGivesArticlesAndLineErrors() throws IOException {
        String text = String.join(" ", Fixtures.sampleParagraphs("000_7a8050fa935421c1.txt"));
        String jsonl = "{\"id\": \"a\", \"outlet\": \"X\", \"date\": \"2021-03-04\", \"text\": \"" + text.replace("\"", "\\\"") + "\"}\n"
                + "{broken\n\n{\"id\": \"b\", \"text\": \"نص قصير\"}";
        Collect c = new Collect();
        Inputs.read("hdfs://nn/news/part-1.jsonl.gz",
                new ByteArrayInputStream(Fixtures.gzip(jsonl.getBytes(StandardCharsets.UTF_8))), c);
        assertEquals(List.of("a", "b"), c.articles.stream().map(Article::id).toList());
        assertEquals("hdfs://nn/news/part-1.jsonl.gz:1", c.articles.get(0).origin());
        assertEquals(text, c.articles.get(0).text());
        assertEquals(1, c.errors.size(), c.errors.toString());
        assertEquals("line 2", c.errors.get(0).where());
        assertTrue(c.errors.get(0).problem().startsWith("not JSON"), c.errors.toString());
    }

    @Test
    void oneLineWithItsOwnLocation() {
        Collect c = new Collect();
        Inputs.readJsonlLine("f.jsonl", "offset 4096", "f.jsonl@4096", "{\"url\": \"https://e.org/1\", \"text\": \"نص\"}", c);
        Inputs.readJsonlLine("f.jsonl", "offset 5000", "f.jsonl@5000", "[1, 2]", c);
        Inputs.readJsonlLine("f.jsonl", "offset 6000", "f.jsonl@6000", "   ", c);
        assertEquals("f.jsonl@4096", c.articles.get(0).origin());
        assertTrue(c.articles.get(0).id().startsWith("u"), "id from the URL");
        assertEquals(List.of("f.jsonl (offset 5000): not a JSON object"), c.errors.stream().map(RecordError::toString).toList());
    }

    @Test
    void warcStreamKeepsTheRecordsBeforeATruncatedOne() throws IOException {
        byte[] page = Fixtures.warcResponse("https://example.org/1", "2021-03-04T10:00:00Z",
                Fixtures.page("عنوان", "موقع", "2021-03-04", "https://example.org/1", Fixtures.sampleParagraphs("001_8401930dd3614bce.txt")));
        byte[] second = Fixtures.gzip(Fixtures.warcResponse("https://example.org/2", "2021-03-04T10:00:00Z", "<html></html>"));
        byte[] warc = Fixtures.concat(Fixtures.gzip(page), java.util.Arrays.copyOf(second, second.length / 2));
        Collect c = new Collect();
        Inputs.read("s3a://b/crawl.warc.gz", new ByteArrayInputStream(warc), c);
        assertEquals(1, c.articles.size(), c.errors.toString());
        assertEquals("s3a://b/crawl.warc.gz@0", c.articles.get(0).origin());
        assertEquals(1, c.errors.size());
        assertTrue(c.errors.get(0).problem().contains("truncated"), c.errors.toString());
    }

    @Test
    void otherFormatsAreReportedNotRead() {
        Collect c = new Collect();
        Inputs.read("notes.txt", new ByteArrayInputStream(new byte[] {1, 2}), c);
        assertEquals(0, c.articles.size());
        assertTrue(c.errors.get(0).problem().startsWith("unsupported format"), c.errors.toString());
    }
}
