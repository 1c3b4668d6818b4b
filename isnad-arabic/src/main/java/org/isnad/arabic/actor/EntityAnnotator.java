package org.isnad.arabic.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.core.model.Document;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityMention;
import org.isnad.core.model.Layer;
import org.isnad.core.model.Mention;
import org.isnad.core.model.MentionKind;
import org.isnad.core.model.Span;
import org.isnad.core.model.Token;
import org.isnad.core.model.TokenKind;
import org.isnad.core.pipeline.Annotator;

/**
 * Links mentions to entities and groups them into {@link Layer#ENTITIES}.
 *
 * <p>Contract: reads {@link Layer#MENTIONS} (catalogue) and, when present,
 * {@link Layer#NER_MENTIONS} (statistical names: an NER span overlapping a catalogue mention is
 * dropped, so the catalogue wins; MISC is dropped; a name that is a catalogue phrase gets the
 * catalogue id; other names get a document id {@code ner_<slug>}, merged with an earlier name of
 * the same type and normalised text, or for PER when one name's words are a prefix or suffix of
 * the other's: "باراك أوباما" ... "أوباما"). Mentions inside {@link Layer#BOILERPLATE} spans are
 * dropped. A metonym is literal (the city itself, kind NAME) after a classifier or a place noun
 * ("العاصمة دمشق", "تخوم بغداد", "شمالي بغداد", "شهدت بيروت"), after "في"/"بـ" governed by an
 * institution or event noun ("معهد بروكينغز في واشنطن"), or after "في" inside a clause ("خطف 15
 * آخرين في بغداد"), or in a dateline (a line opening with the place and a date, a dash or an agency:
 * "واشنطن 15 شوال", "عمّان - قال");
 * otherwise, also when "في واشنطن" opens a clause, it stands for the government. A nominal without
 * its own id takes the most recent earlier entity of its class (التنظيم -> the last group called so,
 * النظام -> the last regime; البلاد -> the state mentioned most so far), else the class default, else
 * it is dropped. Entity records carry the
 * catalogue's type, subtype and names. Stateless and thread-safe.
 */
public final class EntityAnnotator implements Annotator {
    public static final String NER_PREFIX = "ner_";

    private final ActorCatalogue catalogue;

    public EntityAnnotator() {
        this(ActorCatalogue.shared());
    }

