package org.isnad.arabic.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.arabic.resource.Resources;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Document;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Layer;
import org.isnad.core.model.Mention;
import org.isnad.core.model.Sentence;
import org.isnad.core.model.Span;
import org.isnad.core.model.TimeExpression;
import org.isnad.core.model.Token;
import org.isnad.core.model.TokenKind;

/**
 * The argument half of {@link EventAnnotator}: who acts, who or what undergoes, where and when, read off the
 * structure of the clause a trigger stands in.
 *
 * <p>Reads a document's tokens with their bare stems ({@link Stems#bare}), its ENTITIES, and its CLAIMS and TIMES
 * when present. {@link #placeMentions} puts the entity mentions on the token grid, each with the preposition
 * that governs it; {@link #find} returns the {@link Roles} of one trigger: actor, target and location as entity
 * ids and the time as a value, each null when none is found. Rules: actor = the agent after the trigger (VSO
 * subject, genitive of a verbal noun, "من قبل" agent) or else the nearest unmarked entity before it; target =
 * the next entity after it governed by no preposition or by على/ضد/ل/مع/الى; location = a GPE/LOC/FAC governed
 * by a locative preposition (for SEIZE the seized place); time = the value of the time expression nearest the
 * trigger in its clause, else the sentence's only one. Clause structure refines this: the head of a relative
 * clause is the subject of its verb ("اللذان لم يشاركا") or the object of its resumptive pronoun ("التي
 * تحتلها"); the subject of a verb of undergoing is the target ("تعرض الجيش لهجوم"); an impersonal passive or a
 * passive participle has no subject actor; the subject of a light verb acts ("قامت واشنطن بإمداد النظام");
 * "بقيادة"/"برعاية"/"تحت إشراف" name who leads a verbal noun and never the subject; examples ("كأمريكا", "بما في
 * ذلك") take the role of their noun phrase; "بين X وY" names both parties of a meeting or agreement; a co-actor
 * is not a target; a verb coordinated with an earlier one keeps its subject; the outlet reporting an event is
 * not its actor. The trigger side asks two questions of the same words: {@link #leads} and {@link #undergone}.
 *
 * <p>Word lists come from {@code cues.tsv} (through {@link Cues}), the actor layer's {@code demonyms.tsv} and the
 * {@code state} tags of its {@code curated.tsv} and {@code countries.tsv}, read once in the constructor; no
 * per-document state: thread-safe.
 */
final class EventArguments {

    static final Set<String> GEO = Set.of("GPE", "LOC", "FAC");
    /** Prepositions that place a non-SEIZE event somewhere ("في العراق", "بالرقة"). */
    private static final Set<String> IN = Set.of("في", "ب", "داخل", "قرب", "حول", "وسط", "شمال", "جنوب",
            "شرق", "غرب", "محيط", "اطراف", "عند", "شمالي", "جنوبي", "شرقي", "غربي");
    /** Prepositions before the seized place of SEIZE ("السيطرة على", "احتلالها لمحافظة", direct object). */
    private static final Set<String> SEIZED = union(IN, Set.of("", "علي", "من", "الي", "ل", "نحو", "باتجاه"));
    private static final Set<String> PRONOUN_OBJECTS = Set.of("له", "لها", "لهم", "لهما", "عليها", "عليه", "عليهم");
    // "المعارك امام البشمركة": in a fight, امام introduces the opponent.
    private static final Set<String> ATTACK_PREP = Set.of("", "علي", "ضد", "ل", "امام");
    private static final Set<String> SUPPORT_PREP = Set.of("", "ل", "الي");
    private static final Set<String> MEET_PREP = Set.of("", "مع", "ب", "الي", "بين", "ل");
    private static final Set<String> RELEASE_PREP = Set.of("", "ل", "عن");

    private final Set<String> neg;
    private final Set<String> mods;
    private final Set<String> preps;
    private final Set<String> agent;
    /** Relative pronouns as normalised tokens (with the article: they are not stripped). */
    private final Set<String> relative;
    private final Set<String> heads;
    private final Set<String> lead;
    private final Set<String> passive;
    private final Set<String> subjectPronouns;
    /** Word starts of light "do" verbs and of verbs of undergoing (they are matched as prefixes). */
    private final Set<String> doVerbs;
    private final Set<String> undergo;
    private final Set<String> patientNouns;
    /** Phrases introducing examples, as arrays of normalised token forms. */
    private final List<String[]> examples;
    /** Nationality adjective forms (bare) to the state id, from the actor layer's demonyms.tsv. */
    private final Map<String, String> demonyms = new HashMap<>();
    /** Ids of states and political blocs: a GPE that can be a party rather than a place. */
    private final Set<String> polities = new HashSet<>();

