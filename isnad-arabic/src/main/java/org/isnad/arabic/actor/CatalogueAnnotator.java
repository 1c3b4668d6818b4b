package org.isnad.arabic.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.core.model.Document;
import org.isnad.core.model.EntityMention;
import org.isnad.core.model.Layer;
import org.isnad.core.model.MentionKind;
import org.isnad.core.model.NormalizedText;
import org.isnad.core.model.Span;
import org.isnad.core.model.Token;
import org.isnad.core.model.TokenKind;
import org.isnad.core.pipeline.Annotator;

/**
 * Finds catalogue phrases in a document: names, aliases, metonyms and nominal heads, as
 * {@link Layer#MENTIONS} with origin {@code catalogue}.
 *
 * <p>Contract: phrases are matched on normalised tokens, left to right, longest match first, no
 * overlaps. The first word may carry proclitics و ف ب ل ك (cut from the span; "لل" keeps the
 * article's lam). Quotation marks are never inside a span; one opening quote may follow the first
 * word of a multi-word phrase, and then only the quoted part is the span (وكالة "سبوتنيك" ->
 * سبوتنيك, قاعدة "التنف" -> التنف as the base); a quoted outlet name without its head is the outlet
 * ("لـ«الشرق الأوسط»" -> the newspaper). Classifier nouns are not in the catalogue names,
 * so "مدينة الموصل" yields الموصل. A nominal head absorbs following attributive adjectives from
 * {@code nominal-adjectives.tsv} agreeing in gender ("التنظيم الإرهابي"); a bare head followed by another
 * definite nisba adjective ("الجيش السري", "النظام العالمي") is not a mention; a demonstrative before
 * a head is not part of the span. A metonym is reported as METONYM of the government; the linker decides whether it is
 * literal. Requires TOKENS and NORMALIZED; stateless and thread-safe.
 */
public final class CatalogueAnnotator implements Annotator {
    public static final String ORIGIN = "catalogue";

    private final ActorCatalogue catalogue;

    public CatalogueAnnotator() {
        this(ActorCatalogue.shared());
    }

