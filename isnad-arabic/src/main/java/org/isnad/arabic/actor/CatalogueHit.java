package org.isnad.arabic.actor;

import java.util.List;
import java.util.function.Predicate;
import org.isnad.core.model.MentionKind;

/**
 * What a catalogue phrase stands for: an actor id (null for a nominal head whose referent the
 * linker must find), the mention type, how it names the actor, and for nominals the class of
 * antecedent it can refer to ("state", "armed_group", "coalition", "media" ...) and the grammatical
 * gender of the head ('m' or 'f'), which attributive adjectives must agree with; for a metonym, the
 * actor the word names when literal ({@code literal}); {@code weak} for names from the generated
 * gazetteers, which match after a proclitic only when the rest starts with the article (so that
 * "بريدة" is not read as ب + a village "ريدة"); {@code cued} for a one-word name that is also a
 * common word ("الباب", "حجة"), which names the place only right after a classifier noun
 * ("مدينة الباب", "محافظة حجة").
 */
public record CatalogueHit(String id, String type, MentionKind kind, String nominalClass, char gender,
        String literal, boolean weak, boolean cued) {

    /** A nominal head or any hit that is not cued. */
    public CatalogueHit(String id, String type, MentionKind kind, String nominalClass, char gender,
            String literal, boolean weak) {
        this(id, type, kind, nominalClass, gender, literal, weak, false);
    }

    /** A name, alias or metonym hit. */
    public CatalogueHit(String id, String type, MentionKind kind, String literal, boolean weak, boolean cued) {
        this(id, type, kind, null, ' ', literal, weak, cued);
    }

    /** A name, alias or metonym hit that needs no cue. */
    public CatalogueHit(String id, String type, MentionKind kind, String literal, boolean weak) {
        this(id, type, kind, literal, weak, false);
    }

    /** Whether every hit of a phrase has property {@code p} (true for none): a loop, as matching calls it per candidate. */
    public static boolean all(List<CatalogueHit> hits, Predicate<CatalogueHit> p) {
        for (CatalogueHit h : hits) {
            if (!p.test(h)) {
                return false;
            }
        }
        return true;
    }
}