    EventArguments(Cues cues) {
        neg = cues.words("NEG");
        mods = cues.words("MOD");
        preps = cues.words("PREP");
        agent = cues.words("AGENT");
        relative = cues.words("RELATIVE");
        heads = cues.words("HEAD");
        lead = cues.words("LEAD");
        passive = cues.words("PASSIVE");
        subjectPronouns = cues.words("SUBJ_PRON");
        doVerbs = cues.words("DO");
        undergo = cues.words("UNDERGO");
        patientNouns = cues.words("PATIENT");
        examples = cues.examples();
        polities.addAll(cues.words("POLITY"));
        for (String[] row : Resources.rows("isnad/ar/actor/demonyms.tsv")) {
            for (String f : row[1].split("\\|")) {
                String b = Stems.bareForm(f);
                for (String form : new String[] {b, b + "ه", b + "ا", b + "ين", b + "ون"}) {
                    demonyms.putIfAbsent(form, row[0].strip());
                }
            }
            polities.add(row[0].strip());
        }
        for (String file : new String[] {"isnad/ar/actor/curated.tsv", "isnad/ar/actor/countries.tsv"}) {
            for (String[] row : Resources.rows(file)) {
                if (row.length > 7 && row[7].contains("state")) {
                    polities.add(row[0].strip());
                }
            }
        }
    }

    /**
     * An entity mention placed on the token grid; {@code conj}: it opens with the conjunction و;
     * {@code example}: it names an example of the noun phrase before it ("الدول الكبرى كأمريكا") and
     * has taken over that phrase's preposition; {@code media}: the entity is a media outlet.
     */
    record Arg(String id, String type, int first, int last, String prep, boolean conj, boolean example,
               boolean media) {}

    /** Entity ids of an event's actor, target and location and the value of its time; each may be null. */
    record Roles(String actor, String target, String location, String time) {}

    // ---- mentions -------------------------------------------------------------------------------

    /** Places entity mentions on the token grid with the preposition that governs each. */
    List<Arg> placeMentions(Document doc, List<Token> toks, String[] bare) {
        List<Arg> out = new ArrayList<>();
        int[] starts = new int[toks.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = toks.get(i).start();
        }
        for (Entity e : doc.getOr(Layer.ENTITIES, List.of())) {
            for (Mention m : e.mentions()) {
                int first = tokenAt(starts, m.span().start());
                int last = Math.max(first, tokenAt(starts, m.span().end() - 1));
                if (first < 0) {
                    continue;
                }
                int ex = exampleStart(toks, bare, first);
                String prep = ex < 0 ? prep(toks, bare, first) : exampledPrep(toks, bare, ex);
                out.add(new Arg(e.id(), e.type(), first, last, prep, opensWithAnd(toks, bare, first), ex >= 0,
                        "media".equals(e.subtype())));
            }
        }
        out.sort((a, b) -> a.first() != b.first() ? Integer.compare(a.first(), b.first())
                : Integer.compare(b.last(), a.last()));
        // A conjunct shares the preposition of the first conjunct: "في العراق وسوريا", "امام البشمركة والويه الجيش الحر".
        for (int k = 1; k < out.size(); k++) {
            Arg a = out.get(k);
            Arg p = out.get(k - 1);
            int head = a.first() > 0 && heads.contains(bare[a.first() - 1]) ? a.first() - 1 : a.first();
            if (a.prep().isEmpty() && !p.prep().isEmpty() && toks.get(head).prefixes().startsWith("و")
                    && head - p.last() <= 3 && head > p.last()) {
                out.set(k, new Arg(a.id(), a.type(), a.first(), a.last(), p.prep(), a.conj(), p.example(), a.media()));
            } else if (a.conj() && p.example() && head - p.last() <= 3 && head > p.last()) {
                // "كأمريكا وفرنسا": the second example shares the role of the first.
                out.set(k, new Arg(a.id(), a.type(), a.first(), a.last(), p.prep(), a.conj(), true, a.media()));
            }
        }
        return out;
    }

    /** Whether the mention at token {@code i}, or a generic head or quantifier before it, carries و. */
    private boolean opensWithAnd(List<Token> toks, String[] bare, int i) {
        for (int k = i; k >= Math.max(0, i - 2); k--) {
            if (k < i && !heads.contains(bare[k]) && !bare[k].equals("بعض") && toks.get(k).kind() != TokenKind.QUOTE) {
                return false;
            }
            if (toks.get(k).prefixes().startsWith("و")) {
                return true;
            }
        }
        return false;
    }