    public EntityAnnotator(ActorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layer.ENTITIES);
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.TOKENS, Layer.MENTIONS);
    }

    /** Entity under construction. */
    private static final class Rec {
        final String id;
        final String type;
        final String subtype;
        final String nameEn;
        String nameAr;
        final List<Mention> mentions = new ArrayList<>();
        final List<String> nerWords;
        /** For a catalogue person: the words of its names as written in this document. */
        final List<List<String>> nameForms = new ArrayList<>();

        Rec(String id, String type, String subtype, String nameEn, String nameAr, List<String> nerWords) {
            this.id = id;
            this.type = type;
            this.subtype = subtype;
            this.nameEn = nameEn;
            this.nameAr = nameAr;
            this.nerWords = nerWords;
        }
    }

    @Override
    public Document annotate(Document doc) {
        List<Span> boiler = doc.getOr(Layer.BOILERPLATE, List.of());
        List<EntityMention> cat = new ArrayList<>();
        for (EntityMention m : doc.get(Layer.MENTIONS)) {
            if (!inside(m.span(), boiler)) {
                cat.add(m);
            }
        }
        List<EntityMention> all = new ArrayList<>(cat);
        for (EntityMention m : doc.getOr(Layer.NER_MENTIONS, List.<EntityMention>of())) {
            if (!isEntityType(m.type()) || inside(m.span(), boiler) || overlapsAny(m.span(), cat)) {
                continue;
            }
            all.add(m);
        }
        all.sort(Comparator.comparing(EntityMention::span));
        List<Token> tokens = doc.get(Layer.TOKENS);
        int[] tokStarts = new int[tokens.size()];
        for (int i = 0; i < tokStarts.length; i++) {
            tokStarts[i] = tokens.get(i).start();
        }

        Map<String, Rec> recs = new LinkedHashMap<>();
        List<String> history = new ArrayList<>();
        EntityMention last = null;
        for (EntityMention m : all) {
            if (last != null && last.span().overlaps(m.span())) {
                continue; // two NER spans overlapping each other: keep the first
            }
            String id = m.entityId();
            MentionKind kind = m.kind();
            Span span = m.span();
            String text = doc.text(span);
            if (!CatalogueAnnotator.ORIGIN.equals(m.origin())) {
                ActorCatalogue.PhraseMatch pm = catalogue.lookupMatch(text);
                List<CatalogueHit> hits = pm.hits();
                // a place name that is also a common word or a given name ("عمران") links a tagged
                // person or organisation only when the tagger, too, saw a place
                boolean cuedOnly = CatalogueHit.all(hits, CatalogueHit::cued);
                if (!hits.isEmpty() && hits.get(0).id() != null
                        && !(cuedOnly && !m.type().equals("GPE") && !m.type().equals("LOC"))) {
                    id = hits.get(0).id();
                    kind = hits.get(0).kind();
                    span = cutProclitics(doc, span, pm.cut());
                } else {
                    span = cutProclitics(doc, span, segmentedCut(tokens, tokStarts, span));
                    id = nerId(m.type(), doc.text(span), recs);
                }
                text = doc.text(span);
            } else if (kind == MentionKind.METONYM) {
                String literal = catalogue.literalOf(String.join(" ", ActorCatalogue.words(stripProclitics(text))));
                if (literal != null && catalogue.actor(literal) != null
                        && (literalContext(tokens, tokStarts, m.span()) || dateline(doc.text(), tokens, tokStarts, m.span()))) {
                    id = literal;
                    kind = MentionKind.NAME;
                }
            } else if (kind == MentionKind.NOMINAL && id == null) {
                id = antecedent(nominalClass(text), history);
                if (id == null) {
                    continue;
                }
            }
            if (id == null) {
                continue;
            }
            Rec r = recs.get(id);
            if (r == null) {
                r = newRec(id, m, text);
                recs.put(id, r);
            }
            r.mentions.add(new Mention(span, kind));
            if (r.nerWords == null && "PER".equals(r.type) && kind != MentionKind.NOMINAL) {
                r.nameForms.add(ActorCatalogue.words(text));
            }
            history.add(id);
            last = m;
        }
        List<Entity> out = new ArrayList<>(recs.size());
        for (Rec r : recs.values()) {
            out.add(new Entity(r.id, r.type, r.subtype, r.nameEn, r.nameAr, r.mentions));
        }
        return doc.with(Layer.ENTITIES, out);
    }

    private Rec newRec(String id, EntityMention m, String text) {
        Actor a = catalogue.actor(id);
        if (a != null) {
            return new Rec(id, a.type(), a.subtype(), a.nameEn(), a.nameAr(), null);
        }
        return new Rec(id, m.type(), null, null, text.strip(), ActorCatalogue.words(text));
    }

    /** The span without its first {@code cut} normalised characters (proclitics the gold leaves out). */
    private static Span cutProclitics(Document doc, Span span, int cut) {
        if (cut <= 0 || !doc.has(Layer.NORMALIZED)) {
            return span;
        }
        var nt = doc.get(Layer.NORMALIZED);
        int start = nt.toOriginalStart(nt.fromOriginal(span.start()) + cut);
        return start > span.start() && start < span.end() ? new Span(start, span.end()) : span;
    }

    /**
     * Proclitics the tokenizer's segmenter cut from the span's first token, when the span starts with
     * it, unless fewer than two letters would be left: the segmenter reads "بي" as ب + ي ("with me"),
     * but a name does not start with a one-letter word ("بي كي كي", the PKK).
     */
    private static int segmentedCut(List<Token> tokens, int[] tokStarts, Span span) {
        int i = java.util.Arrays.binarySearch(tokStarts, span.start());
        if (i < 0) {
            return 0;
        }
        Token t = tokens.get(i);
        int cut = t.prefixes().length();
        return t.norm().length() - cut < 2 ? 0 : cut;
    }

    private static boolean isEntityType(String t) {
        return t.equals("PER") || t.equals("ORG") || t.equals("GPE") || t.equals("LOC") || t.equals("FAC");
    }

    private static boolean inside(Span s, List<Span> spans) {
        for (Span b : spans) {
            if (b.overlaps(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsAny(Span s, List<EntityMention> ms) {
        for (EntityMention m : ms) {
            if (m.span().overlaps(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Same type and normalised words, or for PER one name's words a prefix or suffix of the other's;
     * a tagged person name that starts or ends a catalogue person's name written earlier in the
     * document ("أوغلو" after "مولود تشاووش أوغلو", "صدام" after "صدام حسين") is that person (the
     * latest such).
     */
    private static String nerId(String type, String text, Map<String, Rec> recs) {
        List<String> w = ActorCatalogue.words(text);
        if (w.isEmpty()) {
            return null;
        }
        String known = null;
        for (Rec r : recs.values()) {
            if (r.nerWords == null && type.equals("PER") && r.type.equals("PER")) {
                for (List<String> form : r.nameForms) {
                    if (affix(form, w)) {
                        known = r.id;
                    }
                }
            }
            if (r.nerWords == null || !r.type.equals(type)) {
                continue;
            }
            if (r.nerWords.equals(w)) {
                return r.id;
            }
            if (type.equals("PER") && (affix(r.nerWords, w) || affix(w, r.nerWords))) {
                if (w.size() > r.nerWords.size()) {
                    r.nameAr = text.strip();
                }
                return r.id;
            }
        }
        return known != null ? known : NER_PREFIX + Slugs.slug(String.join(" ", w));
    }

    /** Whether {@code shorter} is a proper prefix or suffix of {@code longer}. */
    private static boolean affix(List<String> longer, List<String> shorter) {
        int a = longer.size();
        int b = shorter.size();
        return b < a && (longer.subList(0, b).equals(shorter) || longer.subList(a - b, a).equals(shorter));
    }

    private String nominalClass(String text) {
        List<String> w = ActorCatalogue.words(text);
        if (w.isEmpty()) {
            return null;
        }
        String head = w.get(0);
        // a span after "لل" starts with the article's lam only ("لوكالة"): restore the alif
        for (String form : head.startsWith("ل") && !head.startsWith("ال") ? List.of(head, "ا" + head) : List.of(head)) {
            for (CatalogueHit h : catalogue.lookup(form)) {
                if (h.nominalClass() != null) {
                    return h.nominalClass();
                }
            }
        }
        return null;
    }

    /**
     * The referent of a nominal of class {@code cls}: for "state" ("البلاد"), the state mentioned most
     * often so far (the article's country, ties to the latest), since a bare "the country" rarely
     * means a state named in passing; for other classes the most recent compatible actor; else the
     * class default.
     */
    private String antecedent(String cls, List<String> history) {
        if (cls == null) {
            return null;
        }
        if (cls.equals("state")) {
            Map<String, Integer> freq = new java.util.HashMap<>();
            String best = null;
            int bestCount = 0;
            for (String id : history) {
                Actor a = catalogue.actor(id);
                if (a != null && a.is(cls)) {
                    int c = freq.merge(id, 1, Integer::sum);
                    if (c >= bestCount) {
                        best = id;
                        bestCount = c;
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            Actor a = catalogue.actor(history.get(i));
            if (a != null && a.is(cls)) {
                return a.id();
            }
        }
        return catalogue.defaultOf(cls);
    }

    /** The mention text without a leading proclitic letter that is not part of the catalogue phrase. */
    private String stripProclitics(String text) {
        if (!catalogue.lookup(text).isEmpty()) {
            List<String> w = ActorCatalogue.words(text);
            if (catalogue.literalOf(String.join(" ", w)) != null) {
                return text;
            }
        }
        String n = ActorCatalogue.norm(text);
        for (int cut = 1; cut <= 2 && cut < n.length() - 1; cut++) {
            if (catalogue.literalOf(n.substring(cut)) != null) {
                return n.substring(cut);
            }
        }
        return text;
    }

    /**
     * A dateline: the place opens a line and a date, a dash or an agency in brackets follows it
     * ("واشنطن 15 شوال 1436 هـ", "بغداد 3 آب (رويترز)", "عمّان - قال مسؤول", "دمشق (أ ف ب) -"): where
     * the report was filed, not the government. (A colon is not enough: "واشنطن: لن نتراجع" is a
     * headline quoting the government.)
     */
    private static boolean dateline(String text, List<Token> tokens, int[] tokStarts, Span span) {
        int i = java.util.Arrays.binarySearch(tokStarts, span.start());
        if (i < 0 || i + 1 >= tokens.size() || tokens.get(i).end() != span.end()) {
            return false;
        }
        Token next = tokens.get(i + 1);
        char c = text.charAt(next.start());
        boolean marked = next.kind() == TokenKind.NUMBER
                || next.end() - next.start() == 1 && (c == '-' || c == '\u2013' || c == '\u2014' || c == '(');
        if (!marked) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        // a line break, or the run of spaces a lost paragraph break leaves behind
        String gap = text.substring(tokens.get(i - 1).end(), span.start());
        return gap.indexOf('\n') >= 0 || gap.length() >= 2 && gap.isBlank();
    }

    /** Whether the place at {@code span} is meant literally (see the class comment). */
    private boolean literalContext(List<Token> tokens, int[] tokStarts, Span span) {
        int i = java.util.Arrays.binarySearch(tokStarts, span.start());
        if (i < 0) {
            i = -i - 2; // the span starts inside a token after a proclitic
        }
        if (i < 0) {
            return false;
        }
        Token t = tokens.get(i);
        boolean ba = span.start() > t.start() && tokenPrefix(t, span).endsWith("ب");
        int p = i - 1;
        if (p >= 0 && tokens.get(p).kind() == TokenKind.WORD) {
            // the same clitic candidates as the catalogue matcher's classifier check
            if (Clitics.anyCandidate(tokens.get(p), w -> catalogue.isClassifier(w) || catalogue.isPlaceCue(w))) {
                return true;
            }
            // "العاصمة العراقية بغداد", "جنوب غربي بغداد"
            if (p >= 1 && tokens.get(p - 1).kind() == TokenKind.WORD
                    && Clitics.anyCandidate(tokens.get(p - 1), catalogue::isClassifier)) {
                return true;
            }
        }
        boolean fi = p >= 0 && tokens.get(p).norm().equals("في");
        if (!fi && !ba) {
            return false;
        }
        int from = ba ? i - 1 : i - 2;
        for (int j = from; j >= Math.max(0, from - 4); j--) {
            Token u = tokens.get(j);
            if (u.kind() == TokenKind.PUNCT) {
                break;
            }
            if (u.kind() == TokenKind.WORD && governs(stem(u))) {
                return true;
            }
        }
        // "خطف 15 آخرين في بغداد" is a place; a clause opening with "في واشنطن ..." stands for the government
        if (fi && p >= 1) {
            Token before = tokens.get(p - 1);
            return before.kind() == TokenKind.WORD || before.kind() == TokenKind.NUMBER || before.kind() == TokenKind.QUOTE;
        }
        return false;
    }

    private static String tokenPrefix(Token t, Span span) {
        return t.norm().substring(0, Math.min(t.norm().length(), span.start() - t.start()));
    }

    /** An institution or event noun, also with a possessive suffix ("سفارتها") or proclitic ("بمعهد"). */
    private boolean governs(String stem) {
        for (int cut = 0; cut <= 1 && cut < stem.length(); cut++) {
            String s = stem.substring(cut);
            for (int e = s.length(); e >= Math.max(2, s.length() - 3); e--) {
                String core = s.substring(0, e);
                if (catalogue.isLiteralCue(core)) {
                    return true;
                }
                if (core.endsWith("ت") && catalogue.isLiteralCue(core.substring(0, core.length() - 1) + "ه")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A word without the conjunction و/ف. */
    private static String stem(Token t) {
        String n = t.norm();
        if (n.length() > 3 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف')) {
            return n.substring(1);
        }
        return n;
    }
}
