package org.isnad.arabic.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.isnad.core.model.Span;
import org.isnad.core.model.Token;
import org.isnad.core.model.TokenKind;

/**
 * Measures {@link ProcliticSegmenter} against CoNLL-U treebanks whose proclitics are separate
 * tokens (UD Arabic-PADT 2016: {@code وَ}, {@code لِ}, {@code بِ}, {@code سَ}… each on its own line).
 *
 * <p>Reconstruction: proclitic tokens (و ف ب ل ك س, not tagged X) attach to the next token;
 * enclitic pronouns (PADT tag {@code SP} in genitive/accusative: ه ها هم ني…) attach to the
 * previous word (ة becomes ت before them); ل before the article drops the alif ("لِ" + "اَلحَظرِ"
 * → "للحظر", and "لل" + "ل…" → "لل…"). Words are then normalised, and the segmenter's cut is compared
 * with the number of proclitic tokens. The same words, fully vocalised, check the offset mapping.
 *
 * <p>Usage: {@code CliticEvaluation [-errors N] [-p name=value]... file.conllu...}. PADT is licensed
 * CC BY-NC-SA: evaluation only, nothing derived from it is shipped.
 */
public final class CliticEvaluation {

    /** One reconstructed word: vocalised surface, gold cut (normalised chars) and gold stem offset. */
    record Word(String original, String norm, int cut, int stemOffset, boolean article, String goldPrefixes, String upos) {}

