package org.isnad.arabic.actor.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.core.model.Document;
import org.isnad.core.model.EntityMention;
import org.isnad.core.model.Layer;
import org.isnad.core.model.MentionKind;
import org.isnad.core.model.NormalizedText;
import org.isnad.core.model.Sentence;
import org.isnad.core.model.Span;
import org.isnad.core.model.Token;
import org.isnad.core.pipeline.Annotator;

/**
 * Statistical named-entity recogniser: tags every sentence with the shipped {@link NerModel} and
 * writes {@link Layer#NER_MENTIONS} as {@code EntityMention(span, type, NAME, null, "ner")}.
 *
 * <p>Types: ANERcorp PERS → PER, LOC → GPE (ANERcorp's LOC is mostly countries and cities; true
 * geographic LOC is left to the catalogue), ORG → ORG, MISC → MISC. Spans are original offsets; a
 * leading conjunction/preposition proclitic (و ف ب ل ك) of the first word is left out
 * ("بداعش" → "داعش", "للوكالة" → "لوكالة"); quotation marks are never inside a mention.
 *
 * <p>Reads tokens' normalised forms only (not their clitic fields). Loads the model once in the
 * constructor; keeps no per-document state, so one instance may serve many threads.
 */
public final class NerAnnotator implements Annotator {
    private static final String[] TYPE_MAP = {"PER", "GPE", "ORG", "MISC"};

    private final NerModel model;

    /** Loads the shipped model from the classpath. */
    public NerAnnotator() {
        this(NerModel.loadDefault());
    }

    public NerAnnotator(NerModel model) {
        this.model = model;
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layer.NER_MENTIONS);
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES);
    }

    @Override
    public Document annotate(Document doc) {
        List<Token> tokens = doc.tokens();
        List<Sentence> sentences = doc.sentences();
        List<String[]> norms = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            String[] n = new String[s.tokenCount()];
            for (int i = 0; i < n.length; i++) {
                n[i] = tokens.get(s.firstToken() + i).norm();
            }
            norms.add(n);
        }
        List<int[]> labels = model.tagDocument(norms, new NerFeatures.Work());
        NormalizedText nt = doc.getOr(Layer.NORMALIZED, null);
        List<EntityMention> out = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            int[] lab = labels.get(k);
            for (NerCorpus.Chunk c : NerCorpus.chunks(lab, lab.length)) {
                Token first = tokens.get(s.firstToken() + c.start());
                Token last = tokens.get(s.firstToken() + c.end() - 1);
                int start = stemStart(first, model.procliticCut(first.norm()), nt, doc.text());
                if (start < last.end()) {
                    out.add(new EntityMention(new Span(start, last.end()), TYPE_MAP[c.type()], MentionKind.NAME,
                            null, "ner"));
                }
            }
        }
        return doc.with(Layer.NER_MENTIONS, out);
    }

    /** Original offset after the first {@code cut} normalised characters of {@code t}. */
    static int stemStart(Token t, int cut, NormalizedText nt, String text) {
        if (cut == 0) {
            return t.start();
        }
        if (nt != null) {
            int p = nt.fromOriginal(t.start()) + cut;
            return Math.min(nt.toOriginalStart(p), t.end());
        }
        // no offset map: skip cut letters and the marks the normaliser drops (harakat, tatweel)
        int o = t.start();
        for (int k = 0; k < cut && o < t.end(); k++) {
            o++;
            while (o < t.end() && dropped(text.charAt(o))) {
                o++;
            }
        }
        return o;
    }

    private static boolean dropped(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640' || (c >= '\u200B' && c <= '\u200F');
    }
}
