package org.isnad.arabic.event;

import java.util.List;
import org.isnad.core.model.Span;
import org.isnad.core.model.Token;

/**
 * A matched trigger: its token range (both ends inclusive), the lexicon reading, and whether it carries an
 * object pronoun (an enclitic on its first word, or a pronoun on a later word of a phrase: "إطلاق سراحهم").
 */
record Trigger(int first, int last, TriggerLexicon.Entry entry, boolean enclitic) {

    /** The trigger's text: from after the proclitics of its first word to the end of its last. */
    Span span(List<Token> toks) {
        return new Span(toks.get(first).stemStart(), toks.get(last).end());
    }
}
