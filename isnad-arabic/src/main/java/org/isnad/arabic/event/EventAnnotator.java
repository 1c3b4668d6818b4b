package org.isnad.arabic.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.isnad.arabic.event.EventArguments.Arg;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Document;
import org.isnad.core.model.Event;
import org.isnad.core.model.Layer;
import org.isnad.core.model.Sentence;
import org.isnad.core.model.Span;
import org.isnad.core.model.Token;
import org.isnad.core.model.TokenKind;
import org.isnad.core.pipeline.Annotator;

/**
 * Finds events (SEIZE, ATTACK, MEET, SUPPORT, TRAIN, COOPERATE, DISPLACE, RELEASE) and writes
 * {@link Layer#EVENTS}.
 *
 * <p>Contract: requires TOKENS, SENTENCES and ENTITIES; reads TIMES and CLAIMS when present. Triggers
 * are looked up token by token in {@code isnad/ar/event/triggers.tsv} on the bare stem (proclitics
 * and article cut, enclitic pronouns tried off); coordinated triggers of one type ("تدعم وتمول") and a
 * following relational adjective ("الغارات الجوية") make one span, which starts after the proclitics
 * and keeps enclitics. Conditional, modal, planned and purpose contexts ({@code cues.tsv}) drop the
 * event; negation within two tokens sets {@code negated}. Actor, target, location and time come from
 * {@link EventArguments}, which reads the entity mentions of the trigger's clause; {@code asserted_by} =
 * the innermost claim whose content contains the trigger.
 * Resources are loaded once in the constructor; no per-document state: thread-safe.
 */
public final class EventAnnotator implements Annotator {

    private static final String BASE = "isnad/ar/event/";

    private final TriggerLexicon lexicon;
    private final EventArguments arguments;
    private final Set<String> neg;
    private final Set<String> negVerb;
    private final Set<String> irrealis;
    private final Set<String> maybe;
    private final Set<String> light;
    private final Set<String> mods;
    private final Set<String> anaphor;
    private final Set<String> groups;

