package org.isnad.arabic.actor.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.isnad.arabic.actor.ActorAnnotators;
import org.isnad.arabic.text.TextAnnotator;
import org.isnad.core.model.Document;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Layer;
import org.isnad.core.model.Mention;
import org.isnad.core.model.MentionKind;
import org.isnad.core.pipeline.Annotator;
import org.isnad.core.pipeline.Pipeline;

/**
 * Scores the whole actor layer (catalogue matching, the statistical tagger, linking) on a CoNLL file
 * with ANERcorp's classes, where {@link NerEvaluator} scores the tagger alone.
 *
 * <pre>
 * java ... org.isnad.arabic.actor.ner.ActorLayerEvaluator [--test FILE] [--conll OUT]
 * </pre>
 * Each 40-sentence block is one document: its tokens joined by spaces, its sentences by line breaks.
 * Every named entity mention (names, aliases, metonyms; not nominal mentions such as "التنظيم",
 * which ANERcorp does not mark) is mapped to the tokens it touches, so a cut proclitic ("والعراق" →
 * "العراق") still labels the whole token as ANERcorp does; types PER → PERS, ORG → ORG, GPE, LOC and
 * FAC → LOC; MISC, which the entity layer does not keep, from the tagger's mentions. Overlapping
 * mentions keep the first. CoNLL exact match, micro over types.
 */
public final class ActorLayerEvaluator {
    private ActorLayerEvaluator() {}

    public static void main(String[] args) throws IOException {
        Path test = Path.of("../shared/data/anercorp/ANERcorp_CamelStyle_test.txt");
        Path conll = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--test" -> test = Path.of(args[i + 1]);
                case "--conll" -> conll = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<Annotator> stages = new ArrayList<>();
        stages.add(new TextAnnotator());
        stages.addAll(ActorAnnotators.withNer(new NerAnnotator()));
        Pipeline pipeline = new Pipeline(stages);
        List<NerCorpus.Sent> data = NerCorpus.readAnercorp(test);
        List<int[]> predicted = new ArrayList<>(data.size());
        for (int b = 0; b < data.size(); b += NerTrainer.BLOCK) {
            predicted.addAll(label(pipeline, data.subList(b, Math.min(data.size(), b + NerTrainer.BLOCK)), b));
        }
        NerCorpus.Score score = new NerCorpus.Score();
        for (int k = 0; k < data.size(); k++) {
            score.add(data.get(k).tags(), predicted.get(k), data.get(k).size());
        }
        if (conll != null) {
            java.nio.file.Files.writeString(conll, NerCorpus.conll(data, predicted),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        System.out.println("test: " + test + " (whole actor layer)");
        System.out.print(score.report());
    }

    /** Labels one block through the pipeline: label ids per sentence. */
    private static List<int[]> label(Pipeline pipeline, List<NerCorpus.Sent> block, int first) {
        StringBuilder text = new StringBuilder();
        List<int[]> starts = new ArrayList<>(); // per sentence: token start offsets
        for (NerCorpus.Sent s : block) {
            int[] st = new int[s.size()];
            for (int i = 0; i < s.size(); i++) {
                st[i] = text.length();
                text.append(s.words()[i]).append(i + 1 < s.size() ? " " : "\n");
            }
            starts.add(st);
        }
        Document d = pipeline.apply("anercorp-" + first, text.toString());
        List<int[]> labels = new ArrayList<>();
        for (NerCorpus.Sent s : block) {
            labels.add(new int[s.size()]);
        }
        for (Entity e : d.get(Layer.ENTITIES)) {
            String type = switch (e.type()) {
                case "PER" -> "PERS";
                case "ORG" -> "ORG";
                case "GPE", "LOC", "FAC" -> "LOC";
                case "MISC" -> "MISC";
                default -> null;
            };
            if (type == null) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.kind() != MentionKind.NOMINAL) {
                    mark(block, starts, labels, m.span().start(), m.span().end(), type);
                }
            }
        }
        // the entity layer keeps actors only; ANERcorp's MISC (events, products, titles) comes from the tagger
        for (org.isnad.core.model.EntityMention m : d.get(Layer.NER_MENTIONS)) {
            if (m.type().equals("MISC")) {
                mark(block, starts, labels, m.span().start(), m.span().end(), "MISC");
            }
        }
        return labels;
    }

    /** B/I labels for the tokens overlapping [start, end) when none is labelled yet. */
    private static void mark(List<NerCorpus.Sent> block, List<int[]> starts, List<int[]> labels, int start, int end,
            String type) {
        for (int k = 0; k < block.size(); k++) {
            int[] st = starts.get(k);
            NerCorpus.Sent s = block.get(k);
            int from = -1;
            int to = -1;
            for (int i = 0; i < st.length; i++) {
                int tEnd = st[i] + s.words()[i].length();
                if (st[i] < end && start < tEnd) {
                    from = from < 0 ? i : from;
                    to = i + 1;
                }
            }
            if (from < 0) {
                continue;
            }
            int[] lab = labels.get(k);
            if (Arrays.stream(lab, from, to).anyMatch(x -> x != NerModel.O)) {
                return;
            }
            lab[from] = NerModel.labelId("B-" + type);
            for (int i = from + 1; i < to; i++) {
                lab[i] = NerModel.labelId("I-" + type);
            }
            return;
        }
    }
}
