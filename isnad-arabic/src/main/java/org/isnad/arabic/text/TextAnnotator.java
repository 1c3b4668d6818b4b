package org.isnad.arabic.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.core.model.Document;
import org.isnad.core.model.Layer;
import org.isnad.core.model.NormalizedText;
import org.isnad.core.model.Sentence;
import org.isnad.core.model.Token;
import org.isnad.core.model.TokenKind;
import org.isnad.core.pipeline.Annotator;

/** The Arabic text layer: normalised view with offset map, tokens with proclitics split, sentences. */
public final class TextAnnotator implements Annotator {
    private final ProcliticSegmenter clitics;

    public TextAnnotator(ProcliticSegmenter clitics) {
        this.clitics = clitics;
    }

    public TextAnnotator() {
        this(ProcliticSegmenter.load());
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layer.NORMALIZED, Layer.TOKENS, Layer.SENTENCES);
    }

    @Override
    public Document annotate(Document doc) {
        NormalizedText nt = ArabicNormalizer.normalizeWithOffsets(doc.text());
        List<Token> raw = ArabicTokenizer.tokenize(doc.text(), nt);
        List<Token> tokens = new ArrayList<>(raw.size());
        for (Token t : raw) {
            tokens.add(t.kind() == TokenKind.WORD ? clitics.segment(t, doc.text()) : t);
        }
        List<Sentence> sentences = SentenceSplitter.split(doc.text(), tokens);
        return doc.with(Layer.NORMALIZED, nt).with(Layer.TOKENS, tokens).with(Layer.SENTENCES, sentences);
    }
}
