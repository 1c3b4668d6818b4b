package org.isnad.arabic.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.isnad.arabic.text.TextAnnotator;
import org.isnad.core.model.Document;
import org.isnad.core.model.EntityMention;
import org.isnad.core.model.Layer;
import org.isnad.core.model.Token;
import org.isnad.core.model.TokenKind;
import org.junit.jupiter.api.Test;

/**
 * The matcher gives the same spans whether words arrive unsegmented (today) or with proclitics
 * already split by the tokenizer's segmenter (Token.prefixes / stemStart / article), including a
 * segmenter that cuts too much ("بغداد" read as ب + غداد).
 */
class CataloguePrefixedTokensTest {
    static final String TEXT = "وصل الوفد للموصل ثم وبالرقة والتقى بالتحالف الدولي في بغداد وللنظام السوري رأي آخر.";

    /** A crude segmenter: cuts و/ف then ب/ل/ك before ال, and ل before a lam (elided article). */
    static Token segment(Token t, boolean overcut) {
        if (t.kind() != TokenKind.WORD) {
            return t;
        }
        String w = t.norm();
        int cut = 0;
        if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
            cut = 1;
        }
        if (w.length() > cut + 3 && "بلك".indexOf(w.charAt(cut)) >= 0
                && (w.startsWith("ال", cut + 1) || w.charAt(cut) == 'ل' && w.charAt(cut + 1) == 'ل' || overcut)) {
            cut++;
        }
        if (cut == 0) {
            return t;
        }
        boolean article = w.startsWith("ال", cut) || w.startsWith("ل", cut) && w.charAt(cut - 1) == 'ل';
        // the test text has no marks, so normalised and original offsets coincide inside a word
        return t.withClitics(t.start() + cut, w.substring(0, cut), article);
    }

    static List<String> spans(boolean segmented, boolean overcut) {
        Document d = new TextAnnotator().annotate(Document.of("t", TEXT));
        if (segmented) {
            List<Token> seg = new ArrayList<>();
            d.get(Layer.TOKENS).forEach(t -> seg.add(segment(t, overcut)));
            d = d.with(Layer.TOKENS, seg);
        }
        List<String> out = new ArrayList<>();
        for (EntityMention m : new CatalogueAnnotator().annotate(d).get(Layer.MENTIONS)) {
            out.add(d.text(m.span()) + "=" + m.entityId());
        }
        return out;
    }

    @Test
    void sameSpansWithAndWithoutSegmentation() {
        List<String> expected = List.of("لموصل=mosul", "الرقة=raqqa", "التحالف الدولي=intl_coalition", "بغداد=iraq",
                "لنظام السوري=syria");
        assertEquals(expected, spans(false, false));
        assertEquals(expected, spans(true, false));
        assertEquals(expected, spans(true, true));
    }
}