    private static int tokenAt(int[] starts, int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** The preposition governing the mention starting in token {@code i}: a proclitic, a word, or "". */
    private String prep(List<Token> toks, String[] bare, int i) {
        String pre = toks.get(i).prefixes();
        if (pre.endsWith("ب") || pre.endsWith("ل")) {
            return pre.substring(pre.length() - 1);
        }
        // Generic heads between preposition and name ("في مدينة الموصل", "على مواقع تنظيم الدولة") and
        // quotation marks ("لتنظيم “داعش”") are looked through.
        int k = i - 1;
        for (int n = 0; k >= 0 && n < 3; n++) {
            Token t = toks.get(k);
            if (t.kind() == TokenKind.QUOTE) {
                k--;
                continue;
            }
            if (t.kind() != TokenKind.WORD || !heads.contains(bare[k])) {
                break;
            }
            String hp = t.prefixes();
            if (hp.endsWith("ب") || hp.endsWith("ل")) {
                return hp.substring(hp.length() - 1);
            }
            k--;
        }
        if (k >= 0 && toks.get(k).kind() == TokenKind.WORD) {
            if (agent.contains(bare[k]) && k >= 1 && bare[k - 1].equals("من")) {
                return "AGENT";
            }
            if (leads(toks, bare, k)) {
                return "LED";
            }
            if (preps.contains(bare[k])) {
                return bare[k];
            }
        }
        return "";
    }

    /**
     * Whether token {@code k} is a noun of leading or sponsoring introduced by ب or تحت ("بقيادة",
     * "تحت إشراف", and the second of "برعاية وإشراف"): the name after it leads, it is not the subject.
     */
    boolean leads(List<Token> toks, String[] bare, int k) {
        if (!lead.contains(bare[k])) {
            return false;
        }
        String pre = toks.get(k).prefixes();
        if (pre.endsWith("ب") || k >= 1 && bare[k - 1].equals("تحت")) {
            return true;
        }
        return pre.startsWith("و") && k >= 1 && leads(toks, bare, k - 1);
    }

    /**
     * The first token of an example marker right before the mention at {@code i} (looking through generic
     * heads and quotes): the proclitic ك on the name itself, "مثل", "بما في ذلك"; -1 when there is none.
     */
    private int exampleStart(List<Token> toks, String[] bare, int i) {
        int k = i;
        while (k > 0 && i - k < 3 && (toks.get(k - 1).kind() == TokenKind.QUOTE || heads.contains(bare[k - 1]))) {
            k--;
        }
        for (int j = k; j <= i; j++) {
            if (toks.get(j).prefixes().endsWith("ك")) {
                return j;
            }
        }
        for (String[] phrase : examples) {
            int from = k - phrase.length;
            if (from < 0) {
                continue;
            }
            boolean ok = true;
            for (int j = 0; j < phrase.length && ok; j++) {
                ok = toks.get(from + j).norm().equals(phrase[j]);
            }
            if (ok) {
                return from;
            }
        }
        return -1;
    }

    /**
     * The role of the noun phrase an example belongs to: the preposition nearest before the marker
     * ("مع أي كان بما في ذلك أمريكا" = مع), or none when that phrase is unmarked ("اتفقت الدول الكبرى كأمريكا").
     */
    private String exampledPrep(List<Token> toks, String[] bare, int marker) {
        for (int k = marker - 1; k >= Math.max(0, marker - 4); k--) {
            Token t = toks.get(k);
            if (Clause.isBoundary(t) || t.kind() != TokenKind.WORD && t.kind() != TokenKind.QUOTE) {
                break;
            }
            if (preps.contains(bare[k])) {
                return bare[k];
            }
            String pre = t.prefixes();
            if (pre.endsWith("ب") || pre.endsWith("ل")) {
                return pre.substring(pre.length() - 1);
            }
        }
        return "";
    }

    // ---- roles ----------------------------------------------------------------------------------

    /**
     * The roles of trigger {@code h} in {@code clause}. {@code sargs}: the mentions of the trigger's sentence from
     * {@link #placeMentions}, in order; {@code nextTrigger}, {@code nextVerb}: the first token of the next trigger
     * and of the next verb trigger in the sentence (or its end), where this trigger's objects stop;
     * {@code carried}: for a verb coordinated with an earlier verb trigger, that verb's actor ("" for none),
     * else null.
     */
    Roles find(Document doc, String[] bare, List<Arg> sargs, Trigger h, Clause clause, int nextTrigger, int nextVerb,
               String carried) {
        List<Token> toks = doc.tokens();
        Sentence s = clause.sentence();
        int cs = clause.start();
        int ce = clause.end();
        String type = h.entry().type();
        int reported = reportedFrom(doc.getOr(Layer.CLAIMS, List.of()), toks, h, s);
        boolean seize = type.equals("SEIZE");
        // Meeting and cooperating are symmetric: the second of coordinated parties is the other party.
        boolean symmetric = type.equals("MEET") || type.equals("COOPERATE");
        Arg actor = null;
        Arg target = null;
        Arg location = null;
        String actorId = null;
        List<Arg> after = new ArrayList<>();
        for (Arg a : sargs) {
            if (a.first() > h.last() && a.first() < ce && a.first() <= h.last() + 10) {
                after.add(a);
            }
        }
        // Who undergoes the event is its target, never its actor: "تعرضت القوات لهجوم", "عانت القوات من الضربات".
        Arg patient = undergoer(toks, bare, sargs, h, cs, s);
        // An impersonal passive ("تم إطلاق سراحهم") or a passive participle ("القوات المدعومة أمريكياً") has
        // no subject: the name after it is the object, the actor only comes from an agent phrase.
        boolean passiveVoice = h.entry().participle() || passiveBefore(bare, h, cs);
        // A pronoun subject before the verb ("انها تساعد داعش"): the name after the verb is its object.
        boolean pronounSubject = h.entry().verb() && pronounSubject(bare, h, cs);
        // Some verbs are listed as literal forms ("يوجهها"); right after a relative pronoun a word is a verb.
        boolean finite = h.entry().verb() || h.first() > cs && relative.contains(toks.get(h.first() - 1).norm());
        if (h.entry().participle()) {
            target = qualified(toks, sargs, h);
        }
        if (symmetric) {
            Arg[] parties = between(toks, bare, sargs, h, s);
            if (parties != null) {
                actor = parties[0];
                target = parties[1];
            }
        }
        // "قامت واشنطن بإمداد النظام": the subject of the light verb acts, the genitive is the object.
        int doAt = -1;
        if (!h.entry().verb() && toks.get(h.first()).prefixes().endsWith("ب")) {
            for (int k = h.first() - 1; k >= Math.max(cs, h.first() - 4) && doAt < 0; k--) {
                doAt = lightDo(bare[k]) ? k : -1;
            }
        }
        if (actor == null && doAt >= 0) {
            actor = subjectOf(sargs, doAt, h.first(), cs, s);
        }
        // "بمساعدة X", "بدعم من X": the helper follows, the helped one precedes.
        boolean withHelpOf = actor == null && doAt < 0 && type.equals("SUPPORT") && !h.entry().verb()
                && toks.get(h.first()).prefixes().endsWith("ب");
        if (withHelpOf) {
            for (Arg a : after) {
                if (!GEO.contains(a.type()) || isPolity(a)) {
                    actor = a;
                    break;
                }
            }
            target = before(sargs, h.first(), cs, s.firstToken());
        }
        // Passive agent after: "مدعوم ... من قبل فرنسا" (it belongs to the nearest trigger before it).
        for (Arg a : after) {
            if (actor == null && a.prep().equals("AGENT") && a.first() < nextTrigger) {
                actor = a;
            }
        }
        // Relative clause after the trigger: "الغارات التي تشنها طائرات التحالف", "الهجوم الذي نفذه عناصر داعش".
        if (actor == null) {
            int k = h.last() + 1;
            // Without a pronoun after an indefinite noun: "غارات شنها سلاح الجو", "هجوم شنه مقاتلو المعارضة".
            if (k < ce && perpetrate(bare[k])) {
                k--;
            }
            if (k < ce && (relative.contains(toks.get(k).norm()) || k == h.last() && perpetrate(bare[k + 1]))) {
                for (Arg a : after) {
                    if (a.first() > k + 1 && a.first() <= k + 4 && a.prep().isEmpty()
                            && !Clause.boundaryBetween(toks, k, a.first())) {
                        actor = a;
                        break;
                    }
                }
            }
        }
        // A verb opening a relative clause has the relative's head as subject: "سوريا والعراق اللذان لم
        // يشاركا" (with an object pronoun, "التي تحتلها أمريكا", the head is the object instead).
        if (actor == null && finite && !h.enclitic()) {
            Arg head = relativeHead(toks, bare, sargs, h.first(), 3, s);
            if (head != null && canAct(head)) {
                actor = head;
            }
        }
        // Nationality adjective of the trigger: "الغارات الأمريكية", "المدعومة أمريكيا".
        if (actor == null) {
            for (int k = h.last() + 1; k < Math.min(ce, h.last() + 4); k++) {
                String id = demonyms.get(bare[k]);
                if (id != null) {
                    actorId = id;
                    break;
                }
                if (!mods.contains(bare[k])) {
                    break;
                }
            }
        }
        // SVO: an unmarked entity just before a verb in its clause is the subject ("ان قطر تدعم داعش").
        // Not for a verb coordinated with an earlier one: the name before it ends that verb's clause.
        if (actor == null && actorId == null && h.entry().verb() && !passiveVoice && carried == null) {
            Arg b = before(sargs, h.first(), cs, cs);
            if (b != null && b.last() >= h.first() - 2 && b != patient) {
                actor = b;
            }
        }
        // Agent right after the trigger: VSO subject or the genitive of a verbal noun, also behind generic
        // heads and quotes ("تدخل قوات “الحشد الشعبي”") or given by example ("اتفقت الدول الكبرى كأمريكا").
        // Of a noun of killing or abduction the genitive is the victim ("مقتل جنديين", "اختطاف صحفي").
        boolean patientGenitive = !h.entry().verb() && patientNouns.contains(bare[h.first()]);
        if (actor == null && actorId == null && !after.isEmpty() && !passiveVoice && !pronounSubject
                && !patientGenitive) {
            Arg a = after.get(0);
            boolean adjacent = a.prep().isEmpty() && (a.first() <= h.last() + 2
                    || onlyHeadsBetween(toks, bare, h.last(), a.first()) || a.example() && a.first() <= h.last() + 4);
            boolean place = !canAct(a);
            boolean seizedPlace = seize && !h.entry().verb() && GEO.contains(a.type()) && !placeFollows(after, a);
            if (adjacent && !place && !seizedPlace && a != target) {
                actor = a;
            }
        }
        // Who leads or supervises it: "برعاية الحكومة السعودية", "تحت إشراف مدربين أمريكيين". Only for a
        // verbal noun: a finite verb has its own subject ("وهو الذي يوجهها وخاصة بالقيادة الأمريكية").
        if (actor == null && actorId == null && !finite) {
            for (Arg a : after) {
                if (a.prep().equals("LED")) {
                    actor = a;
                    break;
                }
            }
            if (actor == null) {
                actorId = ledByNationality(toks, bare, h, ce);
            }
        }
        // "هاجمت القوات التركية مواقع الحزب واحتلت البلدة": a coordinated verb keeps the subject of the first.
        if (actor == null && actorId == null && carried != null && !carried.isEmpty() && !passiveVoice) {
            actorId = carried;
        }
        boolean actorBefore = false;
        if (actor == null && actorId == null) {
            actor = before(sargs, h.first(), cs, s.firstToken());
            // The outlet that reports the event ("قالت وكالة ... إن مسلحين شنوا الهجوم") does not act in it;
            // a government or army reporting its own operations ("قال الجيش إنه قتل") may.
            if (actor != null && actor.media() && actor.last() < reported) {
                actor = null;
            }
            if (actor == patient || actor != null && target != null && actor.id().equals(target.id())) {
                actor = null;
            }
            actorBefore = actor != null;
        }
        if (actor != null) {
            actorId = actor.id();
        }
        Arg conjunctOfActor = actor;
        for (Arg a : after) {
            // "تدعم قطر وتركيا داعش": a co-actor is not the target, except of a symmetric event.
            if (!symmetric && conjunctOfActor != null && conjunct(conjunctOfActor, a)) {
                conjunctOfActor = a;
                continue;
            }
            if (a == actor || a.id().equals(actorId) || a == target) {
                continue;
            }
            boolean geo = GEO.contains(a.type());
            boolean polity = isPolity(a);
            if (location == null && geo && (seize ? SEIZED.contains(a.prep())
                    : IN.contains(a.prep()) || type.equals("DISPLACE") && a.prep().equals("من")
                    || type.equals("ATTACK") && a.prep().equals("علي") && !polity)) {
                location = a;
                continue;
            }
            // "شارك في التحالف": what one takes part in is the other party.
            boolean partOf = type.equals("COOPERATE") && a.prep().equals("في") && !geo;
            // An object after the next verb trigger is that verb's ("تمول الجماعات وتدعم حزب الله"); a verbal
            // noun in between does not open a clause ("لم تتدخل لمنع سيطرة داعش").
            if (target == null && (!geo || polity) && (targetPrep(type, a.prep()) || partOf) && a.first() < nextVerb
                    && (!a.prep().isEmpty() || a.first() <= objectEnd(h, actor) + 5)) {
                target = a;
            }
        }
        if (patient != null && !patient.id().equals(actorId)) {
            target = patient;
        }
        // A pronoun on the trigger ("احتلالها", "يوجهها") or right after it or its agent ("له", "سيطرة داعش
        // عليها") refers back to the head of a relative clause or the nearest fitting entity before.
        boolean objectPronoun = objectPronounAfter(toks, h.last()) || actor != null && actor.first() > h.last()
                && actor.first() <= h.last() + 3 && objectPronounAfter(toks, actor.last());
        boolean pronoun = h.enclitic() || objectPronoun;
        // Of a seized place, a pronoun object is more precise than a wider place after it ("التنف، التي
        // تحتلها أمريكا في جنوب سوريا"); a pronoun on a noun may be its agent, so it only fills a gap.
        boolean seizedPronoun = seize && (objectPronoun || h.enclitic() && h.entry().verb());
        if (pronoun && (seize ? location == null || seizedPronoun : target == null || passiveVoice)) {
            Arg ante = relativeHead(toks, bare, sargs, h.first(), 6, s);
            if (ante != null && (seize ? !GEO.contains(ante.type()) : GEO.contains(ante.type()) && !isPolity(ante))) {
                ante = null;
            }
            if (ante == null) {
                for (Arg a : sargs) {
                    if (a.last() >= h.first()) {
                        break;
                    }
                    if (a.id().equals(actorId) && !(passiveVoice && actorBefore)) {
                        continue;
                    }
                    boolean geo = GEO.contains(a.type());
                    if (seize ? geo && !isPolity(a) || geo && a.prep().length() > 0
                            : !geo || isPolity(a) && a.prep().isEmpty()) {
                        ante = a;
                    }
                }
            }
            if (ante != null) {
                if (seize) {
                    location = ante;
                } else {
                    target = ante;
                    if (ante.id().equals(actorId) && passiveVoice) {
                        // Of a passive, the one the pronoun stands for undergoes the event.
                        actorId = null;
                    }
                }
            }
        }
        // "سيطروا على المدينة": a bare generic place noun stands for the place named before it.
        if (seize && location == null) {
            location = genericPlace(toks, bare, sargs, h, ce, s);
        }
        // A place named before the trigger in its clause: "في العراق ... الغارات", "الرقة التي سيطروا عليها",
        // or the subject of شهد ("شهدت بيروت ... اللقاءات").
        if (location == null) {
            for (Arg a : sargs) {
                if (a.last() >= h.first()) {
                    break;
                }
                if (a.first() < s.firstToken() || !GEO.contains(a.type()) || isPolity(a) && !a.prep().equals("في")
                        || a.id().equals(actorId)) {
                    continue;
                }
                boolean witnessed = a.first() > 0 && bare[a.first() - 1].startsWith("شهد") || a.first() > 1
                        && heads.contains(bare[a.first() - 1]) && bare[a.first() - 2].startsWith("شهد");
                if (witnessed || a.first() >= cs && (IN.contains(a.prep()) || seize && a.prep().isEmpty())) {
                    location = a;
                }
            }
        }
        String time = time(doc.getOr(Layer.TIMES, List.of()), s, h.span(toks), clause.span(toks));
        return new Roles(actorId, target == null ? null : target.id(), location == null ? null : location.id(), time);
    }

    /**
     * The first token the actor may be looked for in: the start of the content of the innermost claim
     * that reports the trigger, else the sentence start.
     */
    private static int reportedFrom(List<Claim> claims, List<Token> toks, Trigger h, Sentence s) {
        Claim best = null;
        int at = toks.get(h.first()).start();
        for (Claim c : claims) {
            if (c.content() != null && c.content().start() <= at && at < c.content().end()
                    && (best == null || c.content().length() < best.content().length())) {
                best = c;
            }
        }
        int from = s.firstToken();
        if (best != null) {
            while (from < h.first() && toks.get(from).start() < best.content().start()) {
                from++;
            }
        }
        return from;
    }

    /** Verbs of carrying out an attack or operation whose subject is the agent of the noun before. */
    private static boolean perpetrate(String b) {
        for (String v : PERPETRATE) {
            if (b.startsWith(v)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] PERPETRATE = {"شن", "يشن", "تشن", "نفذ", "ينفذ", "تنفذ", "ارتكب", "يرتكب", "ترتكب"};

    /** "قامت واشنطن بإمداد": ب after قام introduces the action itself, not "with the help of". */
    private boolean lightDo(String b) {
        return startsWithAny(b, doVerbs);
    }

    /**
     * The subject of a verb of undergoing that governs the trigger ("تعرضت القوات لهجوم", "عانت القوات
     * العراقية من ويلات الضربات"): the entity right after that verb, or else the nearest unmarked one before it.
     */
    private Arg undergoer(List<Token> toks, String[] bare, List<Arg> sargs, Trigger h, int cs, Sentence s) {
        for (int k = h.first() - 1; k >= Math.max(cs, h.first() - 6); k--) {
            if (isUndergoVerb(toks.get(k), bare[k])) {
                return subjectOf(sargs, k, h.first(), cs, s);
            }
        }
        return null;
    }

    /** The subject of the verb at {@code verb}: an unmarked actor between it and {@code end}, else before it. */
    private Arg subjectOf(List<Arg> sargs, int verb, int end, int cs, Sentence s) {
        for (Arg a : sargs) {
            if (a.first() > verb && a.last() < end && a.prep().isEmpty() && canAct(a)) {
                return a;
            }
        }
        return before(sargs, verb, cs, s.firstToken());
    }

    /**
     * Whether a verb of undergoing governs the trigger: "تعرضت لهجوم", "تعرض الجيش السوري لهجوم" (for the trigger
     * side: the ل on such a trigger is no purpose).
     */
    boolean undergone(List<Token> toks, String[] bare, Trigger h, int cs) {
        for (int k = h.first() - 1; k >= Math.max(cs, h.first() - 4); k--) {
            if (isUndergoVerb(toks.get(k), bare[k])) {
                return true;
            }
        }
        return false;
    }

    /** A verb of undergoing, with at most the conjunctions و/ف before it (not "لتعرض", a verbal noun). */
    private boolean isUndergoVerb(Token t, String b) {
        return t.kind() == TokenKind.WORD && t.prefixes().replace("و", "").replace("ف", "").isEmpty() && exposedTo(b);
    }

    /** "تعرضت لهجوم", "يخضعون لتدريب": the ل is governed by a verb of undergoing, not a purpose. */
    private boolean exposedTo(String b) {
        return startsWithAny(b, undergo);
    }

    private static boolean startsWithAny(String b, Set<String> starts) {
        for (String v : starts) {
            if (b.startsWith(v)) {
                return true;
            }
        }
        return false;
    }

    /** "تم", "يتم", "جرى" shortly before the trigger in its clause. */
    private boolean passiveBefore(String[] bare, Trigger h, int cs) {
        for (int k = h.first() - 1; k >= Math.max(cs, h.first() - 5); k--) {
            if (passive.contains(bare[k])) {
                return true;
            }
        }
        return false;
    }

    /** A subject pronoun right before the verb, or before a negation of it ("انها لا تدعم"). */
    private boolean pronounSubject(String[] bare, Trigger h, int cs) {
        // A verb agrees in number only with a subject before it or in it: "قتلوا", "يهاجمون" carry their
        // subject, so a name after them is the object (after a verb, a plural subject takes a singular verb).
        String v = bare[h.first()];
        if (v.endsWith("وا") || v.startsWith("ي") && v.endsWith("ون") || v.startsWith("ت") && v.endsWith("ون")) {
            return true;
        }
        int k = h.first() - 1;
        if (k > cs && neg.contains(bare[k])) {
            k--;
        }
        return k >= cs && subjectPronouns.contains(bare[k]);
    }

    /** The entity a participle follows ("“قوات سوريا الديمقراطية” المدعومة"): what it qualifies. */
    private static Arg qualified(List<Token> toks, List<Arg> sargs, Trigger h) {
        int k = h.first() - 1;
        while (k >= 0 && toks.get(k).kind() == TokenKind.QUOTE) {
            k--;
        }
        for (Arg a : sargs) {
            if (a.last() == k) {
                return a;
            }
        }
        return null;
    }

    /** "اتفاق، بين X وY": the parties after بين (after the trigger or a comma), or null. */
    private Arg[] between(List<Token> toks, String[] bare, List<Arg> sargs, Trigger h, Sentence s) {
        // بين may follow the trigger's complement or a comma: "توقيع اتفاق الإطار، بين X وY".
        int k = h.last() + 1;
        while (k < Math.min(s.endToken(), h.last() + 4) && !bare[k].equals("بين")
                && (toks.get(k).kind() == TokenKind.WORD && !preps.contains(bare[k])
                    || Clause.isBoundary(toks.get(k)))) {
            k++;
        }
        if (k >= s.endToken() || !bare[k].equals("بين")) {
            return null;
        }
        Arg first = null;
        for (Arg a : sargs) {
            if (first == null && a.first() > k && a.first() <= k + 3) {
                first = a;
            } else if (first != null && a.first() > first.last() && a.conj() && a.first() - first.last() <= 4) {
                return new Arg[] {first, a};
            }
        }
        return first == null ? null : new Arg[] {first, null};
    }

    /**
     * The head of a relative clause the trigger stands in: a relative pronoun at most {@code reach} tokens
     * before the trigger (nothing but negation and auxiliaries between when {@code reach} is small), and the
     * entity right before it, of a coordination the first ("سوريا والعراق اللذان").
     */
    private Arg relativeHead(List<Token> toks, String[] bare, List<Arg> sargs, int trigger, int reach, Sentence s) {
        int r = -1;
        for (int k = trigger - 1; k >= Math.max(s.firstToken(), trigger - reach); k--) {
            if (relative.contains(toks.get(k).norm())) {
                r = k;
                break;
            }
            boolean auxiliary = toks.get(k).kind() == TokenKind.WORD && (neg.contains(bare[k])
                    || bare[k].startsWith("كان") || bare[k].equals("قد"));
            if (reach <= 3 && !auxiliary) {
                return null;
            }
        }
        if (r < 0) {
            return null;
        }
        int e = r - 1;
        while (e >= s.firstToken() && (toks.get(e).kind() == TokenKind.QUOTE || Clause.isBoundary(toks.get(e)))) {
            e--;
        }
        int idx = -1;
        for (int k = 0; k < sargs.size(); k++) {
            if (sargs.get(k).last() == e) {
                idx = k;
            }
        }
        return idx < 0 ? null : firstConjunct(sargs, idx);
    }

    /** Whether the word after token {@code i} (quotes looked through) is an object pronoun ("عليها", "له"). */
    private static boolean objectPronounAfter(List<Token> toks, int i) {
        int k = i + 1;
        while (k < toks.size() && toks.get(k).kind() == TokenKind.QUOTE) {
            k++;
        }
        return k < toks.size() && PRONOUN_OBJECTS.contains(toks.get(k).norm());
    }

    /** Whether only generic heads and quotes stand between two tokens ("تدخل قوات “الحشد الشعبي”"). */
    private boolean onlyHeadsBetween(List<Token> toks, String[] bare, int a, int b) {
        if (b - a > 4) {
            return false;
        }
        for (int k = a + 1; k < b; k++) {
            if (toks.get(k).kind() != TokenKind.QUOTE && !heads.contains(bare[k])) {
                return false;
            }
        }
        return true;
    }

    /** "تحت إشراف مدربين أمريكيين": the state of a nationality adjective after a noun of leading. */
    private String ledByNationality(List<Token> toks, String[] bare, Trigger h, int ce) {
        for (int k = h.last() + 1; k < Math.min(ce, h.last() + 8); k++) {
            if (leads(toks, bare, k)) {
                for (int j = k + 1; j < Math.min(ce, k + 4); j++) {
                    String id = demonyms.get(bare[j]);
                    if (id != null) {
                        return id;
                    }
                }
            }
        }
        return null;
    }

    /**
     * "سيطروا على المدينة": a generic place noun with the article and no name after it, as the seized
     * object, stands for the last place (not a state) named before the trigger in the sentence.
     */
    private Arg genericPlace(List<Token> toks, String[] bare, List<Arg> sargs, Trigger h, int ce, Sentence s) {
        int k = h.last() + 1;
        if (k < ce && preps.contains(bare[k])) {
            k++;
        }
        if (k >= ce || !toks.get(k).article() || !heads.contains(bare[k])) {
            return null;
        }
        for (Arg a : sargs) {
            if (a.first() > k && a.first() <= k + 2) {
                return null;
            }
        }
        Arg last = null;
        for (Arg a : sargs) {
            if (a.last() < h.first() && a.first() >= s.firstToken() && GEO.contains(a.type()) && !isPolity(a)) {
                last = a;
            }
        }
        return last;
    }

    /** Prepositions that introduce the target of each type (an unmarked object counts when near). */
    private static boolean targetPrep(String type, String prep) {
        Set<String> ok = switch (type) {
            case "ATTACK" -> ATTACK_PREP;
            case "SUPPORT", "TRAIN" -> SUPPORT_PREP;
            case "MEET", "COOPERATE" -> MEET_PREP;
            case "RELEASE" -> RELEASE_PREP;
            default -> Set.of();
        };
        return ok.contains(prep);
    }

    /** The token after which a direct object may start: the trigger, or an agent right after it. */
    private static int objectEnd(Trigger h, Arg actor) {
        return actor != null && actor.first() > h.last() && actor.first() <= h.last() + 2 ? actor.last() : h.last();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }

    /** Organisations, people, states and blocs act; cities, regions and facilities are places. */
    private boolean canAct(Arg a) {
        return !GEO.contains(a.type()) || isPolity(a);
    }

    private boolean isPolity(Arg a) {
        return polities.contains(a.id());
    }

    private static boolean placeFollows(List<Arg> after, Arg first) {
        for (Arg a : after) {
            if (a != first && GEO.contains(a.type()) && !a.prep().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The nearest unmarked entity that can act before the trigger, in the sentence; of a coordination
     * ("ال سعود وبعض دول الخليج وتركيا ... تدعم") the first conjunct, as the gold conventions say.
     */
    private Arg before(List<Arg> sargs, int trigger, int cs, int ss) {
        int best = -1;
        for (int k = 0; k < sargs.size(); k++) {
            Arg a = sargs.get(k);
            if (a.last() >= trigger) {
                break;
            }
            if (a.first() < ss || !(a.prep().isEmpty() || a.prep().equals("AGENT")) || !canAct(a)) {
                continue;
            }
            best = k;
        }
        return best < 0 ? null : firstConjunct(sargs, best);
    }

    /** The first conjunct of the coordination that argument {@code k} ends ("X وY وZ" → X), the gold's convention. */
    private Arg firstConjunct(List<Arg> sargs, int k) {
        while (k > 0 && conjunct(sargs.get(k - 1), sargs.get(k))) {
            k--;
        }
        return sargs.get(k);
    }

    /** Whether {@code b} is coordinated with the entity {@code a} just before it ("X وبعض Y"). */
    private boolean conjunct(Arg a, Arg b) {
        if (!canAct(a) || a.last() >= b.first() || b.first() - a.last() > 4 || !a.prep().equals(b.prep())) {
            return false;
        }
        return b.conj();
    }

    /**
     * The value of the time expression nearest the trigger in its clause; else the sentence's only
     * time expression ("شهدت بيروت خلال الأسابيع الماضية، ... اللقاءات").
     */
    private static String time(List<TimeExpression> times, Sentence s, Span trig, Span clause) {
        TimeExpression best = null;
        TimeExpression only = null;
        int inSentence = 0;
        int bestDist = Integer.MAX_VALUE;
        for (TimeExpression t : times) {
            if (!s.span().contains(t.span())) {
                continue;
            }
            inSentence++;
            only = t;
            if (!clause.contains(t.span())) {
                continue;
            }
            int d = Math.abs(t.span().start() - trig.start());
            if (d < bestDist) {
                bestDist = d;
                best = t;
            }
        }
        if (best == null && inSentence == 1) {
            best = only;
        }
        return best == null ? null : best.value();
    }
}