    public EventAnnotator() {
        lexicon = TriggerLexicon.load(BASE + "triggers.tsv");
        Cues cues = new Cues(BASE + "cues.tsv");
        arguments = new EventArguments(cues);
        neg = cues.words("NEG");
        negVerb = cues.words("NEG_VERB");
        irrealis = cues.words("IRREALIS");
        maybe = cues.words("MAYBE");
        light = cues.words("LIGHT");
        mods = cues.words("MOD");
        anaphor = cues.words("ANAPHOR");
        groups = cues.words("GROUP");
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layer.EVENTS);
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.ENTITIES);
    }

    @Override
    public Document annotate(Document doc) {
        List<Token> toks = doc.tokens();
        if (toks.isEmpty()) {
            return doc.with(Layer.EVENTS, List.of());
        }
        String[] bare = new String[toks.size()];
        for (int i = 0; i < bare.length; i++) {
            bare[i] = Stems.bare(toks.get(i));
        }
        List<Arg> args = arguments.placeMentions(doc, toks, bare);
        List<Claim> claims = doc.getOr(Layer.CLAIMS, List.of());
        List<Event> out = new ArrayList<>();
        int argIdx = 0;
        for (Sentence s : doc.sentences()) {
            while (argIdx < args.size() && args.get(argIdx).last() < s.firstToken()) {
                argIdx++;
            }
            List<Arg> sargs = new ArrayList<>();
            for (int k = argIdx; k < args.size() && args.get(k).first() < s.endToken(); k++) {
                sargs.add(args.get(k));
            }
            boolean[] named = new boolean[s.tokenCount()];
            for (Arg a : sargs) {
                for (int k = Math.max(a.first(), s.firstToken()); k <= a.last() && k < s.endToken(); k++) {
                    named[k - s.firstToken()] = true;
                }
            }
            List<Trigger> hits = triggers(toks, bare, s, sargs, named);
            // The actor of the last verb trigger in the sentence, for a verb coordinated with it ("" when
            // that verb had none; null when there was no verb trigger before).
            String verbActor = null;
            for (int hi = 0; hi < hits.size(); hi++) {
                Trigger h = hits.get(hi);
                int nextTrigger = hi + 1 < hits.size() ? hits.get(hi + 1).first() : s.endToken();
                Clause clause = Clause.around(toks, s, h);
                int cs = clause.start();
                if (irrealis(toks, bare, cs, h)) {
                    continue;
                }
                // "هذه الاجتماعات", "هذا التعاون": a reference back to an event, not a new one.
                Token ft = toks.get(h.first());
                if (h.first() > cs && ft.article() && ft.prefixes().isEmpty()
                        && anaphor.contains(toks.get(h.first() - 1).norm())) {
                    continue;
                }
                boolean negated = negated(bare, cs, h);
                Span trig = h.span(toks);
                String pre = toks.get(h.first()).prefixes();
                String carried = h.entry().verb() && (pre.startsWith("و") || pre.startsWith("ف")) ? verbActor : null;
                int nextVerb = s.endToken();
                for (int hj = hi + 1; hj < hits.size() && nextVerb == s.endToken(); hj++) {
                    nextVerb = hits.get(hj).entry().verb() ? hits.get(hj).first() : nextVerb;
                }
                EventArguments.Roles roles = arguments.find(doc, bare, sargs, h, clause, nextTrigger, nextVerb,
                        carried);
                if (h.entry().verb()) {
                    verbActor = roles.actor() == null ? "" : roles.actor();
                }
                out.add(new Event("e" + (out.size() + 1), trig, h.entry().type(), roles.actor(), roles.target(),
                        roles.location(), roles.time(), assertedBy(claims, trig), negated));
            }
        }
        return doc.with(Layer.EVENTS, out);
    }

    // ---- triggers -------------------------------------------------------------------------------

    /** Triggers of one sentence; a word inside an entity name ("التحالف", "تدمر") is never a trigger. */
    private List<Trigger> triggers(List<Token> toks, String[] bare, Sentence s, List<Arg> sargs, boolean[] named) {
        List<Trigger> hits = new ArrayList<>();
        int i = s.firstToken();
        while (i < s.endToken()) {
            Trigger h = named[i - s.firstToken()] ? null : match(toks, bare, i, s.endToken(), sargs);
            if (h == null) {
                i++;
                continue;
            }
            int last = h.last();
            // Coordinated trigger of the same type: "تدعم وتمول", "اللقاءات والاجتماعات".
            while (last + 1 < s.endToken() && toks.get(last + 1).prefixes().startsWith("و")) {
                Trigger c = named[last + 1 - s.firstToken()] ? null : match(toks, bare, last + 1, s.endToken(), sargs);
                if (c == null || !c.entry().type().equals(h.entry().type())) {
                    break;
                }
                last = c.last();
            }
            // A relational adjective stays in a noun trigger span: "لغارات الجوية", "الدعم المادي".
            if (!h.entry().verb() && last + 1 < s.endToken() && toks.get(last + 1).prefixes().isEmpty()
                    && mods.contains(bare[last + 1])) {
                last++;
            }
            hits.add(new Trigger(h.first(), last, h.entry(), h.enclitic()));
            i = last + 1;
        }
        return hits;
    }

    private Trigger match(List<Token> toks, String[] bare, int i, int end, List<Arg> sargs) {
        if (toks.get(i).kind() != TokenKind.WORD) {
            return null;
        }
        Trigger h = matchForm(toks, bare, bare[i], i, end, sargs, false);
        String b = bare[i];
        if (h == null && b.length() > 3 && b.charAt(b.length() - 1) == 'ا') {
            // Accusative tanwin alif of an indefinite noun: "هجوما", "تدخلا".
            h = matchForm(toks, bare, b.substring(0, b.length() - 1), i, end, sargs, false);
        }
        if (h == null) {
            for (String c : Stems.withoutEnclitic(bare[i])) {
                h = matchForm(toks, bare, c, i, end, sargs, true);
                if (h != null) {
                    return new Trigger(h.first(), h.last(), h.entry(), true);
                }
            }
        }
        return h;
    }

    private Trigger matchForm(List<Token> toks, String[] bare, String form, int i, int end, List<Arg> sargs,
                              boolean enclitic) {
        for (TriggerLexicon.Entry e : lexicon.lookup(form)) {
            int last = i + e.rest().length;
            if (last >= end || !restMatches(bare, i, e.rest())) {
                continue;
            }
            if (conditionHolds(toks, bare, e, last, end, sargs, enclitic)) {
                // A pronoun on a later word of a phrase is the phrase's object: "إطلاق سراحهم".
                boolean restPronoun = false;
                for (int k = 0; k < e.rest().length; k++) {
                    restPronoun |= !bare[i + 1 + k].equals(e.rest()[k]);
                }
                return new Trigger(i, last, e, restPronoun);
            }
        }
        return null;
    }

    private static boolean restMatches(String[] bare, int i, String[] rest) {
        for (int k = 0; k < rest.length; k++) {
            String b = bare[i + 1 + k];
            if (!b.equals(rest[k]) && !Arrays.asList(Stems.withoutEnclitic(b)).contains(rest[k])) {
                return false;
            }
        }
        return true;
    }

    private boolean conditionHolds(List<Token> toks, String[] bare, TriggerLexicon.Entry e, int last, int end,
                                   List<Arg> sargs, boolean enclitic) {
        if (e.condition() == null) {
            return true;
        }
        int lim = Math.min(end, last + 6);
        if (e.condition().equals("next")) {
            for (int k = last + 1; k < lim; k++) {
                if (e.next().contains(bare[k]) || e.next().contains(toks.get(k).stem())) {
                    return true;
                }
            }
            return false;
        }
        if (e.condition().equals(TriggerLexicon.ORG)) {
            // Creating, protecting or steering applies to a group: a pronoun standing for it, an
            // organisation named soon after, or a word for an armed group ("هذه القوى الارهابية").
            if (enclitic) {
                return true;
            }
            // "برعاية الأمم المتحدة": the organisation after a noun of sponsoring sponsors, it is not sponsored.
            if (arguments.leads(toks, bare, last - e.rest().length)) {
                return false;
            }
            for (int k = last + 1; k < lim; k++) {
                if (groups.contains(bare[k]) || groups.contains(toks.get(k).stem())) {
                    return true;
                }
            }
            for (Arg a : sargs) {
                if (a.first() > last && a.first() < lim && a.type().equals("ORG")) {
                    return true;
                }
            }
            return false;
        }
        // place: a geographic entity soon after, not merely the subject right after a verb.
        for (Arg a : sargs) {
            if (a.first() > last && a.first() <= last + 6 && EventArguments.GEO.contains(a.type())) {
                if (Clause.boundaryBetween(toks, last, a.first())) {
                    return false;
                }
                boolean subject = e.verb() && a.first() == last + 1 && a.prep().isEmpty();
                if (!subject) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- context --------------------------------------------------------------------------------

    private boolean irrealis(List<Token> toks, String[] bare, int cs, Trigger h) {
        Token t = toks.get(h.first());
        boolean impf = h.entry().imperfect();
        // Future س or purpose ل on an imperfective verb ("سيدعم", "ليدعم").
        if (impf && (t.prefixes().contains("س") || t.prefixes().contains("ل"))) {
            return true;
        }
        // Purpose ل on an indefinite verbal noun: "لدعم التنظيم" (but "للغارات" has the article); a
        // past verb never takes ل, so the reading is the noun whatever the lexicon row.
        if (t.prefixes().endsWith("ل") && !t.article() && !arguments.undergone(toks, bare, h, cs)) {
            return true;
        }
        int from = Math.max(cs, h.first() - 6);
        for (int k = h.first() - 1; k >= from; k--) {
            String b = bare[k];
            // A future light verb governs the trigger: "وستقدم تركيا الدعم", "وسيتم استهدافها".
            if (k >= h.first() - 3 && toks.get(k).prefixes().contains("س") && !b.isEmpty()
                    && (b.charAt(0) == 'ي' || b.charAt(0) == 'ت')) {
                return true;
            }
            if (irrealis.contains(b) || irrealis.contains(toks.get(k).norm())) {
                return true;
            }
            if (maybe.contains(b) && k + 1 <= h.first()) {
                // قد + imperfective: possibility, not a report ("قد يدفع ... الى التعاون").
                String n = k + 1 == h.first() ? (impf ? "ي" : "") : bare[k + 1];
                // ن- (we) is left out: news text rarely uses it and past verbs start with it (نجح).
                if (!n.isEmpty() && (n.charAt(0) == 'ي' || (n.charAt(0) == 'ت' && !n.equals("تم")))) {
                    return true;
                }
            }
        }
        // "لشن غارات": the planned action is introduced by a light verbal noun with purpose ل.
        if (h.first() - 1 >= cs) {
            Token p = toks.get(h.first() - 1);
            if (p.prefixes().endsWith("ل") && !p.article() && light.contains(bare[h.first() - 1])) {
                return true;
            }
        }
        return false;
    }

    private boolean negated(String[] bare, int cs, Trigger h) {
        for (int k = h.first() - 1; k >= Math.max(cs, h.first() - 2); k--) {
            if (neg.contains(bare[k])) {
                return true;
            }
            if (k == h.first() - 1 && h.entry().verb() && negVerb.contains(bare[k])) {
                return true;
            }
        }
        return false;
    }

    private static String assertedBy(List<Claim> claims, Span trig) {
        Claim best = null;
        for (Claim c : claims) {
            if (c.content() != null && c.content().contains(trig)
                    && (best == null || c.content().length() < best.content().length())) {
                best = c;
            }
        }
        return best == null ? null : best.id();
    }

    /** Number of distinct trigger forms (for reports). */
    public int lexiconSize() {
        return lexicon.size();
    }

}