    public static void main(String[] args) throws IOException {
        int errors = 0;
        ProcliticSegmenter.Params p = ProcliticSegmenter.Params.DEFAULT;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-errors" -> errors = Integer.parseInt(args[++i]);
                case "-p" -> {
                    String[] kv = args[++i].split("=", 2);
                    p = p.with(kv[0], kv[1]);
                }
                default -> files.add(Path.of(args[i]));
            }
        }
        ProcliticSegmenter seg = ProcliticSegmenter.load().withParams(p);
        List<Word> words = new ArrayList<>();
        for (Path f : files) {
            words.addAll(read(f));
        }
        System.out.println("params " + p + ", lexicon " + seg.lexiconSize() + " forms; unanalysed (U-tagged) words left out: " + skipped);
        report(seg, words, errors);
    }

    static void report(ProcliticSegmenter seg, List<Word> words, int showErrors) {
        int all = 0, allOk = 0, cl = 0, clOk = 0, predCuts = 0, goldCuts = 0, okCuts = 0, art = 0, artOk = 0;
        int offChecked = 0, offOk = 0, origOk = 0, names = 0, namesCut = 0;
        List<String> namesCutList = new ArrayList<>();
        Map<String, Integer> errs = new TreeMap<>();
        for (Word w : words) {
            Token t = new Token(new Span(0, w.norm().length()), w.norm(), TokenKind.WORD);
            Token s = seg.segment(t);
            boolean ok = s.prefixes().equals(w.goldPrefixes());
            all++;
            if (ok) {
                allOk++;
            }
            if (w.upos().equals("PROPN") && w.cut() == 0 && "وفبلكس".indexOf(w.norm().charAt(0)) >= 0) {
                names++;
                if (!s.prefixes().isEmpty()) {
                    namesCut++;
                    namesCutList.add(w.norm());
                }
            }
            if (!w.norm().isEmpty() && "وفبلكس".indexOf(w.norm().charAt(0)) >= 0) {
                cl++;
                if (ok) {
                    clOk++;
                }
            }
            if (!s.prefixes().isEmpty()) {
                predCuts++;
            }
            if (!w.goldPrefixes().isEmpty()) {
                goldCuts++;
                if (ok) {
                    okCuts++;
                }
            }
            if (ok) {
                art++;
                if (s.article() == w.article()) {
                    artOk++;
                }
            }
            if (!ok) {
                errs.merge(w.norm() + "\tgold=" + show(w.goldPrefixes()) + "\tgot=" + show(s.prefixes()), 1, Integer::sum);
            }
            Token withText = seg.segment(new Token(new Span(0, w.original().length()), w.norm(), TokenKind.WORD), w.original());
            if (withText.prefixes().equals(w.goldPrefixes())) {
                origOk++;
            }
            if (ok && w.cut() > 0 && w.stemOffset() >= 0) {
                // The vocalised original: the stem start must land on the stem's first letter.
                Token v = new Token(new Span(0, w.original().length()), w.norm(), TokenKind.WORD);
                offChecked++;
                if (seg.segment(v, w.original()).stemStart() == w.stemOffset()) {
                    offOk++;
                }
            }
        }
        System.out.printf("words %d: prefix accuracy %.4f%n", all, allOk / (double) all);
        System.out.printf("words starting with و ف ب ل ك س %d: accuracy %.4f%n", cl, clOk / (double) cl);
        double prec = okCuts / (double) Math.max(1, predCuts);
        double rec = okCuts / (double) Math.max(1, goldCuts);
        System.out.printf("cuts: gold %d, predicted %d, exact %d: precision %.4f recall %.4f F1 %.4f%n",
                goldCuts, predCuts, okCuts, prec, rec, 2 * prec * rec / Math.max(1e-9, prec + rec));
        System.out.printf("proper nouns (PROPN or capitalised gloss) starting with و ف ب ل ك س, no clitic: %d, wrongly cut %d %s%n", names, namesCut, namesCutList);
        System.out.printf("article flag accuracy on correctly cut words: %.4f%n", artOk / (double) Math.max(1, art));
        System.out.printf("vocalised offsets: %d/%d stem starts exact%n", offOk, offChecked);
        System.out.printf("with the vocalised original passed (hamza visible): prefix accuracy %.4f%n", origOk / (double) all);
        if (showErrors > 0) {
            List<Map.Entry<String, Integer>> l = new ArrayList<>(errs.entrySet());
            l.sort((a, b) -> b.getValue() - a.getValue());
            for (Map.Entry<String, Integer> e : l.subList(0, Math.min(showErrors, l.size()))) {
                System.out.println(e.getValue() + "\t" + e.getKey());
            }
        }
    }

    private static String show(String p) {
        return p.isEmpty() ? "-" : p;
    }

    /** Reconstructs the surface words of a CoNLL-U file. */
    static List<Word> read(Path f) throws IOException {
        List<Word> out = new ArrayList<>();
        List<String[]> sent = new ArrayList<>();
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                build(sent, out);
                sent.clear();
            } else if (!line.startsWith("#")) {
                String[] c = line.split("\t", -1);
                if (c.length >= 8 && !c[0].contains("-") && !c[0].contains(".")) {
                    sent.add(c);
                }
            }
        }
        build(sent, out);
        return out;
    }

    private static void build(List<String[]> sent, List<Word> out) {
        StringBuilder pre = new StringBuilder();      // vocalised proclitics pending
        StringBuilder preNorm = new StringBuilder();  // their normalised letters
        Word last = null;
        boolean lastOpen = false;                     // may the previous word take an enclitic?
        for (int i = 0; i < sent.size(); i++) {
            String[] c = sent.get(i);
            String form = c[1];
            if (c[4].startsWith("U")) {
                // An unanalysed word (PADT tag U, no vowels), sometimes split into several syntactic
                // words that each repeat the whole form: its segmentation is unknown, so it is left out.
                while (i + 1 < sent.size() && sent.get(i + 1)[1].equals(form)) {
                    i++;
                }
                skipped++;
                pre.setLength(0);
                preNorm.setLength(0);
                last = null;
                lastOpen = false;
                continue;
            }
            String norm = ArabicNormalizer.normalize(form);
            String upos = isName(c) ? "PROPN" : c[3];
            String xpos = c[4];
            if (norm.length() == 1 && "وفبلكس".indexOf(norm.charAt(0)) >= 0 && !c[3].equals("X") && !c[3].equals("PUNCT")) {
                pre.append(form);
                preNorm.append(norm);
                continue;
            }
            boolean enclitic = upos.equals("PRON") && xpos.startsWith("SP") && xpos.length() > 8
                    && (xpos.charAt(8) == '2' || xpos.charAt(8) == '4') && ENCLITICS.containsKey(norm);
            if (enclitic && last != null && lastOpen && pre.isEmpty()) {
                out.set(out.size() - 1, last = attach(last, form, norm));
                continue;
            }
            if (!isArabicWord(norm)) {
                pre.setLength(0);
                preNorm.setLength(0);
                last = null;
                lastOpen = false;
                continue;
            }
            String stemOrig = form;
            String stemNorm = norm;
            boolean article = norm.length() >= 4 && norm.startsWith("ال") && isPlainAlif(form.charAt(0));
            int stemOffset = pre.length();
            if (preNorm.length() > 0 && preNorm.charAt(preNorm.length() - 1) == 'ل' && article) {
                // li + al-: the article's alif is not written; before a ل-initial noun neither is its lam.
                int cut = firstLetterAfter(form, 0);
                if (norm.charAt(2) == 'ل') {
                    cut = firstLetterAfter(form, cut);
                }
                stemOrig = form.substring(cut);
                stemNorm = ArabicNormalizer.normalize(stemOrig);
            }
            String original = pre + stemOrig;
            String surface = preNorm + stemNorm;
            last = new Word(original, surface, preNorm.length(), stemOffset, article, preNorm.toString(), upos);
            out.add(last);
            lastOpen = true;
            pre.setLength(0);
            preNorm.setLength(0);
        }
    }

    /** A proper noun: tagged so, or glossed with a capitalised English word (PADT 2016 tags names NOUN). */
    private static boolean isName(String[] c) {
        if (c[3].equals("PROPN")) {
            return true;
        }
        int g = c.length > 9 ? c[9].indexOf("Gloss=") : -1;
        return g >= 0 && g + 6 < c[9].length() && Character.isUpperCase(c[9].charAt(g + 6));
    }

    /** Appends an enclitic pronoun; a final ة is written ت before it. */
    private static Word attach(Word w, String form, String norm) {
        String o = w.original();
        String n = w.norm();
        int lastLetter = o.length() - 1;
        while (lastLetter > 0 && ArabicNormalizer.normalize(String.valueOf(o.charAt(lastLetter))).isEmpty()) {
            lastLetter--;
        }
        if (o.charAt(lastLetter) == 'ة') {
            o = o.substring(0, lastLetter) + 'ت' + o.substring(lastLetter + 1);
            n = n.substring(0, n.length() - 1) + 'ت';
        }
        return new Word(o + form, n + norm, w.cut(), w.stemOffset(), w.article(), w.goldPrefixes(), w.upos());
    }

    /** Index just past the letter at or after {@code from} and the marks that follow it. */
    private static int firstLetterAfter(String form, int from) {
        int i = from;
        while (i < form.length() && ArabicNormalizer.normalize(String.valueOf(form.charAt(i))).isEmpty()) {
            i++;
        }
        i++;
        while (i < form.length() && ArabicNormalizer.normalize(String.valueOf(form.charAt(i))).isEmpty()) {
            i++;
        }
        return i;
    }

    private static boolean isPlainAlif(char c) {
        return c == 'ا' || c == 'ٱ';
    }

    private static boolean isArabicWord(String norm) {
        if (norm.isEmpty()) {
            return false;
        }
        for (int i = 0; i < norm.length(); i++) {
            if (!ArabicNormalizer.isArabicLetter(norm.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static int skipped;

    private static final Map<String, Boolean> ENCLITICS = new LinkedHashMap<>();

    static {
        for (String e : new String[] {"ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "ي", "ني", "نا"}) {
            ENCLITICS.put(e, Boolean.TRUE);
        }
    }
}
