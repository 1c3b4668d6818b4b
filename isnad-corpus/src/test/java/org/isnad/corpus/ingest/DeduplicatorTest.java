package org.isnad.corpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.isnad.corpus.Fixtures;
import org.junit.jupiter.api.Test;

class DeduplicatorTest {

    @Test
    void exactNearAndDistinct() throws IOException {
        List<String> a = Fixtures.sampleParagraphs("004_74fdce1f1eedd95c.txt");
        List<String> b = Fixtures.sampleParagraphs("001_8401930dd3614bce.txt");
        String original = String.join("\n", a);
        Deduplicator d = new Deduplicator(0.7);
        d.add("orig", Deduplicator.keys(original));
        d.add("other", Deduplicator.keys(String.join("\n", b)));

        // the same text with other diacritics, spelling and spacing is an exact duplicate after normalisation
        Deduplicator.Match exact = d.check(Deduplicator.keys(original.replace("إ", "ا").replace(" ", "  ")));
        assertNotNull(exact);
        assertEquals("exact", exact.kind());
        assertEquals("orig", exact.duplicateOf());

        // one paragraph dropped and a line added: near duplicate
        String edited = String.join("\n", a.subList(1, a.size())) + "\nوأضاف المصدر أن التحقيقات ما زالت جارية في الحادث.";
        Deduplicator.Match near = d.check(Deduplicator.keys(edited));
        assertNotNull(near, "near duplicate missed");
        assertEquals("near", near.kind());
        assertEquals("orig", near.duplicateOf());
        assertTrue(near.similarity() >= 0.7 && near.similarity() < 1.0, "similarity " + near.similarity());

        // another article is not a duplicate
        assertNull(d.check(Deduplicator.keys(String.join("\n", Fixtures.sampleParagraphs("002_9f71cc5bd0509910.txt")))));
    }
}
