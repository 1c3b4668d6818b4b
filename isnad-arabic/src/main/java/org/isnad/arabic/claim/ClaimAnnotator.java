package org.isnad.arabic.claim;

import java.util.Set;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Document;
import org.isnad.core.model.Layer;
import org.isnad.core.pipeline.Annotator;

/**
 * Finds attributed claims in Arabic news text and writes {@link Layer#CLAIMS}.
 *
 * <p>Contract: requires TOKENS and SENTENCES; reads ENTITIES when present (source entity and type,
 * relays), otherwise types sources from its own lexicons ({@code isnad/ar/claim/*.tsv}). For each
 * cue (reporting or cognition verb, participle, "according to" phrase, impersonal formula, first-
 * person cue, headline colon) it emits one {@link Claim} with the cue span, the source span (null when
 * the cue continues an earlier speaker, whose text or entity is then repeated), the source type
 * (named_person, anonymous_official, anonymous, organization, media, document, author), the relay
 * chain {@code via} (outermost last), the content span (the complement clause to the end of the
 * sentence or the next cue, or the inside of a quotation), polarity, hedging and direct quotation.
 * Background formulas ("يذكر أن") and evidential subjects ("الوقائع تؤكد") give no claim. Cues inside
 * the quotation of an earlier claim are not claims of their own.
 *
 * <p>Built once (lexicons loaded in the constructor); keeps no per-document state in fields (each
 * document gets its own {@code ClaimRun}), so one instance may serve many threads. Word lookups are
 * hash lookups per token, whether or not the tokenizer has split the proclitics.
 */
public final class ClaimAnnotator implements Annotator {

    private final ClaimLexicon lex;

    public ClaimAnnotator() {
        this.lex = new ClaimLexicon();
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layer.CLAIMS);
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES);
    }

    @Override
    public Document annotate(Document doc) {
        return doc.with(Layer.CLAIMS, new ClaimRun(lex, doc).run());
    }
}
