package org.isnad.arabic.actor.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.isnad.arabic.text.ArabicNormalizer;

/**
 * Trains the NER model with an averaged perceptron. Reproducible: fixed seed, sequential dev split,
 * deterministic iteration. Steps: build the gazetteer from shippable lists under {@code --data};
 * train on the first (1 − dev) of the ANERcorp train file plus AQMAR, scoring the averaged weights
 * on the dev part after every epoch; pick the best epoch; retrain on all training data for that many
 * epochs and write the model.
 *
 * <pre>
 * java ... org.isnad.arabic.actor.ner.NerTrainer --data /work/shared/data \
 *     --out isnad-arabic/src/main/resources/isnad/ar/actor/ner-model.bin.gz \
 *     [--train FILE] [--aqmar DIR|none] [--cues FILE] [--max-epochs 15] [--epochs N] [--dev 0.1]
 *     [--seed 1] [--decoder greedy|viterbi] [--aqmar-mis o|misc]
 * </pre>
 * Never pass the ANERcorp test file or NewsFANE Gold (the same text) as training data.
 */
public final class NerTrainer {
    private static final int L = NerModel.L;

    private final LongIntMap index = new LongIntMap(1 << 20);
    private float[] w = new float[1 << 16];
    private float[] u = new float[1 << 16];
    private final float[] trans = new float[(L + 1) * L];
    private final float[] transU = new float[(L + 1) * L];
    private int rows;
    private long c = 1;
    private final boolean viterbi;
    private final NerFeatures features;

    private final NerVocab vocab;
    private final NerVocab[] folds;

    private NerTrainer(NerLexicon lexicon, List<NerCorpus.Sent> data, boolean viterbi) {
        this.viterbi = viterbi;
        vocab = new NerVocab(1 << 15);
        folds = new NerVocab[FOLDS];
        for (int f = 0; f < FOLDS; f++) {
            folds[f] = new NerVocab(1 << 13);
        }
        for (int i = 0; i < data.size(); i++) {
            NerCorpus.Sent s = data.get(i);
            for (int j = 0; j < s.size(); j++) {
                String norm = s.norms()[j];
                int pl = NerText.procliticLength(norm);
                long key = pl == 0 ? NerText.hash(norm) : NerText.hash(norm, pl, norm.length());
                vocab.add(key, s.tags()[j]);
                folds[i % FOLDS].add(key, s.tags()[j]);
                if (pl != 0) {
                    long whole = NerText.hash(norm);
                    vocab.add(whole, s.tags()[j]);
                    folds[i % FOLDS].add(whole, s.tags()[j]);
                }
            }
        }
        this.features = new NerFeatures(lexicon, vocab);
    }

    /** Jack-knife folds for the vocabulary features. */
    private static final int FOLDS = 5;

