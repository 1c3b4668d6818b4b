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
 * java ... org.isnad.arabic.actor.ner.NerEvaluator [--test FILE] [--model FILE] [--speed-tokens 1000000]
 * </pre>
 * Defaults: the ANERcorp CAMeL-style test split under ../shared/data and the shipped model.
 */
public final class NerEvaluator {
    private NerEvaluator() {}

    public static void main(String[] args) throws IOException {
        // the datasets folder sits beside the repository (../shared), as in CI
        Path test = Path.of("../shared/data/anercorp/ANERcorp_CamelStyle_test.txt");
        Path modelFile = null;
        long speedTokens = 1_000_000;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--test" -> test = Path.of(args[i + 1]);
                case "--model" -> modelFile = Path.of(args[i + 1]);
                case "--speed-tokens" -> speedTokens = Long.parseLong(args[i + 1]);
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
        NerCorpus.Score score = NerTrainer.evaluate(model, data);
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
