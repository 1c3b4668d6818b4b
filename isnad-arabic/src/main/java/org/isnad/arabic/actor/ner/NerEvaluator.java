package org.isnad.arabic.actor.ner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Scores a NER model on a CoNLL file with CoNLL exact-match P/R/F1 (micro over PERS/LOC/ORG/MISC
 * and per type), and measures tagging speed and model load time.
 *
 * <pre>
 * java ... org.isnad.arabic.actor.ner.NerEvaluator [--test FILE] [--model FILE] [--speed-tokens 1000000] [--conll OUT]
 * </pre>
 * Defaults: the ANERcorp CAMeL-style test split under ../shared/data and the shipped model.
 * {@code --conll} writes "word gold predicted" lines (blank line between sentences), the input of
 * conlleval and of error analysis.
 */
public final class NerEvaluator {
    private NerEvaluator() {}

    public static void main(String[] args) throws IOException {
        // the datasets folder sits beside the repository (../shared), as in CI
        Path test = Path.of("../shared/data/anercorp/ANERcorp_CamelStyle_test.txt");
        Path modelFile = null;
        long speedTokens = 1_000_000;
        Path conll = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--test" -> test = Path.of(args[i + 1]);
                case "--model" -> modelFile = Path.of(args[i + 1]);
                case "--speed-tokens" -> speedTokens = Long.parseLong(args[i + 1]);
                case "--conll" -> conll = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long t0 = System.nanoTime();
        NerModel model;
        if (modelFile == null) {
            model = NerModel.loadDefault();
        } else {
            try (InputStream in = Files.newInputStream(modelFile)) {
                model = NerModel.read(in);
            }
        }
        double loadMs = (System.nanoTime() - t0) / 1e6;
        List<NerCorpus.Sent> data = NerCorpus.readAnercorp(test);
        List<int[]> predicted = NerTrainer.tagBlocks(model, data);
        NerCorpus.Score score = new NerCorpus.Score();
        for (int k = 0; k < data.size(); k++) {
            score.add(data.get(k).tags(), predicted.get(k), data.get(k).size());
        }
        if (conll != null) {
            Files.writeString(conll, NerCorpus.conll(data, predicted), java.nio.charset.StandardCharsets.UTF_8);
        }
        System.out.printf(Locale.ROOT, "model: %d feature rows, decoder %s, loaded in %.0f ms%n",
                model.featureCount(), model.usesViterbi() ? "viterbi" : "greedy", loadMs);
        System.out.println("test: " + test);
        System.out.print(score.report());
        if (speedTokens > 0) {
            int tokens = data.stream().mapToInt(NerCorpus.Sent::size).sum();
            for (int warm = 0; warm < 3; warm++) {
                NerTrainer.tagBlocks(model, data);
            }
            long done = 0;
            long s0 = System.nanoTime();
            while (done < speedTokens) {
                NerTrainer.tagBlocks(model, data);
                done += tokens;
            }
            double sec = (System.nanoTime() - s0) / 1e9;
            System.out.printf(Locale.ROOT, "tagging speed: %.0f tokens/s (%d tokens in %d-sentence documents, one thread, warm)%n",
                    done / sec, done, NerTrainer.BLOCK);
        }
    }
}
