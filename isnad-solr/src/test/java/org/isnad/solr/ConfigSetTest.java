package org.isnad.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.isnad.corpus.read.TextFileReader;
import org.isnad.corpus.store.ArabicSearchAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The config set's Arabic field type against the embedded store's analyzer: the same factories the schema names,
 * built with Lucene's {@link CustomAnalyzer} from the shipped files, must give the same tokens (term, offsets,
 * positions) on real text; and the generated files must be what the text layer gives today.
 */
class ConfigSetTest {

    /** text_ar_isnad as managed-schema.xml declares it. */
    static Analyzer schemaAnalyzer() throws IOException {
        return CustomAnalyzer.builder(new ClasspathResourceLoader(ConfigSet.class.getClassLoader()))
                .addCharFilter("mapping", new HashMap<>(Map.of("mapping", ConfigSet.RESOURCE_DIR + ConfigSet.FOLD_FILE)))
                .withTokenizer("standard")
                .addTokenFilter("lowercase")
                .addTokenFilter("stop", new HashMap<>(Map.of("words", ConfigSet.RESOURCE_DIR + ConfigSet.STOP_FILE, "ignoreCase", "false")))
                .addTokenFilter("arabicStem")
                .build();
    }

    static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (var ts = a.tokenStream("text", text)) {
            var term = ts.addAttribute(CharTermAttribute.class);
            var off = ts.addAttribute(OffsetAttribute.class);
            var pos = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "@" + off.startOffset() + "-" + off.endOffset() + "+" + pos.getPositionIncrement());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void shippedFilesAreCurrent() {
        assertEquals(ConfigSet.foldMapping(), new String(ConfigSet.read(ConfigSet.FOLD_FILE), StandardCharsets.UTF_8),
                "isnad-arabic-fold.txt is stale: run org.isnad.solr.ConfigSet");
        assertEquals(ConfigSet.stopWords(), new String(ConfigSet.read(ConfigSet.STOP_FILE), StandardCharsets.UTF_8),
                "isnad-arabic-stopwords.txt is stale: run org.isnad.solr.ConfigSet");
        String schema = new String(ConfigSet.read("managed-schema.xml"), StandardCharsets.UTF_8);
        assertTrue(schema.contains("mapping=\"" + ConfigSet.FOLD_FILE + "\"") && schema.contains("words=\"" + ConfigSet.STOP_FILE + "\""));
    }

    @Test
    void schemaAnalyzerAgreesWithTheEmbeddedAnalyzerOnTheSamples() throws Exception {
        Path seeds = Path.of("..", "samples", "seeds");
        List<Path> files;
        try (var s = Files.list(seeds)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(5, files.size());
        try (Analyzer lucene = new ArabicSearchAnalyzer(); Analyzer solr = schemaAnalyzer()) {
            int tokens = 0;
            for (Path f : files) {
                String text = new TextFileReader().read(f).text();
                List<String> expected = tokens(lucene, text);
                assertEquals(expected, tokens(solr, text), f.toString());
                tokens += expected.size();
            }
            assertTrue(tokens > 1000, "tokens compared: " + tokens);
        }
    }

    @Test
    void spellingVariantsMeetAtOneTerm() throws IOException {
        try (Analyzer solr = schemaAnalyzer(); Analyzer lucene = new ArabicSearchAnalyzer()) {
            for (String s : List.of("إسرائيل اسرائيل", "الدولة الإسلامية الدوله الاسلاميه", "مُحَمَّد محمد", "ﻻ لا", "٢٫٥ 2.5",
                    "على إلى في", "مستشفى مستشفي")) {
                assertEquals(tokens(lucene, s), tokens(solr, s), s);
            }
            List<String> t = tokens(solr, "إسرائيل اسرائيل");
            assertEquals(t.get(0).substring(0, t.get(0).indexOf('@')), t.get(1).substring(0, t.get(1).indexOf('@')));
        }
    }
}
