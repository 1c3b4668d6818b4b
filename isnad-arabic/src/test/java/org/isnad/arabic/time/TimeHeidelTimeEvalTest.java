package org.isnad.arabic.time;

import org.isnad.arabic.SharedData;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.isnad.arabic.text.TextAnnotator;
import org.isnad.core.model.Document;
import org.isnad.core.model.Layer;
import org.isnad.core.model.TimeExpression;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measures the annotator on the 50 Omani news TimeML documents of {@code shared/data/arabic-timex-heideltime}
 * (silver, no licence stated: evaluation only, nothing of it is shipped). Their inline TIMEX3 tags become
 * gold spans; matching is one-to-one on overlapping spans, as the project scorer does for times. The
 * documents carry no creation date, so deictic values stay unresolved here: value accuracy is
 * reported over all matches and over the matches the annotator does not anchor to the article date.
 * Prints figures; asserts only a loose sanity floor.
 */
class TimeHeidelTimeEvalTest {

    record Gold(int start, int end, String type, String value) {}

    @Test
    void heidelTimeCorpus() throws Exception {
        Path shared = SharedData.root().orElse(null);
        Assumptions.assumeTrue(shared != null, "../shared not present");
        Path dir = shared.resolve("data/arabic-timex-heideltime/Corpus_test");
        Assumptions.assumeTrue(Files.isDirectory(dir), "HeidelTime corpus not present");
        TextAnnotator text = new TextAnnotator();
        TimeAnnotator time = new TimeAnnotator();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        int tp = 0;
        int nSys = 0;
        int nGold = 0;
        int same = 0;
        int typeSame = 0;
        int fixedPairs = 0;
        int fixedSame = 0;
        Map<String, int[]> byType = new TreeMap<>();
        boolean verbose = Boolean.getBoolean("time.eval.verbose");
        for (Path f : files) {
            String raw = Files.readString(f, StandardCharsets.UTF_8);
            List<Gold> gold = new ArrayList<>();
            String plain = parse(raw, gold);
            Document doc = time.annotate(text.annotate(Document.of(f.getFileName().toString(), plain)));
            List<TimeExpression> sys = doc.get(Layer.TIMES);
            nSys += sys.size();
            nGold += gold.size();
            boolean[] usedS = new boolean[sys.size()];
            boolean[] usedG = new boolean[gold.size()];
            for (int g = 0; g < gold.size(); g++) {
                Gold gd = gold.get(g);
                byType.computeIfAbsent(gd.type, k -> new int[2])[1]++;
                for (int s = 0; s < sys.size(); s++) {
                    TimeExpression t = sys.get(s);
                    if (!usedS[s] && Math.min(t.span().end(), gd.end) > Math.max(t.span().start(), gd.start)) {
                        usedS[s] = true;
                        usedG[g] = true;
                        tp++;
                        byType.get(gd.type)[0]++;
                        if (t.value().equals(gd.value)) {
                            same++;
                        }
                        if (!t.anchored()) {
                            fixedPairs++;
                            if (t.value().equals(gd.value)) {
                                fixedSame++;
                            }
                        }
                        if (t.type().name().equals(gd.type)) {
                            typeSame++;
                        }
                        if (verbose && !t.value().equals(gd.value)) {
                            System.out.println("VAL  " + plain.substring(gd.start, gd.end) + " | " + gd.value
                                    + " | sys " + doc.text(t.span()) + " " + t.value());
                        }
                        break;
                    }
                }
                if (verbose && !usedG[g]) {
                    System.out.println("MISS " + plain.substring(gd.start, gd.end) + " | " + gd.type + " " + gd.value);
                }
            }
            for (int s = 0; s < sys.size(); s++) {
                if (verbose && !usedS[s]) {
                    TimeExpression t = sys.get(s);
                    System.out.println("FP   " + doc.text(t.span()) + " | " + t.type() + " " + t.value());
                }
            }
        }
        double p = nSys == 0 ? 0 : (double) tp / nSys;
        double r = nGold == 0 ? 0 : (double) tp / nGold;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf("HeidelTime TimeML: P=%.3f R=%.3f F1=%.3f (tp=%d sys=%d gold=%d) value=%.3f type=%.3f%n",
                p, r, f1, tp, nSys, nGold, tp == 0 ? 0.0 : (double) same / tp, tp == 0 ? 0.0 : (double) typeSame / tp);
        System.out.printf("  value accuracy over matches not anchored to the (unknown) document date: %.3f (%d pairs)%n",
                fixedPairs == 0 ? 0.0 : (double) fixedSame / fixedPairs, fixedPairs);
        byType.forEach((k, v) -> System.out.printf("  recall %-8s %d/%d%n", k, v[0], v[1]));
        assertTrue(f1 > 0.3, "sanity floor");
    }

    /** Strips the TimeML markup, collecting TIMEX3 spans in the plain text. */
    static String parse(String raw, List<Gold> gold) {
        int from = raw.indexOf("<TimeML>");
        int to = raw.lastIndexOf("</TimeML>");
        String body = raw.substring(from < 0 ? 0 : from + 8, to < 0 ? raw.length() : to);
        StringBuilder out = new StringBuilder(body.length());
        int i = 0;
        int open = -1;
        String type = null;
        String value = null;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '<') {
                int close = body.indexOf('>', i);
                String tag = body.substring(i + 1, close);
                if (tag.startsWith("TIMEX3")) {
                    open = out.length();
                    type = attr(tag, "type");
                    value = attr(tag, "value");
                } else if (tag.equals("/TIMEX3") && open >= 0) {
                    gold.add(new Gold(open, out.length(), type, value));
                    open = -1;
                }
                i = close + 1;
            } else if (c == '&') {
                int semi = body.indexOf(';', i);
                String ent = body.substring(i + 1, semi);
                out.append(switch (ent) { case "amp" -> '&'; case "lt" -> '<'; case "gt" -> '>'; case "quot" -> '"';
                    case "apos" -> '\''; default -> ' '; });
                i = semi + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String attr(String tag, String name) {
        int k = tag.indexOf(name + "=\"");
        if (k < 0) {
            return "";
        }
        int s = k + name.length() + 2;
        return tag.substring(s, tag.indexOf('"', s));
    }
}