    public CatalogueAnnotator(ActorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.TOKENS, Layer.NORMALIZED);
    }

    @Override
    public Document annotate(Document doc) {
        return doc.with(Layer.MENTIONS, find(doc.get(Layer.TOKENS), doc.get(Layer.NORMALIZED), doc.text()));
    }

    /** The catalogue mentions of a token sequence (without the original text, a shadda cannot be read). */
    public List<EntityMention> find(List<Token> tokens, NormalizedText nt) {
        return find(tokens, nt, null);
    }

    /**
     * The catalogue mentions of a token sequence; {@code original} (may be null) is the text the
     * token spans point into, read for the diacritics that tell homographs apart.
     */
    public List<EntityMention> find(List<Token> tokens, NormalizedText nt, String original) {
        List<EntityMention> out = new ArrayList<>();
        java.util.Map<ActorCatalogue.Homograph, Integer> cueVotes = null; // per document, on first need
        String[] stems = new String[Clitics.MAX];
        int[] offs = new int[Clitics.MAX];
        TokenTrie.Node root = catalogue.trie().root();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            Token t = tokens.get(i);
            if (t.kind() == TokenKind.QUOTE) {
                int next = quotedOutlet(tokens, i, root, out);
                if (next > i) {
                    i = next;
                    continue;
                }
            }
            if (t.kind() != TokenKind.WORD) {
                i++;
                continue;
            }
            int bestEnd = -1;
            int bestStartTok = -1;
            int bestOff = 0;
            List<CatalogueHit> bestHits = null;
            String bestWord = null;
            int c = Clitics.candidates(t, stems, offs);
            for (int k = 0; k < c; k++) {
                TokenTrie.Node node = root.child(stems[k]);
                if (node == null) {
                    continue;
                }
                int startTok = i;
                if (node.hasHits() && i + 1 > bestEnd && (offs[k] == 0 || stems[k].startsWith("ال") || !CatalogueHit.all(node.hits(), CatalogueHit::weak))
                        && (!CatalogueHit.all(node.hits(), CatalogueHit::cued) || afterClassifier(tokens, i))) {
                    bestEnd = i + 1;
                    bestStartTok = i;
                    bestOff = offs[k];
                    bestHits = node.hits();
                    bestWord = stems[k];
                }
                for (int j = i + 1; j < n; j++) {
                    Token u = tokens.get(j);
                    if (u.kind() == TokenKind.QUOTE && j == i + 1 && j + 1 < n) {
                        startTok = j + 1;
                        continue;
                    }
                    if (u.kind() != TokenKind.WORD && u.kind() != TokenKind.NUMBER) {
                        break;
                    }
                    node = node.child(u.norm());
                    if (node == null) {
                        break;
                    }
                    if (node.hasHits() && j + 1 > bestEnd) {
                        bestEnd = j + 1;
                        bestStartTok = startTok;
                        bestOff = startTok == i ? offs[k] : 0;
                        bestHits = node.hits();
                    }
                }
            }
            if (bestHits == null) {
                i++;
                continue;
            }
            if (bestEnd == i + 1 && bestStartTok == i && bestEnd < n
                    && catalogue.isCommonReading(bestWord, tokens.get(bestEnd).norm())) {
                i++; // "القاعدة الجوية": the common noun, not the name
                continue;
            }
            CatalogueHit hit = choose(bestHits);
            if (bestEnd == i + 1 && bestStartTok == i) {
                ActorCatalogue.Homograph h = catalogue.homograph(bestWord);
                if (h != null) {
                    if (cueVotes == null) {
                        cueVotes = new java.util.HashMap<>();
                    }
                    hit = resolve(h, hit, bestHits, t, original,
                            cueVotes.computeIfAbsent(h, x -> cueVotes(x, tokens)));
                }
            }
            int end = bestEnd;
            if (hit.kind() == MentionKind.NOMINAL && hit.id() == null && bestEnd < n
                    && isOtherNisba(tokens.get(bestEnd))) {
                // "الجيش السري", "النظام العالمي", "التحالف الوطني": another description, not an anaphor
                i = bestEnd;
                continue;
            }
            if (hit.kind() == MentionKind.NOMINAL) {
                while (end < n && tokens.get(end).kind() == TokenKind.WORD
                        && catalogue.isNominalAdjective(tokens.get(end).norm())
                        && agrees(hit.gender(), tokens.get(end).norm())) {
                    end++;
                }
            }
            if (hit.type().equals("PER") && end - bestStartTok > 1
                    && Clitics.anyCandidate(tokens.get(bestStartTok), catalogue::isPersonTitle)) {
                bestStartTok++; // "الملك [سلمان]": the title helps the match, the name is the mention
                bestOff = 0;
            }
            Token first = tokens.get(bestStartTok);
            int start = bestOff == 0 ? first.start()
                    : nt.toOriginalStart(nt.fromOriginal(first.start()) + bestOff);
            Span span = new Span(start, tokens.get(end - 1).end());
            out.add(new EntityMention(span, hit.type(), hit.kind(), hit.id(), ORIGIN));
            i = end;
        }
        return out;
    }

    /** Generic heads of outlet names: a quoted «X» alone may stand for "صحيفة X" ("لـ«الشرق الأوسط»"). */
    private static final List<String> OUTLET_HEADS = List.of("صحيفه", "جريده", "وكاله", "قناه", "موقع");

    /**
     * At an opening quote: when the quoted words, with an outlet head before them, are a media name
     * of the catalogue ("صحيفة الشرق الأوسط"), adds that mention and returns the index after the
     * closing quote; otherwise returns {@code i}. A quoted newspaper name is the newspaper, not
     * the region or the common word it also spells.
     */
    private int quotedOutlet(List<Token> tokens, int i, TokenTrie.Node root, List<EntityMention> out) {
        int close = -1;
        for (int j = i + 1; j < tokens.size() && j <= i + 5; j++) {
            TokenKind k = tokens.get(j).kind();
            if (k == TokenKind.QUOTE) {
                close = j;
                break;
            }
            if (k != TokenKind.WORD) {
                return i;
            }
        }
        if (close <= i + 1) {
            return i;
        }
        for (String head : OUTLET_HEADS) {
            TokenTrie.Node node = root.child(head);
            for (int j = i + 1; node != null && j < close; j++) {
                node = node.child(tokens.get(j).norm());
            }
            if (node != null && node.hasHits()) {
                CatalogueHit hit = node.hits().get(0);
                Actor a = catalogue.actor(hit.id());
                if (a != null && "media".equals(a.subtype())) {
                    out.add(new EntityMention(new Span(tokens.get(i + 1).start(), tokens.get(close - 1).end()),
                            hit.type(), MentionKind.NAME, hit.id(), ORIGIN));
                    return close + 1;
                }
            }
        }
        return i;
    }

    /** A definite nisba adjective ("السري", "العالمية") that is not one of the anaphoric nominal adjectives. */
    private boolean isOtherNisba(Token t) {
        String w = t.norm();
        return t.kind() == TokenKind.WORD && (catalogue.isOtherAdjective(w) || w.startsWith("ال") && w.length() > 4
                && (w.endsWith("ي") || w.endsWith("يه")) && !catalogue.isNominalAdjective(w));
    }

    /** An adjective in ة (normalised ه) agrees with a feminine head, any other with a masculine one. */
    private static boolean agrees(char gender, String adjective) {
        return (adjective.endsWith("ه")) == (gender == 'f');
    }

    /**
     * The first (curated) hit, except that a capital's city name gives way to the metonym whose
     * literal reading it is (the linker turns it literal by context): "دمشق" -> syria, "عمان" stays
     * the curated Oman although it is also Amman, Jordan's capital.
     */
    private static CatalogueHit choose(List<CatalogueHit> hits) {
        CatalogueHit first = hits.get(0);
        if (first.kind() == MentionKind.NAME) {
            for (CatalogueHit h : hits) {
                if (h.kind() == MentionKind.METONYM && first.id().equals(h.literal())) {
                    return h;
                }
            }
        }
        return first;
    }

    /**
     * The reading of a homograph: the alternative when the word carries a shadda that marks it
     * ("عمّان") or when {@code votes} (alternative minus default cue words in the document) is
     * positive; else {@code chosen}. The alternative hit is the one naming it, or whose literal reading
     * it is (Amman: the metonym of Jordan).
     */
    private static CatalogueHit resolve(ActorCatalogue.Homograph h, CatalogueHit chosen, List<CatalogueHit> hits,
            Token t, String original, int votes) {
        int shadda = h.shadda() && original != null ? original.indexOf('\u0651', t.start()) : -1;
        boolean marked = shadda >= 0 && shadda < t.end();
        if (!marked && votes <= 0) {
            return chosen;
        }
        for (CatalogueHit x : hits) {
            if (h.alternative().equals(x.literal()) || h.alternative().equals(x.id())) {
                return x;
            }
        }
        return chosen;
    }

    /** Cue words of the alternative reading minus those of the default, over the whole document. */
    private static int cueVotes(ActorCatalogue.Homograph h, List<Token> tokens) {
        int votes = 0;
        for (Token u : tokens) {
            if (u.kind() != TokenKind.WORD) {
                continue;
            }
            if (Clitics.anyCandidate(u, h.alternativeCues()::contains)) {
                votes++;
            } else if (Clitics.anyCandidate(u, h.defaultCues()::contains)) {
                votes--;
            }
        }
        return votes;
    }

    /** Whether the word before token i is a classifier noun ("مدينة", "محافظة", "بمدينة"). */
    private boolean afterClassifier(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).kind() == TokenKind.WORD
                && Clitics.anyCandidate(tokens.get(i - 1), catalogue::isClassifier);
    }
}
