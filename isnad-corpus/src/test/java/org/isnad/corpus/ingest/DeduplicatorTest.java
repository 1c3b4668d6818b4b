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

    @Test
    void aCopyOfACopyResolvesToTheOriginal() throws IOException {
        String[] w = String.join(" ", Fixtures.sampleParagraphs("004_74fdce1f1eedd95c.txt")).split(" ");
        int n = w.length;
        // b is a's first 85% of words, c is b without a's first 15%; MinHash estimates on this text (fixed, so
        // the test is deterministic): a–b 0.84, b–c 0.77, a–c 0.66, below the 0.7 threshold
        String original = String.join(" ", w);
        String b = String.join(" ", java.util.Arrays.copyOfRange(w, 0, n * 85 / 100));
        String c = String.join(" ", java.util.Arrays.copyOfRange(w, n * 15 / 100, n * 85 / 100));
        Deduplicator d = new Deduplicator(0.7);
        d.add("a", Deduplicator.keys(original));
        Deduplicator.Match mb = d.check(Deduplicator.keys(b));
        assertNotNull(mb);
        d.add(mb.duplicateOf(), Deduplicator.keys(b));
        Deduplicator.Match mc = d.check(Deduplicator.keys(c));
        assertNotNull(mc, "c matches through b");
        assertEquals("a", mc.duplicateOf());
        // without b in between, c is too far from a
        Deduplicator onlyA = new Deduplicator(0.7);
        onlyA.add("a", Deduplicator.keys(original));
        assertNull(onlyA.check(Deduplicator.keys(c)));
    }
}
