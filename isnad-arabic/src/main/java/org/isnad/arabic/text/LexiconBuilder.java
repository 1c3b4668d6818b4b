package org.isnad.arabic.text;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the word-form lexicon used by {@link ProcliticSegmenter} from the shippable datasets in
 * {@code shared/data}.
 *
 * <p>Usage: {@code LexiconBuilder <dataDir> <out.tsv[.gz]>}. Output: {@code #} header lines naming
 * sources and licences, then one line per normalised form, sorted by form (String order):
 * {@code form TAB count TAB flags}, where count is the number of running-text occurrences and
 * flags is {@code N} for a protected name from a gazetteer (or empty). Deterministic: the same
 * inputs give byte-identical output (java.util.zip writes a gzip header without time stamp or name).
 *
 * <p>Only sources whose licence allows redistribution are read; NC data (PADT, saudinewsnet,
 * ArMPro) and ANERGazet (no licence) are deliberately not used.
 */
public final class LexiconBuilder {

    static final String NAME_FLAG = "N";

    private final Map<String, Integer> counts = new TreeMap<>();
    private final Map<String, Boolean> names = new TreeMap<>();
    private final List<String> sourceLines = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: LexiconBuilder <dataDir> <out.tsv[.gz]>");
            System.exit(2);
        }
        LexiconBuilder b = new LexiconBuilder();
        b.readAll(Path.of(args[0]));
        b.write(Path.of(args[1]));
    }

    void readAll(Path data) throws IOException {
        // Running text (counts).
        readTokenPerLine(data.resolve("anercorp/ANERcorp_CamelStyle_train.txt"));
        readTokenPerLine(data.resolve("anercorp/ANERcorp_CamelStyle_test.txt"));
        sourceLines.add("ANERcorp, CAMeL Lab train/test split (Benajiba et al. 2007; Obeid et al. 2020): CC BY-SA 4.0");
        try (var files = Files.list(data.resolve("aqmar"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                readTokenPerLine(p);
            }
        }
        sourceLines.add("AQMAR Arabic Wikipedia NER corpus (Mohit et al. 2012): CC BY-SA 3.0");
        for (String line : Files.readAllLines(data.resolve("ud-arabic/ar_pud-ud-test.conllu"))) {
            if (line.startsWith("# text = ")) {
                addText(line.substring(9));
            }
        }
        sourceLines.add("UD Arabic-PUD (# text lines): CC BY-SA 3.0");
        for (String part : new String[] {"claim/train.csv", "claim/dev.csv", "claim/test.csv",
                "stance/train.csv", "stance/dev.csv", "stance/test.csv"}) {
            List<String> lines = Files.readAllLines(data.resolve("ans-stance/" + part));
            for (String line : lines.subList(1, lines.size())) {
                addText(line);
            }
        }
        sourceLines.add("ANS claim/stance news titles (Khouja 2020): Apache-2.0");
        List<String> fig = Files.readAllLines(data.resolve("fignews2024/fignews_iaa_text_with_label_counts.tsv"));
        for (String line : fig.subList(1, fig.size())) {
            String[] c = line.split("\t", -1);
            if (c.length > 5) {
                addText(c[5]); // arabic_mt: the Arabic text of every row (original when Arabic)
            }
        }
        sourceLines.add("FIGNEWS-2024 IAA texts, arabic_mt column (CAMeL Lab): MIT");
        String xml = Files.readString(data.resolve("cameo-arabic-petrarch/validation/arabic_gsr_validation_18-11-14.xml"));
        Matcher m = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL).matcher(xml);
        while (m.find()) {
            addText(m.group(1));
        }
        sourceLines.add("CAMEO Arabic PETRARCH validation sentences (Open Event Data Alliance): MIT");
        java.util.TreeSet<String> dict = new java.util.TreeSet<>();
        for (String f : new String[] {"actor_dict_ar_v4.txt", "agents.all.ar.txt", "CAMEO.ar.0.5.txt", "synsets.ar.txt"}) {
            collect(Files.readString(data.resolve("cameo-arabic-petrarch/dictionaries/" + f)), dict);
        }
        for (String f : dict) {
            counts.merge(f, 1, Integer::sum); // a dictionary entry attests a form once, however often listed
        }
        sourceLines.add("CAMEO Arabic PETRARCH actor/agent/verb dictionaries, each form counted once: MIT");

        // Gazetteers: single-word names become protected forms.
        List<String> persons = Files.readAllLines(data.resolve("person-names-ar/arabic-name-to-en_names.tsv"));
        for (String line : persons.subList(1, persons.size())) {
            addName(line.split("\t", -1)[0]);
        }
        sourceLines.add("Arabic given names, npm arabic-name-to-en: ISC (protected names)");
        List<String> countries = Files.readAllLines(data.resolve("gazetteer-countries/countries_ar.tsv"));
        for (String line : countries.subList(1, countries.size())) {
            String[] c = line.split("\t", -1);
            // Columns 3-5 only: i18n-iso-countries (MIT) and CLDR (Unicode-3.0); the ODbL columns are left out.
            for (int i = 3; i <= 5 && i < c.length; i++) {
                for (String v : c[i].split(" \\| ")) {
                    addName(v);
                }
            }
        }
        sourceLines.add("Country names, i18n-iso-countries 7.14.0 (MIT) and CLDR 48.2 (Unicode-3.0) (protected names)");
        List<String> iraq = Files.readAllLines(data.resolve("gazetteer-places-mena/iraq_admin_names.tsv"));
        for (String line : iraq.subList(1, iraq.size())) {
            String[] c = line.split("\t", -1);
            if (c.length > 2) {
                addName(c[2]);
            }
        }
        sourceLines.add("Iraq administrative names, m7amad-t/iraq_geo_data: MIT (protected names)");
        List<String> cities = Files.readAllLines(data.resolve("gazetteer-places-mena/world-cities-translations_world-cities.csv"));
        for (String line : cities.subList(1, cities.size())) {
            String[] c = line.split(",", -1);
            if (c.length > 2) {
                addName(c[2].replace("\"", ""));
            }
        }
        sourceLines.add("City names, jamsshhayd/world-cities-translations (Wikidata): CC BY 4.0 (protected names)");
    }

    private void readTokenPerLine(Path p) throws IOException {
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            int sp = line.lastIndexOf(' ');
            addText(sp > 0 ? line.substring(0, sp) : line);
        }
    }

    /** Counts every maximal run of Arabic letters in the normalised text. */
    void addText(String raw) {
        List<String> words = new ArrayList<>();
        collect(raw, words);
        for (String w : words) {
            counts.merge(w, 1, Integer::sum);
        }
    }

    /** Adds every maximal run of Arabic letters of the normalised text to {@code out}. */
    private static void collect(String raw, java.util.Collection<String> out) {
        String s = ArabicNormalizer.normalize(raw);
        int i = 0;
        int n = s.length();
        while (i < n) {
            if (!ArabicNormalizer.isArabicLetter(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && ArabicNormalizer.isArabicLetter(s.charAt(i))) {
                i++;
            }
            out.add(s.substring(start, i));
        }
    }

    /** A single-word name (multi-word names protect nothing on their own). */
    void addName(String raw) {
        String s = ArabicNormalizer.normalize(raw.strip());
        if (s.length() < 3) {
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!ArabicNormalizer.isArabicLetter(s.charAt(i))) {
                return;
            }
        }
        names.put(s, Boolean.TRUE);
    }

    void write(Path out) throws IOException {
        TreeMap<String, String> lines = new TreeMap<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            lines.put(e.getKey(), e.getValue() + "\t");
        }
        for (String n : names.keySet()) {
            lines.put(n, counts.getOrDefault(n, 0) + "\t" + NAME_FLAG);
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream raw = Files.newOutputStream(out);
             OutputStream os = out.toString().endsWith(".gz") ? new GZIPOutputStream(raw) : raw;
             BufferedWriter w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8))) {
            w.write("# isnad Arabic word-form lexicon: normalised form TAB running-text count TAB flags (N = protected name)\n");
            w.write("# Built by org.isnad.arabic.text.LexiconBuilder from shared/data; forms normalised by ArabicNormalizer.\n");
            w.write("# Licence of this derived list: CC BY-SA 4.0 (it derives from CC BY-SA 3.0/4.0 corpora).\n");
            w.write("# Sources:\n");
            for (String s : sourceLines) {
                w.write("#   " + s + "\n");
            }
            w.write("# Entries: " + lines.size() + "\n");
            for (Map.Entry<String, String> e : lines.entrySet()) {
                w.write(e.getKey());
                w.write('\t');
                w.write(e.getValue());
                w.write('\n');
            }
        }
        System.err.println("wrote " + lines.size() + " forms (" + names.size() + " names) to " + out);
    }
}
