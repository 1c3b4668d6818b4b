package org.isnad.arabic.actor.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.isnad.arabic.text.ArabicNormalizer;
import org.junit.jupiter.api.Test;

/** The shipped model: fast path equals the reference path, persistence round trip, label codes. */
class NerModelTest {

    private static List<String[]> doc(String... sentences) {
        List<String[]> out = new ArrayList<>();
        for (String s : sentences) {
            out.add(ArabicNormalizer.normalize(s).split(" "));
        }
        return out;
    }

    private static final List<String[]> DOC = doc(
            "وقال وزير الخارجية السعودي سعود الفيصل في الرياض إن المملكة تدعم الحكومة اللبنانية برئاسة فؤاد السنيورة .",
            "واستقبل الفيصل في مكتبه سفير الولايات المتحدة لدى السعودية .",
            "وذكرت وكالة الأنباء السعودية أن الجانبين بحثا الوضع في لبنان والعراق وفلسطين .");

    @Test
    void mergedTablePathEqualsReferencePath() {
        NerModel m = NerModel.loadDefault();
        assertTrue(m.usesMergedTable(), "shipped two-stage model should share one weight table");
        List<int[]> fast = m.tagDocument(DOC, new NerFeatures.Work());
        List<int[]> plain = m.tagDocumentPlain(DOC, new NerFeatures.Work());
        for (int k = 0; k < DOC.size(); k++) {
            assertArrayEquals(plain.get(k), fast.get(k), "sentence " + k);
        }
    }

    @Test
    void writeReadRoundTripKeepsTagging() throws Exception {
        NerModel m = NerModel.loadDefault();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        m.write(bytes);
        NerModel back = NerModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(m.featureCount(), back.featureCount());
        List<int[]> a = m.tagDocument(DOC, new NerFeatures.Work());
        List<int[]> b = back.tagDocument(DOC, new NerFeatures.Work());
        for (int k = 0; k < DOC.size(); k++) {
            assertArrayEquals(a.get(k), b.get(k));
        }
    }

    @Test
    void findsNamesInRealSentences() {
        NerModel m = NerModel.loadDefault();
        List<int[]> labels = m.tagDocument(DOC, new NerFeatures.Work());
        String[] s0 = DOC.get(0);
        int[] l0 = labels.get(0);
        int riyadh = List.of(s0).indexOf("الرياض");
        assertEquals("B-LOC", NerModel.label(l0[riyadh]));
        int saud = List.of(s0).indexOf("سعود");
        assertEquals("B-PERS", NerModel.label(l0[saud]));
        assertEquals("I-PERS", NerModel.label(l0[saud + 1]));
        int lebanon = List.of(DOC.get(2)).indexOf("لبنان");
        assertEquals("B-LOC", NerModel.label(labels.get(2)[lebanon]));
    }

    @Test
    void labelCodes() {
        for (int y = 0; y < NerModel.L; y++) {
            assertEquals(y, NerModel.labelId(NerModel.label(y)));
        }
        assertEquals(NerModel.O, NerModel.labelId("B-FOO"));
        assertTrue(NerModel.allowed(1, 2));
        assertTrue(!NerModel.allowed(NerModel.O, 2));
        assertTrue(!NerModel.allowed(3, 2));
    }
}