    private List<Item> prepareAll(List<NerCorpus.Sent> data) {
        List<Item> items = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            items.add(prepare(data.get(i), folds[i % FOLDS]));
        }
        return items;
    }

    /** A training sentence with its static features resolved to weight rows. */
    private static final class Item {
        final NerFeatures.Work work = new NerFeatures.Work();
        int[] rowsFlat;
        int[] rowStart;
        int[] gold;
        int n;
    }

    private int row(long key, boolean add) {
        int r = index.get(key, -1);
        if (r >= 0 || !add) {
            return r;
        }
        r = rows++;
        index.put(key, r);
        if ((r + 1) * L > w.length) {
            w = java.util.Arrays.copyOf(w, w.length * 2);
            u = java.util.Arrays.copyOf(u, u.length * 2);
        }
        return r;
    }

    private Item prepare(NerCorpus.Sent s, NerVocab exclude) {
        Item it = new Item();
        it.n = s.size();
        it.gold = s.tags();
        features.extract(s.norms(), it.n, it.work, exclude);
        it.rowStart = new int[it.n + 1];
        int total = 0;
        for (int i = 0; i < it.n; i++) {
            total += it.work.nf[i];
        }
        it.rowsFlat = new int[total];
        int k = 0;
        for (int i = 0; i < it.n; i++) {
            it.rowStart[i] = k;
            for (int j = 0; j < it.work.nf[i]; j++) {
                it.rowsFlat[k++] = row(it.work.feats[i * NerFeatures.K + j], true);
            }
        }
        it.rowStart[it.n] = k;
        it.work.feats = new long[0]; // resolved: free the hashes
        return it;
    }

    private void predict(Item it, int[] out) {
        float[] sc = it.work.scores(it.n * L);
        java.util.Arrays.fill(sc, 0, it.n * L, 0f);
        for (int i = 0; i < it.n; i++) {
            for (int k = it.rowStart[i]; k < it.rowStart[i + 1]; k++) {
                int r = it.rowsFlat[k] * L;
                for (int y = 0; y < L; y++) {
                    sc[i * L + y] += w[r + y];
                }
            }
        }
        NerModel.decode(sc, it.n, it.work, index, w, trans, viterbi, out);
    }

    private void update(Item it, int i, int prev, int y, float d) {
        for (int k = it.rowStart[i]; k < it.rowStart[i + 1]; k++) {
            bump(it.rowsFlat[k] * L + y, d);
        }
        bump(row(NerFeatures.historyWord(prev, it.work, i), true) * L + y, d);
        bump(row(NerFeatures.historyStem(prev, it.work, i), true) * L + y, d);
        int t = (prev + 1) * L + y;
        trans[t] += d;
        transU[t] += c * d;
    }

    private void bump(int at, float d) {
        w[at] += d;
        u[at] += c * d;
    }

    private void trainEpoch(List<Item> items, Random rnd) {
        List<Item> order = new ArrayList<>(items);
        Collections.shuffle(order, rnd);
        int[] pred = new int[256];
        for (Item it : order) {
            if (pred.length < it.n) {
                pred = new int[it.n * 2];
            }
            predict(it, pred);
            for (int i = 0; i < it.n; i++) {
                if (viterbi) {
                    int gp = i == 0 ? -1 : it.gold[i - 1];
                    int pp = i == 0 ? -1 : pred[i - 1];
                    if (it.gold[i] != pred[i] || gp != pp) {
                        update(it, i, gp, it.gold[i], 1f);
                        update(it, i, pp, pred[i], -1f);
                    }
                } else if (it.gold[i] != pred[i]) {
                    // greedy: learn the local decision under the history the decoder will really see
                    int pp = i == 0 ? -1 : pred[i - 1];
                    update(it, i, pp, it.gold[i], 1f);
                    update(it, i, pp, pred[i], -1f);
                }
            }
            c++;
        }
    }

    /** The averaged model (w − u/c) over the features seen so far. */
    private NerModel averaged(LongIntMap forms, List<String[]> gaz, List<String[]> cues) {
        float[] avg = new float[rows * L];
        for (int i = 0; i < avg.length; i++) {
            avg[i] = w[i] - u[i] / c;
        }
        float[] t = new float[trans.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = trans[i] - transU[i] / c;
        }
        return new NerModel(index, avg, t, viterbi, forms, gaz, cues, vocab);
    }

    static NerCorpus.Score evaluate(NerModel m, List<NerCorpus.Sent> data) {
        NerCorpus.Score score = new NerCorpus.Score();
        NerFeatures.Work work = new NerFeatures.Work();
        int[] out = new int[512];
        for (NerCorpus.Sent s : data) {
            if (out.length < s.size()) {
                out = new int[s.size() * 2];
            }
            m.tag(s.norms(), s.size(), work, out);
            score.add(s.tags(), out, s.size());
        }
        return score;
    }

    // ---------------------------------------------------------------- gazetteer

    /**
     * Builds the gazetteer rows ({@code TYPE, phrase}) from shippable lists: given names (ISC),
     * country names (MIT / ODbL / Unicode), world city names (CC BY 4.0) and CAMEO actors (MIT).
     * ANERGazet (no licence) is not used.
     */
    static List<String[]> buildGazetteer(Path data) throws IOException {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> given = new HashSet<>();
        for (String line : Files.readAllLines(data.resolve("person-names-ar/arabic-name-to-en_names.tsv"))) {
            String name = clean(line.split("\t")[0]);
            if (!name.isEmpty() && !name.equals("name_ar")) {
                seen.add("GIVEN\t" + name);
                given.add(name);
            }
        }
        List<String> countries = Files.readAllLines(data.resolve("gazetteer-countries/countries_ar.tsv"));
        for (String line : countries.subList(1, countries.size())) {
            String[] f = line.split("\t", -1);
            for (int k = 3; k <= 7 && k < f.length; k++) {
                for (String v : f[k].split("\\|")) {
                    String name = clean(v);
                    if (!name.isEmpty()) {
                        seen.add("COUNTRY\t" + name);
                    }
                }
            }
        }
        List<String> cities = Files.readAllLines(
                data.resolve("gazetteer-places-mena/world-cities-translations_world-cities.csv"));
        for (String line : cities.subList(1, cities.size())) {
            String[] f = line.split(",");
            if (f.length < 4) {
                continue;
            }
            String country = clean(f[0].replace("\"", ""));
            if (!country.isEmpty()) {
                seen.add("COUNTRY\t" + country);
            }
            String city = clean(f[2].replace("\"", ""));
            for (String head : new String[] {"ولايه ", "محافظه ", "مركز ", "مدينه ", "منطقه "}) {
                if (city.startsWith(head)) {
                    city = city.substring(head.length());
                }
            }
            if (!city.isEmpty()) {
                seen.add("CITY\t" + city);
            }
        }
        for (String line : Files.readAllLines(data.resolve("cameo-arabic-petrarch/dictionaries/actor_dict_ar_v4.txt"))) {
            if (line.isEmpty() || Character.isWhitespace(line.charAt(0)) || line.charAt(0) == '[') {
                continue;
            }
            String key = line.split("[\\s\\[]", 2)[0];
            String name = clean(key.replace('_', ' '));
            String[] words = name.split(" ");
            if (name.isEmpty() || words.length > 5 || java.util.Arrays.stream(words).anyMatch(x -> x.length() < 2)) {
                continue;
            }
            seen.add((words.length > 1 && given.contains(words[0]) ? "PERSON\t" : "ACTOR\t") + name);
        }
        List<String[]> out = new ArrayList<>();
        for (String s : seen) {
            out.add(s.split("\t", 2));
        }
        return out;
    }

    /** Normalised, single-spaced Arabic phrase, or "" when it holds Latin letters or digits. */
    private static String clean(String s) {
        String n = ArabicNormalizer.normalize(s).strip().replaceAll("\\s+", " ");
        for (int i = 0; i < n.length(); i++) {
            char ch = n.charAt(i);
            if (ch != ' ' && !ArabicNormalizer.isArabicLetter(ch)) {
                return "";
            }
        }
        return n;
    }

    /** Counts of normalised word forms inside gold names and gazetteer phrases (for proclitic cutting). */
    static LongIntMap formCounts(List<NerCorpus.Sent> data, List<String[]> gaz) {
        LongIntMap forms = new LongIntMap(1 << 15);
        for (NerCorpus.Sent s : data) {
            for (NerCorpus.Chunk ch : NerCorpus.chunks(s.tags(), s.size())) {
                for (int i = ch.start(); i < ch.end(); i++) {
                    forms.add(NerText.hash(s.norms()[i]), 1);
                }
            }
        }
        for (String[] g : gaz) {
            for (String word : g[1].split(" ")) {
                forms.add(NerText.hash(word), 1);
            }
        }
        return forms;
    }

    // ---------------------------------------------------------------- main

    public static void main(String[] args) throws IOException {
        Path data = Path.of("/work/shared/data");
        Path train = null;
        String aqmar = "none";
        Path cuesFile = Path.of("isnad-arabic/src/main/resources/isnad/ar/actor/ner-cues.tsv");
        Path out = null;
        int maxEpochs = 15;
        int epochs = 0;
        double dev = 0.1;
        long seed = 1;
        boolean viterbi = false;
        boolean misAsMisc = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--data" -> data = Path.of(v);
                case "--train" -> train = Path.of(v);
                case "--aqmar" -> aqmar = v;
                case "--cues" -> cuesFile = Path.of(v);
                case "--out" -> out = Path.of(v);
                case "--max-epochs" -> maxEpochs = Integer.parseInt(v);
                case "--epochs" -> epochs = Integer.parseInt(v);
                case "--dev" -> dev = Double.parseDouble(v);
                case "--seed" -> seed = Long.parseLong(v);
                case "--decoder" -> viterbi = v.equals("viterbi");
                case "--aqmar-mis" -> misAsMisc = v.equals("misc");
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
            i++;
        }
        if (train == null) {
            train = data.resolve("anercorp/ANERcorp_CamelStyle_train.txt");
        }
        if (train.toString().contains("test") || train.toString().contains("newsfane")) {
            throw new IllegalArgumentException("refusing to train on evaluation data: " + train);
        }
        Path aqmarDir = aqmar == null ? data.resolve("aqmar") : aqmar.equals("none") ? null : Path.of(aqmar);

        long t0 = System.nanoTime();
        List<String[]> gaz = buildGazetteer(data);
        List<String[]> cues = new ArrayList<>();
        for (String line : Files.readAllLines(cuesFile, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                cues.add(line.strip().split("\t", -1));
            }
        }
        List<NerCorpus.Sent> all = NerCorpus.readAnercorp(train);
        List<NerCorpus.Sent> extra = new ArrayList<>();
        if (aqmarDir != null) {
            try (var files = Files.list(aqmarDir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    extra.addAll(NerCorpus.readAqmar(f, misAsMisc));
                }
            }
        }
        int cut = (int) Math.round(all.size() * (1 - dev));
        List<NerCorpus.Sent> trainPart = new ArrayList<>(all.subList(0, cut));
        List<NerCorpus.Sent> devPart = all.subList(cut, all.size());
        trainPart.addAll(extra);
        System.out.printf(Locale.ROOT, "gazetteer %d rows, cues %d; train %d sentences (+%d AQMAR), dev %d; decoder %s%n",
                gaz.size(), cues.size(), cut, extra.size(), devPart.size(), viterbi ? "viterbi" : "greedy");

        if (epochs <= 0) {
            NerTrainer tr = new NerTrainer(new NerLexicon(gaz, cues), trainPart, viterbi);
            List<Item> items = tr.prepareAll(trainPart);
            LongIntMap forms = formCounts(trainPart, gaz);
            Random rnd = new Random(seed);
            double best = -1;
            for (int e = 1; e <= maxEpochs; e++) {
                tr.trainEpoch(items, rnd);
                double f = evaluate(tr.averaged(forms, gaz, cues), devPart).f1();
                System.out.printf(Locale.ROOT, "epoch %2d dev F1 %.2f  (%d features)%n", e, 100 * f, tr.rows);
                if (f > best) {
                    best = f;
                    epochs = e;
                }
            }
            System.out.printf(Locale.ROOT, "chosen epochs: %d (dev F1 %.2f)%n", epochs, 100 * best);
        }
        if (out == null) {
            return;
        }
        List<NerCorpus.Sent> full = new ArrayList<>(all);
        full.addAll(extra);
        NerTrainer tr = new NerTrainer(new NerLexicon(gaz, cues), full, viterbi);
        List<Item> items = tr.prepareAll(full);
        Random rnd = new Random(seed);
        for (int e = 1; e <= epochs; e++) {
            tr.trainEpoch(items, rnd);
        }
        NerModel model = tr.averaged(formCounts(full, gaz), gaz, cues);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            model.write(os);
        }
        System.out.printf(Locale.ROOT, "wrote %s: %d feature rows before pruning, %d bytes, %.1f s%n", out, tr.rows,
                Files.size(out), (System.nanoTime() - t0) / 1e9);
    }
}
