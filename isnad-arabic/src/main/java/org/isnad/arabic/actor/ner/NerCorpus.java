package org.isnad.arabic.actor.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isnad.arabic.text.ArabicNormalizer;

/**
 * CoNLL-style NER data ("WORD TAG" per line, blank line between sentences) and CoNLL exact-match
 * scoring. Reads ANERcorp (PERS/LOC/ORG/MISC) and AQMAR (PER/LOC/ORG/MIS0–3 plus a few typos, mapped
 * to ANERcorp's tags). Stateless helpers.
 */
public final class NerCorpus {
    private NerCorpus() {}

    /** One sentence: original words, their normalised forms, and gold label ids. */
    public record Sent(String[] words, String[] norms, int[] tags) {
        public int size() {
            return words.length;
        }
    }

    /** Reads an ANERcorp-format file. */
    public static List<Sent> readAnercorp(Path file) throws IOException {
        return read(file, false, false);
    }

    /**
     * Reads an AQMAR article. AQMAR's MIS0–3 classes are article-specific (particles, sports,
     * software...) and unlike ANERcorp's MISC, so {@code misAsMisc=false} maps them to O.
     */
    public static List<Sent> readAqmar(Path file, boolean misAsMisc) throws IOException {
        return read(file, true, misAsMisc);
    }

    private static List<Sent> read(Path file, boolean aqmar, boolean misAsMisc) throws IOException {
        List<Sent> out = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<Integer> tags = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (t.isEmpty()) {
                flush(words, tags, out);
                continue;
            }
            int sp = t.lastIndexOf(' ');
            if (sp <= 0) {
                continue;
            }
            String word = t.substring(0, sp).strip();
            String tag = t.substring(sp + 1).strip();
            words.add(word);
            tags.add(aqmar ? aqmarTag(tag, misAsMisc) : NerModel.labelId(tag));
        }
        flush(words, tags, out);
        // AQMAR has a few I- tags after O (typos); repair to B- so every chunk is well formed
        for (Sent s : out) {
            int prev = -1;
            for (int i = 0; i < s.tags.length; i++) {
                if (!NerModel.allowed(prev, s.tags[i])) {
                    s.tags[i] -= 1;
                }
                prev = s.tags[i];
            }
        }
        return out;
    }

    private static int aqmarTag(String tag, boolean misAsMisc) {
        String t = tag.toUpperCase(Locale.ROOT).replace("--", "-");
        if (t.length() < 3 || !(t.startsWith("B-") || t.startsWith("I-"))) {
            return NerModel.O;
        }
        String type = t.substring(2);
        String mapped;
        if (type.equals("PER")) {
            mapped = "PERS";
        } else if (type.equals("LOC") || type.equals("ORG")) {
            mapped = type;
        } else if (type.startsWith("MIS")) {
            if (!misAsMisc) {
                return NerModel.O;
            }
            mapped = "MISC";
        } else {
            return NerModel.O;
        }
        return NerModel.labelId(t.substring(0, 2) + mapped);
    }

    private static void flush(List<String> words, List<Integer> tags, List<Sent> out) {
        if (words.isEmpty()) {
            return;
        }
        String[] w = words.toArray(new String[0]);
        String[] n = new String[w.length];
        for (int i = 0; i < w.length; i++) {
            n[i] = ArabicNormalizer.normalize(w[i]);
        }
        int[] t = new int[w.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = tags.get(i);
        }
        out.add(new Sent(w, n, t));
        words.clear();
        tags.clear();
    }

    /**
     * "word gold predicted" lines, a blank line after each sentence: the input of conlleval and of
     * error analysis.
     */
    public static String conll(List<Sent> data, List<int[]> predicted) {
        StringBuilder lines = new StringBuilder();
        for (int k = 0; k < data.size(); k++) {
            Sent s = data.get(k);
            for (int i = 0; i < s.size(); i++) {
                lines.append(s.words()[i]).append(' ').append(NerModel.label(s.tags()[i])).append(' ')
                        .append(NerModel.label(predicted.get(k)[i])).append('\n');
            }
            lines.append('\n');
        }
        return lines.toString();
    }

    /** A chunk: type index into {@link NerModel#TYPES} and token range {@code [start, end)}. */
    public record Chunk(int type, int start, int end) {}

    /**
     * Chunks of a label sequence, as conlleval reads them: a B-X, or an I-X not continuing an X
     * chunk, starts a chunk; it extends over following I-X.
     */
    public static List<Chunk> chunks(int[] tags, int n) {
        List<Chunk> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int y = tags[i];
            if (y == NerModel.O) {
                i++;
                continue;
            }
            int type = (y - 1) / 2;
            int j = i + 1;
            while (j < n && tags[j] == 2 + 2 * type) {
                j++;
            }
            out.add(new Chunk(type, i, j));
            i = j;
        }
        return out;
    }

    /** Exact-match counts per type; micro-averaged P/R/F1 over all types. */
    public static final class Score {
        final int[] tp = new int[NerModel.TYPES.size()];
        final int[] fp = new int[NerModel.TYPES.size()];
        final int[] fn = new int[NerModel.TYPES.size()];

        public void add(int[] gold, int[] pred, int n) {
            List<Chunk> g = chunks(gold, n);
            List<Chunk> p = chunks(pred, n);
            java.util.Set<Chunk> gs = new java.util.HashSet<>(g);
            for (Chunk c : p) {
                if (gs.contains(c)) {
                    tp[c.type()]++;
                } else {
                    fp[c.type()]++;
                }
            }
            java.util.Set<Chunk> ps = new java.util.HashSet<>(p);
            for (Chunk c : g) {
                if (!ps.contains(c)) {
                    fn[c.type()]++;
                }
            }
        }

        /** Adds another score's counts (pooling folds). */
        public void addAll(Score o) {
            for (int k = 0; k < tp.length; k++) {
                tp[k] += o.tp[k];
                fp[k] += o.fp[k];
                fn[k] += o.fn[k];
            }
        }

        public double f1() {
            int t = 0;
            int p = 0;
            int g = 0;
            for (int k = 0; k < tp.length; k++) {
                t += tp[k];
                p += tp[k] + fp[k];
                g += tp[k] + fn[k];
            }
            return f(t, p, g);
        }

        public double f1(int type) {
            return f(tp[type], tp[type] + fp[type], tp[type] + fn[type]);
        }

        private static double f(int t, int p, int g) {
            return t == 0 ? 0 : 2.0 * t / (p + g);
        }

        /** A table of P/R/F1 per type and micro-averaged. */
        public String report() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%-6s %7s %7s %7s %6s%n", "type", "P", "R", "F1", "gold"));
            int at = 0;
            int ap = 0;
            int ag = 0;
            for (int k = 0; k < tp.length; k++) {
                int p = tp[k] + fp[k];
                int g = tp[k] + fn[k];
                at += tp[k];
                ap += p;
                ag += g;
                row(sb, NerModel.TYPES.get(k), tp[k], p, g);
            }
            row(sb, "ALL", at, ap, ag);
            return sb.toString();
        }

        private static void row(StringBuilder sb, String name, int t, int p, int g) {
            sb.append(String.format(Locale.ROOT, "%-6s %7.2f %7.2f %7.2f %6d%n", name,
                    p == 0 ? 0 : 100.0 * t / p, g == 0 ? 0 : 100.0 * t / g, 100 * f(t, p, g), g));
        }
    }
}
