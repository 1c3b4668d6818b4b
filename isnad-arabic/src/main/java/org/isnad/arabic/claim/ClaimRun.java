package org.isnad.arabic.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Document;
import org.isnad.core.model.Sentence;
import org.isnad.core.model.Span;
import org.isnad.core.model.Token;
import org.isnad.core.model.TokenKind;
import org.isnad.core.model.ViaLink;

/**
 * The claims of one document: finds cue candidates sentence by sentence, builds each claim (source,
 * relays, content, polarity, hedging, quotation) and remembers the current speaker and the relays
 * named for each source. Everything mutable lives here; one instance per document.
 */
final class ClaimRun extends PhraseReader {

    /** A cue candidate over tokens {@code [tok, end)}. */
    record Cand(int tok, int end, String kind, ClaimLexicon.Cue cue, ClaimLexicon.Phrase phrase) {}

    /**
     * A claim being built. {@code contentStart}/{@code contentEnd}, {@code clauseStart} (where the
     * claim's clause begins, for cutting the previous claim's content) and {@code cueTok} are token
     * indices; {@code quoted} is the inside of a quotation when the content is one.
     */
    static final class Built {
        Span cue;
        Np source;
        String entity;
        String sourceText;
        String type;
        String key;
        List<ViaLink> via = new ArrayList<>();
        int contentStart = -1;
        int contentEnd = -1;
        Span quoted;
        boolean deny;
        boolean hedged;
        int clauseStart;
        int cueTok;
        int sentence;
        boolean relative;
        int consumedUntil = -1;
    }

    /** Speaker memory for continuation cues. */
    record Speaker(String type, String entity, String text, String key, List<ViaLink> via, int sentence,
                   Span span) {}

    private final Map<String, List<ViaLink>> viaByKey = new HashMap<>();
    private final List<Span> quoteRegions = new ArrayList<>();
    private Speaker last;
    private int sentIdx;

    ClaimRun(ClaimLexicon lex, Document doc) {
        super(lex, doc);
    }

    List<Claim> run() {
        List<Built> all = new ArrayList<>();
        for (sentIdx = 0; sentIdx < sents.size(); sentIdx++) {
            Sentence s = sents.get(sentIdx);
            List<Built> inSentence = new ArrayList<>();
            // a question reports nobody's claim ("لماذا لا يقولون لنا ...؟")
            boolean question = s.endToken() > s.firstToken() && isPunct(s.endToken() - 1, "?");
            Built head = headline(s);
            if (head != null) {
                inSentence.add(head);
            } else {
                for (Cand c : candidates(s)) {
                    if (insideQuote(toks.get(c.tok).start())) {
                        continue;
                    }
                    if (!inSentence.isEmpty() && c.tok < inSentence.get(inSentence.size() - 1).consumedUntil) {
                        continue;
                    }
                    if (!inSentence.isEmpty() && c.tok < inSentence.get(inSentence.size() - 1).contentStart
                            && c.tok > inSentence.get(inSentence.size() - 1).cueTok
                            && inSentence.get(inSentence.size() - 1).source != null
                            && c.tok < inSentence.get(inSentence.size() - 1).source.end()) {
                        continue;
                    }
                    Speaker before = last;
                    Map<String, List<ViaLink>> viaBefore = new HashMap<>(viaByKey);
                    Built b = question && !punctBetween(c.end, s.endToken() - 1) ? null : build(c, s, inSentence);
                    if (b != null && "author".equals(c.kind) && !inSentence.isEmpty()
                            && c.tok - inSentence.get(inSentence.size() - 1).contentStart <= 1
                            && c.tok >= inSentence.get(inSentence.size() - 1).contentStart) {
                        b = null; // "ويقول إسماعيل: أرى أن": the first person is the speaker quoted
                    }
                    if (b != null && !b.relative && !inSentence.isEmpty() && !clauseInitial(b, c)) {
                        Built prev = inSentence.get(inSentence.size() - 1);
                        if (prev.quoted == null && prev.contentStart >= 0 && prev.contentStart <= c.tok
                                && c.tok < prev.contentEnd && !punctBetween(prev.contentStart, c.tok)) {
                            b = null; // a cue inside the complement of another claim belongs to its content
                            last = before;
                            viaByKey.clear();
                            viaByKey.putAll(viaBefore);
                        }
                    }
                    if (b != null) {
                        inSentence.add(b);
                        if (b.quoted != null) {
                            quoteRegions.add(b.quoted);
                        }
                    }
                }
            }
            cutAtNextClaim(inSentence);
            all.addAll(inSentence);
        }
        List<Claim> out = new ArrayList<>(all.size());
        int n = 0;
        for (Built b : all) {
            Span content = contentSpan(b);
            if (content == null || content.isEmpty()) {
                continue;
            }
            n++;
            out.add(new Claim("c" + n, b.cue, b.source == null ? null : b.source.span(), b.entity,
                    b.source == null ? b.sourceText : null, b.type, b.via, content, b.deny, b.hedged,
                    b.quoted != null));
        }
        return out;
    }

    /** Quotations are recorded in text order and do not nest, so only the last one can hold a later cue. */
    private boolean insideQuote(int offset) {
        return !quoteRegions.isEmpty() && quoteRegions.get(quoteRegions.size() - 1).contains(offset);
    }

    /** Whether the claim opens a clause of its own: after punctuation, a clause conjunction or with و/ف. */
    private boolean clauseInitial(Built b, Cand c) {
        int a = Math.min(b.clauseStart, c.tok);
        if (a <= 0 || !isWord(a - 1) || "conj".equals(fn(a - 1)) || "rel".equals(fn(a - 1)) || isConjOnly(a - 1)) {
            return true;
        }
        String f = toks.get(c.tok).norm();
        return (c.cue != null && lex.cueWithConj(toks.get(c.tok)))
                || (c.cue == null && f.length() > 3 && (f.charAt(0) == 'و' || f.charAt(0) == 'ف'));
    }

    private List<Cand> candidates(Sentence s) {
        List<Cand> out = new ArrayList<>();
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = toks.get(i);
            if (t.kind() != TokenKind.WORD) {
                continue;
            }
            ClaimLexicon.Phrase p = phraseAt(i, s.endToken());
            if (p != null) {
                int end = i + p.words().length;
                switch (p.cls()) {
                    case "block" -> {
                        i = skipBackground(end, s.endToken()) - 1;
                        continue;
                    }
                    case "prep", "relayprep", "impersonal", "intro", "possessive", "echo" -> {
                        out.add(new Cand(i, end, p.cls(), null, p));
                        i = end - 1;
                        continue;
                    }
                    default -> {
                        // hedges and via markers are read by the claim builder
                    }
                }
            }
            ClaimLexicon.Cue c = lex.cue(t);
            if (c != null && firstLetter(i) == 'إ') {
                c = null; // no finite verb is written with إ: "إبان" is not "أبان"
            }
            if (c != null && i > s.firstToken() && isWord(i - 1) && subjunctive(i - 1)) {
                c = null; // "عليه أن يقول", "لن يقول": a verb governed by أن/لن/كي reports nothing
            }
            if (c != null) {
                if (c.wasl() && firstLetter(i) == 'أ') {
                    // "أعتقد": first person, not the perfect "اعتقد"
                    out.add(new Cand(i, i + 1, "author", c, null));
                } else if (passive(i)) {
                    // "أُعلن أن", "ذُكرت": no speaker; a claim only with its complement right after
                    out.add(new Cand(i, i + 1, "impersonal", c, null));
                } else {
                    out.add(new Cand(i, i + 1, c.cls(), c, null));
                }
            }
        }
        return out;
    }

    /** أن (not إن, which introduces speech), لن, كي, لكي before a verb. */
    private boolean subjunctive(int k) {
        String f = ClaimLexicon.stripConj(toks.get(k).norm());
        if (f.equals("لن") || f.equals("كي") || f.equals("لكي")) {
            return true;
        }
        return f.equals("ان") && text.charAt(toks.get(k).start() + (toks.get(k).norm().length() > 2 ? 1 : 0)) != 'إ';
    }

    /** Original offset of the cue's stem: after a و/ف proclitic, cut or still attached, and its marks. */
    private int stemOffset(Token t) {
        int o = t.start();
        if (!t.prefixes().isEmpty()) {
            o = t.stemStart();
        } else if (lex.cueWithConj(t)) {
            o++;
        }
        while (o < t.end() && (text.charAt(o) >= '\u064B' && text.charAt(o) <= '\u065F')) {
            o++;
        }
        return o;
    }

    /** The cue's first original letter after a و/ف proclitic. */
    private char firstLetter(int i) {
        Token t = toks.get(i);
        int o = stemOffset(t);
        return o < t.end() ? text.charAt(o) : 0;
    }

    /**
     * Whether a perfect-tense cue is written as a passive: a damma on its first letter ("أُعلن",
     * "ذُكر"). Imperfect prefixes carry a damma in the active of derived verbs ("يُعلن"), so they
     * are not judged.
     */
    private boolean passive(int i) {
        Token t = toks.get(i);
        int o = stemOffset(t);
        if (o + 1 >= t.end()) {
            return false;
        }
        char first = text.charAt(o);
        return first != 'ي' && first != 'ت' && first != 'ن' && text.charAt(o + 1) == '\u064F';
    }

    /** A background formula's complement clause is the author's: skip to the end of its clause. */
    private int skipBackground(int from, int end) {
        int i = from;
        while (i < end && !(toks.get(i).kind() == TokenKind.PUNCT && !",".equals(toks.get(i).norm()))) {
            i++;
        }
        return i;
    }

    private Built headline(Sentence s) {
        int f = s.firstToken();
        for (int k = f + 1; k < Math.min(s.endToken() - 2, f + 6); k++) {
            if (isPunct(k, ":")) {
                Np np = parseNp(f, k);
                while (np != null && np.end() < k && isQuote(np.end())) {
                    np = new Np(np.start(), np.end() + 1, np.span(), np.type(), np.entity(), np.key(), np.known(),
                            np.definite(), np.innerVia());
                }
                if (np == null || np.end() != k || !np.known() || "author".equals(np.type())) {
                    return null;
                }
                Built b = new Built();
                b.cue = toks.get(k).span();
                b.source = np;
                b.type = np.type();
                b.entity = np.entity();
                b.key = np.key();
                b.cueTok = k;
                b.clauseStart = f;
                b.sentence = sentIdx;
                b.contentStart = k + 1;
                b.contentEnd = s.endToken();
                finishContent(b, s);
                return b;
            }
            if (toks.get(k).kind() == TokenKind.PUNCT) {
                return null;
            }
        }
        return null;
    }

    private Built build(Cand c, Sentence s, List<Built> before) {
        return switch (c.kind) {
            case "prep", "relayprep" -> prep(c, s, before);
            case "impersonal", "intro" -> impersonal(c, s);
            case "possessive" -> possessive(c, s);
            case "echo" -> echo(c, s, before);
            case "author" -> author(c, s);
            default -> verb(c, s, before);
        };
    }

    /** Where the cue span starts: after the conjunction و/ف ("وأوضح" → "أوضح", "وكذلك فعلت" → "كذلك فعلت"). */
    private int cueStart(Cand c) {
        Token t = toks.get(c.tok);
        if (c.cue != null) {
            return stemOffset(t);
        }
        if (!t.prefixes().isEmpty()) {
            return t.stemStart();
        }
        String n = t.norm();
        if (n.length() > 3 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف')) {
            String w = c.phrase.words()[0];
            String bare = w.charAt(0) == n.charAt(0) && w.length() == n.length() ? w.substring(1) : w;
            if (n.substring(1).equals(bare)) {
                int o = t.start() + 1;
                while (o < t.end() && text.charAt(o) >= '\u064B' && text.charAt(o) <= '\u065F') {
                    o++;
                }
                return o;
            }
        }
        return cutStart(c.tok);
    }

    private Built newBuilt(Cand c) {
        Built b = new Built();
        b.cue = new Span(cueStart(c), toks.get(c.end - 1).end());
        b.cueTok = c.tok;
        b.clauseStart = c.tok;
        b.sentence = sentIdx;
        return b;
    }

    /** Index of the first complementiser at or after q within the clause (window), or -1. */
    private int findComp(int q, int end, int window) {
        return findComp(q, end, window, null);
    }

    /** Prepositions that may open the content of this cue ("تحدث عن", "أشار إلى"). */
    private boolean prepAllowed(int k, ClaimLexicon.Cue cue) {
        String f = ClaimLexicon.stripConj(ClaimLexicon.base(toks.get(k)));
        if (f.equals("بالقول")) {
            return true;
        }
        if (cue == null) {
            return f.equals("عن");
        }
        return f.equals("عن") ? cue.an() : f.equals("الي") ? cue.ila() : false;
    }

    private int findComp(int q, int end, int window, ClaimLexicon.Cue cue) {
        for (int k = q; k < end && k < q + window; k++) {
            if (isPunct(k, ":")) {
                return k;
            }
            if (isPunct(k, ".") || isPunct(k, "?") || isPunct(k, "!")) {
                return -1;
            }
            if (!isWord(k)) {
                continue;
            }
            if ("comp".equals(fn(k))) {
                // prepositions open the content only right after the cue or source ("تحدث عن")
                if (!isPrepComp(k)) {
                    return k;
                }
                if (k < q + 12 && (!punctBetween(q, k) || isPunct(k - 1, ",") && !punctBetween(q, k - 1))
                        && prepAllowed(k, cue)) {
                    return k;
                }
                continue;
            }
            if (lex.cue(toks.get(k)) != null && lex.source(toks.get(k)) == null) {
                return -1;
            }
        }
        return -1;
    }

    /** A quotation mark opening a speech verb's content after an adjunct ("قال في بيان “..."). */
    private int findQuote(int q, int end, int window) {
        for (int k = q; k < end && k < q + window; k++) {
            if (isQuote(k)) {
                int close = closingQuote(k);
                return close > k + 3 ? k : -1;
            }
            if (isPunct(k, null) && !isPunct(k, ",") && !isPunct(k, ":")) {
                return -1;
            }
            if (isWord(k) && lex.cue(toks.get(k)) != null && lex.source(toks.get(k)) == null) {
                return -1;
            }
        }
        return -1;
    }

    /** The first content token after the complementiser at k ("إلى أن", "بالقول إن", "أنه:"). */
    private int afterComp(int k, int end) {
        int q = k + 1;
        while (q < end && ((isWord(q) && "comp".equals(fn(q)) && !isPrepComp(q)) || isPunct(q, ":"))) {
            q++;
        }
        return q;
    }

    private Built verb(Cand c, Sentence s, List<Built> before) {
        ClaimLexicon.Cue cue = c.cue;
        int end = s.endToken();
        Built b = newBuilt(c);
        if (c.tok > s.firstToken() && isWord(c.tok - 1) && isRelativeMa(c.tok - 1)
                && !"prep".equals(phraseClassEndingAt(c.tok - 1))) {
            return null; // "في غير ما ذكرت": ما before a perfect is a relative here, not negation
        }
        // a negated denial affirms: "لم يستبعد", "لم ينفِ"
        b.deny = cue.deny() != negated(c.tok, s.firstToken());
        b.hedged = cue.hedge() || hedgeBefore(c.tok, s.firstToken());
        int q = c.tok + 1;
        while (q < end && "skip".equals(fn(q))) {
            q++;
        }
        Np np = null;
        if (!"cont".equals(c.kind) && !"noun".equals(c.kind) && !(isWord(q) && startsWithPrep(q))) {
            np = parseNp(q, end);
            if (np != null && "author".equals(np.type())) {
                np = null;
            }
            np = withApposition(np, end);
        }
        if ("relay".equals(c.kind)) {
            return relay(c, s, b, np);
        }
        if (np != null && !np.known()) {
            // "الولايات المتحدة نفت الموضوع": the noun after the cue is its object
            Built probe = new Built();
            Np back = findComp(np.end(), end, 4, cue) >= 0 ? null : backNp(c.tok, s.firstToken(), probe);
            if (back != null && back != REJECT) {
                np = null;
                b.source = back;
                b.clauseStart = probe.clauseStart;
                b.relative = probe.relative;
                attribute(b, true);
                b.contentStart = q;
                b.contentEnd = end;
                finishContent(b, s);
                return b;
            }
            if (!"say".equals(c.kind) && (np.definite() || findComp(np.end(), end, 12, cue) < 0)) {
                return null; // evidential or other subject: "اثبتت الوقائع أن"; a name needs its complement
            }
        }
        if (np != null) {
            q = np.end();
            b.source = np;
            if (np.innerVia() != null) {
                b.via.add(np.innerVia());
            }
            // «خلية الصقور» الاستخباراتية، الخميس الماضي، بحسب موقع «المدى»: closing quote, adjectives, time
            int opened = isQuote(np.start() - 1) ? 1 : 0;
            while (q < end && (isQuote(q) && (countQuotes(np.start(), q) + opened) % 2 == 1 || "skip".equals(fn(q))
                    || isWord(q) && nisba(q) && ClaimLexicon.definite(toks.get(q))
                    || isPunct(q, ",") && q + 1 < end && "skip".equals(fn(q + 1)))) {
                q++;
            }
            q = readVia(q, end, b.via);
            b.consumedUntil = q; // a relay read here ("بحسب موقع X") is no claim of its own
            if (isWord(q) && "relayprep".equals(phraseClass(q, end))) {
                // "أفادت صحيفة حرييت نقلاً عن مسؤولين": the outlet relays the officials
                Np inner = parseNp(q + phraseAt(q, end).words().length, end);
                if (inner != null && inner.known()) {
                    List<ViaLink> chain = new ArrayList<>();
                    chain.add(new ViaLink(np.span(), np.entity() != null ? np.entity()
                            : "media".equals(np.type()) ? slug(np) : null));
                    chain.addAll(b.via);
                    b.via = chain;
                    b.source = inner;
                    np = inner;
                    q = inner.end();
                    b.consumedUntil = q;
                }
            }
        } else {
            int afterVia = readVia(q, end, b.via);
            Np late = afterVia > q && !"cont".equals(c.kind) && !"noun".equals(c.kind) ? parseNp(afterVia, end) : null;
            q = afterVia;
            if (late != null && late.known()) {
                np = late;
                b.source = late;
                q = late.end();
            } else if (!"cont".equals(c.kind) && !"noun".equals(c.kind)) {
                Np back = backNp(c.tok, s.firstToken(), b);
                if (back == REJECT) {
                    return null;
                }
                b.source = back;
            }
        }
        // after a known source the complement may follow a relative clause; after an unknown noun it
        // must come at once ("وقال خوجة إن"), else the noun is an object ("وحذّر الشباب ... من")
        int comp = findComp(q, end, np != null && !np.known() ? 4 : b.source == null ? 6 : 20, cue);
        int quote = findQuote(q, end, 10);
        if (quote >= 0 && comp >= 0 && quote < comp) {
            comp = -1; // "قال في بيان “عليهم ... انهم": the quotation comes first
        }
        boolean trailing = false;
        if (comp > q && b.via.isEmpty()) {
            for (int k = q; k < comp && b.via.isEmpty(); k++) {
                if (isWord(k) && readVia(k, comp, b.via) > k) {
                    b.consumedUntil = Math.max(b.consumedUntil, comp);
                }
            }
        }
        if (comp >= 0) {
            b.contentStart = afterComp(comp, end);
        } else if (quote >= 0) {
            b.contentStart = quote;
        } else if (wordsBetween(q, end) <= 1 && wordsBetween(s.firstToken(), b.clauseStart) >= 3
                && ("say".equals(c.kind) || cue.trail())) {
            trailing = true;
        } else if (cue.comp() || (!cue.obj() && !"say".equals(c.kind))) {
            return null;
        } else if (b.source == null || !b.source.known() && !cue.obj()) {
            return null; // a bare object needs a speaker named right after the cue ("يقول المسؤول إياه وقائع")
        } else if (np == null && !cue.obj()) {
            return null;
        } else if (np != null && !np.known()) {
            return null; // "جماعة تزعم ولاءها": an unknown noun after the cue without a complement is no speaker
        } else if (q < end && toks.get(q).kind() == TokenKind.PUNCT) {
            return null;
        } else {
            b.contentStart = q;
        }
        if (trailing) {
            b.contentStart = before.isEmpty() ? s.firstToken() : Math.max(s.firstToken(),
                    before.get(before.size() - 1).contentEnd >= 0 ? before.get(before.size() - 1).contentEnd
                            : s.firstToken());
            b.contentEnd = b.clauseStart;
        } else {
            b.contentEnd = end;
        }
        if (b.source == null && np == null && before.isEmpty() && c.tok > s.firstToken() + 1) {
            // "ودافع المخرج أوس الشرقي ... قائلاً", "قارب الخبير ... فلفت إلى": the cue continues the
            // subject of the sentence's first clause
            Np subj = clauseSubject(s.firstToken(), c.tok);
            if (subj != null) {
                last = new Speaker(subj.type(), subj.entity(), doc.text(subj.span()), subj.key(),
                        viaByKey.getOrDefault(subj.key(), List.of()), sentIdx, subj.span());
            }
        }
        attribute(b, np != null || b.source != null);
        finishContent(b, s);
        return b;
    }

    /**
     * "لؤي المقداد، رئيس مركز «مسارات»": an unknown name followed by a title or body in apposition
     * is a known source spanning both.
     */
    private Np withApposition(Np np, int end) {
        if (np == null || np.known() || np.definite() || !isPunct(np.end(), ",")) {
            return np;
        }
        Np app = parseNp(np.end() + 1, end);
        if (app == null || !app.known() || "document".equals(app.type()) || "author".equals(app.type())) {
            return np;
        }
        String type = "organization".equals(app.type()) || "media".equals(app.type()) ? "named_person" : app.type();
        if ("anonymous_official".equals(type) || "anonymous".equals(type)) {
            type = "named_person";
        }
        return new Np(np.start(), app.end(), span(np.start(), app.end()), type, app.entity() != null
                && "named_person".equals(app.type()) ? app.entity() : null, np.key(), true, false, null);
    }

    /** The first source phrase near the start of the sentence, as the subject of its first verb. */
    private Np clauseSubject(int first, int cueTok) {
        for (int p = first; p < Math.min(cueTok, first + 8); p++) {
            if (!isWord(p) || fn(p) != null || notSubjectPosition(p)) {
                continue;
            }
            Np np = parseNp(p, cueTok);
            if (np != null && np.known() && !"author".equals(np.type()) && !"document".equals(np.type())) {
                return np;
            }
        }
        return null;
    }

    /** Fills type, entity, key, via of the claim from its source or the previous speaker. */
    private void attribute(Built b, boolean explicit) {
        if (explicit) {
            Np np = b.source;
            b.type = np.type();
            b.entity = np.entity();
            b.key = np.key();
            if (b.via.isEmpty() && b.key != null) {
                List<ViaLink> known = viaByKey.get(b.key);
                if (known != null) {
                    b.via.addAll(known);
                }
            } else if (!b.via.isEmpty() && b.key != null) {
                viaByKey.put(b.key, List.copyOf(b.via));
            }
            last = new Speaker(b.type, b.entity, doc.text(np.span()), b.key, List.copyOf(b.via), sentIdx,
                    np.span());
        } else if (last != null && sentIdx - last.sentence() <= 6) {
            b.type = last.type();
            b.entity = last.entity();
            b.sourceText = last.entity() == null ? last.text() : null;
            b.key = last.key();
            if (b.via.isEmpty()) {
                b.via.addAll(last.via());
            } else if (b.key != null) {
                viaByKey.put(b.key, List.copyOf(b.via));
            }
            last = new Speaker(last.type(), last.entity(), last.text(), last.key(), List.copyOf(b.via), sentIdx,
                    last.span());
        } else {
            b.type = "anonymous";
        }
    }

    private static final Np REJECT = new Np(0, 0, new Span(0, 0), "", null, null, false, false, null);

    /**
     * Looks left of a cue for its subject: "المصادر تجزم", "مصادر تؤكد", "ودمشق لم تعد ترى",
     * "المعلومات التي تحدثت", "المرصد ... ، كشف". Returns the subject when it is a known source,
     * {@link #REJECT} when the subject is a demonstrative or a noun that is no source, else null
     * (the cue continues the previous speaker).
     */
    private Np backNp(int cueTok, int first, Built b) {
        int k = cueTok - 1;
        while (k >= first && isWord(k) && ("neg".equals(fn(k)) || "aux".equals(fn(k)))) {
            k--;
        }
        if (k >= first && isWord(k) && "rel".equals(fn(k))) {
            // the relative must agree with the verb: "داعش التي ادعى" is not the subject
            boolean relFem = toks.get(k).norm().endsWith("تي") || toks.get(k).norm().endsWith("تين");
            if (relFem != feminine(cueTok)) {
                return null;
            }
            b.relative = true;
            k--;
        }
        if (k < first) {
            return null;
        }
        if (lex.cueWithConj(toks.get(cueTok)) && !b.relative) {
            return null; // "...، وتضيف", "داعش وذكرت وسائل": a new conjunct; its subject follows or continues
        }
        String f = isWord(k) ? fn(k) : null;
        if ("dem".equals(f)) {
            return REJECT;
        }
        if ("pron".equals(f)) {
            b.clauseStart = k;
            return null;
        }
        // nearest known source phrase ending right before the cue (or before a comma before it)
        for (int p = k; p >= Math.max(first, k - 9); p--) {
            if (!isWord(p)) {
                if (isPunct(p, ",") && p == k) {
                    continue;
                }
                if (isPunct(p, ",") || isQuote(p)) {
                    continue;
                }
                break;
            }
            if (p < k && (lex.cue(toks.get(p)) != null && lex.source(toks.get(p)) == null
                    || "comp".equals(fn(p)) && p < k - 1 && fn(p + 1) == null)) {
                if (!"comp".equals(fn(p))) {
                    break;
                }
            }
            Np np = parseNp(p, cueTok);
            for (int earlier = p - 1; np != null && np.known() && earlier >= Math.max(first, p - 2); earlier--) {
                // "إعلام الغرب يتحدث": the phrase starting earlier wins over its last word
                Np longer = isWord(earlier) ? parseNp(earlier, cueTok) : null;
                if (longer != null && longer.known() && longer.end() >= np.end()) {
                    np = longer;
                    p = earlier;
                }
            }
            if (np != null && precededByPrep(p)) {
                np = null; // "في موقع بارز يقول": the object of a preposition
            }
            if (np != null && !b.relative && np.end() <= k && notSubjectPosition(p)) {
                np = null; // "إلى جهات ...، وتشير": an object far from the cue is no subject
            }
            if (np != null && np.known() && np.end() > k - 6 && np.end() <= cueTok && !"author".equals(np.type())) {
                int gap = np.end();
                boolean clean = true;
                for (int g = gap; g <= k; g++) {
                    if (isWord(g) && lex.cue(toks.get(g)) != null && lex.source(toks.get(g)) == null) {
                        clean = false;
                    }
                }
                boolean adjacent = np.end() == k + 1;
                if (clean && !adjacent && !b.relative && clauseOpensWithPrep(p, first)) {
                    clean = false; // "وحول علاقة تنظيم داعش بـ...، أبان": inside a prepositional phrase
                }
                if (clean && (adjacent || hasCommaBetween(np.end(), cueTok) || b.relative)) {
                    b.clauseStart = p;
                    return np;
                }
            }
            if ("comp".equals(fn(p))) {
                break;
            }
        }
        String cls = lex.cue(toks.get(cueTok)).cls();
        if ("say".equals(cls) && isWord(k) && f == null && !b.relative) {
            int a = k;
            while (a > first && a > k - 2 && isWord(a - 1) && fn(a - 1) == null && lex.cue(toks.get(a - 1)) == null) {
                a--;
            }
            char c0 = toks.get(a).norm().charAt(0);
            if ((a == first || isPunct(a - 1, null)) && c0 != 'و' && c0 != 'ف') {
                Np np = parseNp(a, k + 1);
                if (np != null && np.end() == k + 1) {
                    b.clauseStart = a;
                    String bh = ClaimLexicon.bare(toks.get(k));
                    boolean plural = bh.endsWith("ون") || bh.endsWith("ات") || bh.endsWith("ين");
                    return new Np(np.start(), np.end(), np.span(),
                            np.known() ? np.type() : plural ? "anonymous" : "named_person",
                            np.entity(), np.key(), true, np.definite(), np.innerVia());
                }
            }
        }
        if (("report".equals(cls) || "believe".equals(cls)) && !lex.cueWithConj(toks.get(cueTok))
                && (isPunct(k, ",") || isWord(k) && !isConjOnly(k) && !"pron".equals(f))) {
            return REJECT; // "الوقائع التي ...، تؤكد": an evidential subject, not a speaker
        }
        // a plain noun right before the cue is a subject that is no source
        if (isWord(k) && f == null && !ClaimLexicon.base(toks.get(k)).isEmpty()
                && !"say".equals(lex.cue(toks.get(cueTok)).cls()) && lex.cue(toks.get(k)) == null
                && !isConjOnly(k)) {
            return REJECT;
        }
        return null;
    }

    /** Whether the clause holding token p (after the last punctuation) starts with a preposition. */
    private boolean clauseOpensWithPrep(int p, int first) {
        int a = p;
        while (a > first && !isPunct(a - 1, null)) {
            a--;
        }
        return isWord(a) && ("prep".equals(fn(a)) || startsWithPrep(a));
    }

    /** A noun right after a preposition ("إلى جهات") or carrying one is no subject. */
    private boolean notSubjectPosition(int p) {
        if (startsWithPrep(p)) {
            return true;
        }
        if (!isWord(p - 1)) {
            return false;
        }
        String f = fn(p - 1);
        return "prep".equals(f) || ("comp".equals(f) && isPrepComp(p - 1));
    }

    private boolean precededByPrep(int p) {
        return isWord(p - 1) && "prep".equals(fn(p - 1));
    }

    /** Feminine verb: perfect in -ت, imperfect in ت-. */
    private boolean feminine(int cueTok) {
        String f = ClaimLexicon.stripConj(ClaimLexicon.base(toks.get(cueTok)));
        return f.endsWith("ت") || f.startsWith("ت");
    }

    private boolean hasCommaBetween(int a, int b) {
        for (int k = a; k < b; k++) {
            if (isPunct(k, ",")) {
                return true;
            }
        }
        return false;
    }

    private boolean negated(int cueTok, int first) {
        int k = cueTok - 1;
        int steps = 0;
        while (k >= first && steps < 3 && isWord(k)) {
            String f = fn(k);
            if ("neg".equals(f)) {
                // "بحسب ما ذكرت": ما is a relative after an according-to phrase
                return !(k > first && isWord(k - 1) && "prep".equals(phraseClassEndingAt(k - 1)));
            }
            if (!"aux".equals(f)) {
                return false;
            }
            k--;
            steps++;
        }
        return false;
    }

    private boolean hedgeBefore(int cueTok, int first) {
        for (int k = cueTok - 1; k >= Math.max(first, cueTok - 4); k--) {
            if (isWord(k)) {
                String cls = phraseClass(k, cueTok + 1);
                if ("hedge".equals(cls) && !"قد".equals(ClaimLexicon.stripConj(toks.get(k).norm()))
                        && !"ربما".equals(ClaimLexicon.stripConj(toks.get(k).norm()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "نقلت وكالة X عن مسؤولين قولهم إن": source after عن, the relaying outlet in via. */
    private Built relay(Cand c, Sentence s, Built b, Np relayer) {
        int end = s.endToken();
        if (relayer == null) {
            return null;
        }
        int q = relayer.end();
        while (q < end && isQuote(q)) {
            q++;
        }
        if (!(isWord(q) && "عن".equals(ClaimLexicon.stripConj(ClaimLexicon.base(toks.get(q)))))) {
            return null;
        }
        Np src = parseNp(q + 1, end);
        if (src == null) {
            return null;
        }
        b.source = src;
        if (src.innerVia() != null) {
            b.via.add(src.innerVia());
        }
        b.via.add(new ViaLink(relayer.span(), relayer.entity() != null ? relayer.entity()
                : "media".equals(relayer.type()) ? slug(relayer) : null));
        int r = src.end();
        if (r < end && isWord(r) && lex.cue(toks.get(r)) != null && "noun".equals(lex.cue(toks.get(r)).cls())) {
            b.cue = toks.get(r).span();
            r++;
        }
        b.consumedUntil = r;
        int comp = findComp(r, end, 6);
        b.contentStart = comp >= 0 ? afterComp(comp, end) : r;
        b.contentEnd = end;
        attribute(b, true);
        finishContent(b, s);
        return b;
    }

    private Built prep(Cand c, Sentence s, List<Built> before) {
        int end = s.endToken();
        int q = c.end;
        Built b = newBuilt(c);
        if (isWord(q) && "ل".equals(ClaimLexicon.stripConj(toks.get(q).norm()))) {
            q++;
        }
        // "بحسب ما ذكرت تقارير", "وفقاً لما كشفه لـ(عكاظ) مسؤول": the verb carries the source
        if (isWord(q) && isRelativeMa(q) && q + 1 < end) {
            ClaimLexicon.Cue verb = lex.cueWithObject(toks.get(q + 1));
            if (verb == null) {
                return null;
            }
            q += 2;
            q = readVia(q, end, b.via);
        }
        Np np = parseNp(q, end);
        if (np == null || "author".equals(np.type()) || !np.known()) {
            return null; // "بحسب توزيع الأدوار", "وفق حقيقة موقفها": no source
        }
        b.consumedUntil = np.end();
        b.hedged = c.phrase.hedge();
        b.source = np;
        if (np.innerVia() != null) {
            b.via.add(0, np.innerVia());
        }
        int r = readVia(np.end(), end, b.via);
        while (r < end && isQuote(r)) {
            r++;
        }
        boolean clauseInitial = c.tok == s.firstToken() || isPunct(c.tok - 1, null);
        boolean relativeAfter = isWord(r) && "rel".equals(fn(r));
        if (isPunct(r, ",") || isPunct(r, ":")) {
            r++;
        }
        int wordsAfter = wordsBetween(r, end);
        int clauseBefore = 0;
        for (int k = c.tok - 1; k >= s.firstToken() && !isPunct(k, null); k--) {
            clauseBefore += isWord(k) ? 1 : 0;
        }
        if (!relativeAfter && (clauseInitial && wordsAfter >= 1 || wordsAfter >= 3 && clauseBefore <= 3)) {
            b.contentStart = r;
            b.contentEnd = end;
        } else {
            int from = s.firstToken();
            if (!before.isEmpty()) {
                from = Math.max(from, before.get(before.size() - 1).cueTok + 1);
            }
            b.contentStart = from;
            b.contentEnd = c.tok;
        }
        attribute(b, true);
        finishContent(b, s);
        return b;
    }

    private Built impersonal(Cand c, Sentence s) {
        int end = s.endToken();
        Built b = newBuilt(c);
        int comp = findComp(c.end, end, 5, c.cue);
        if (comp > c.end + 1 && c.cue != null) {
            comp = -1;
        }
        if (comp < 0) {
            if (!"intro".equals(c.kind)) {
                return null;
            }
            b.contentStart = c.end;
        } else {
            b.contentStart = afterComp(comp, end);
        }
        b.contentEnd = end;
        b.type = "anonymous";
        finishContent(b, s);
        return b;
    }

    /** "الولايات المتحدة نفت الموضوع وكذلك فعلت سورية": the new source repeats the last claim. */
    private Built echo(Cand c, Sentence s, List<Built> before) {
        if (before.isEmpty()) {
            return null;
        }
        Built prev = before.get(before.size() - 1);
        Np np = parseNp(c.end, s.endToken());
        if (np == null || !np.known() || prev.contentStart < 0) {
            return null;
        }
        Built b = newBuilt(c);
        b.source = np;
        b.deny = prev.deny;
        b.hedged = prev.hedged;
        b.contentStart = prev.contentStart;
        b.contentEnd = Math.min(prev.contentEnd, c.tok);
        b.quoted = prev.quoted;
        b.consumedUntil = np.end();
        attribute(b, true);
        return b;
    }

    private Built possessive(Cand c, Sentence s) {
        Built b = newBuilt(c);
        int from = c.tok - 1;
        int first = s.firstToken();
        while (from > first && from > c.tok - 8 && !isPunct(from - 1, null)) {
            from--;
        }
        b.contentStart = from;
        b.contentEnd = c.tok;
        // the believer: the nearest actor or source named earlier in the sentence
        for (int k = from - 1; k >= first; k--) {
            int[] ae = new int[1];
            EntRef e = entAt.get(k);
            if (e != null) {
                b.entity = e.id();
                b.type = entityType(e.type(), e.subtype());
                break;
            }
            ClaimLexicon.Actor a = actorAt(k, ae);
            if (a != null) {
                b.entity = a.id();
                b.type = a.type();
                break;
            }
        }
        if (b.type == null) {
            attribute(b, false);
        }
        finishContent(b, s);
        return b;
    }

    private Built author(Cand c, Sentence s) {
        int end = s.endToken();
        Built b = newBuilt(c);
        int comp = findComp(c.end, end, 3);
        if (comp >= 0) {
            b.contentStart = afterComp(comp, end);
        } else if (c.cue.comp()) {
            return null;
        } else {
            b.contentStart = c.end;
        }
        if (negated(c.tok, s.firstToken())) {
            return null; // "لم نرى" is perception, "لا نعتقد" no assertion of the author
        }
        b.contentEnd = end;
        int k = c.tok - 1;
        if (k >= s.firstToken() && isWord(k)) {
            ClaimLexicon.SourceWord w = lex.source(toks.get(k));
            if (w != null && "author".equals(w.type())) {
                b.source = new Np(k, k + 1, span(k, k + 1), "author", null, "author", true, false, null);
                b.clauseStart = k;
            }
        }
        b.type = "author";
        // a first-person aside ("كما قلنا") covers only its own clause
        if (comp < 0) {
            int e = b.contentStart;
            while (e < end && !isPunct(e, null)) {
                e++;
            }
            b.contentEnd = e;
        }
        finishContent(b, s);
        return b;
    }

    /** Quotation, trailing hedges, trimming. */
    private void finishContent(Built b, Sentence s) {
        int a = b.contentStart;
        int e = Math.min(b.contentEnd, s.endToken());
        if (a < 0 || a >= e) {
            b.contentStart = -1;
            return;
        }
        if (isQuote(a)) {
            int close = closingQuote(a);
            if (close > a + 3) { // a quoted name ("نعتبر «داعش» ...") is no quotation of speech
                b.quoted = new Span(toks.get(a + 1).start(), toks.get(close - 1).end());
                b.contentStart = a + 1;
                b.contentEnd = close;
                b.hedged |= hedgeAtStart(a + 1, close);
                return;
            }
        }
        // trailing "على حد تعبيره"
        for (int k = a; k < e; k++) {
            if (isWord(k) && "trailhedge".equals(phraseClass(k, e))) {
                b.hedged = true;
                e = k;
                break;
            }
        }
        b.hedged |= hedgeAtStart(a, e);
        b.contentStart = a;
        b.contentEnd = e;
    }

    /** "قد" or "ربما" among the first two words of the content hedge the whole claim. */
    private boolean hedgeAtStart(int a, int e) {
        int words = 0;
        for (int k = a; k < e && words < 2; k++) {
            if (!isWord(k)) {
                continue;
            }
            words++;
            String cls = phraseClass(k, e);
            if ("hedge".equals(cls)) {
                return true;
            }
        }
        return false;
    }

    /** The token index of the quote closing the one at q (curly pairs nest; straight ones pair with the last). */
    private int closingQuote(int q) {
        char open = text.charAt(toks.get(q).start());
        char close = open == '“' ? '”' : open == '«' ? '»' : open == '„' ? '“' : 0;
        int limit = Math.min(toks.size(), q + 400);
        if (close != 0) {
            int depth = 1;
            for (int k = q + 1; k < limit; k++) {
                if (!isQuote(k)) {
                    continue;
                }
                char ch = text.charAt(toks.get(k).start());
                if (ch == open && open != close) {
                    depth++;
                } else if (ch == close) {
                    depth--;
                    if (depth == 0) {
                        return k;
                    }
                }
            }
            return -1;
        }
        // straight quotes: pair by the side the mark leans on ("الأخطر ... "دولة داعش" إلى ...")
        int depth = 1;
        for (int k = q + 1; k < limit; k++) {
            if (!isQuote(k)) {
                continue;
            }
            int role = quoteRole(k);
            if (role > 0) {
                depth++;
            } else {
                depth--;
                if (depth == 0) {
                    return k;
                }
            }
        }
        return -1;
    }

    /** +1 when a straight quote mark opens (space before, text after), -1 when it closes. */
    private int quoteRole(int k) {
        Token t = toks.get(k);
        int before = t.start() - 1;
        int after = t.end();
        boolean spaceBefore = before < 0 || Character.isWhitespace(text.charAt(before))
                || text.charAt(before) == '(' || text.charAt(before) == ':';
        boolean spaceAfter = after >= text.length() || Character.isWhitespace(text.charAt(after))
                || !Character.isLetterOrDigit(text.charAt(after));
        if (spaceBefore != spaceAfter) {
            return spaceBefore ? 1 : -1;
        }
        if (!spaceBefore && k > 0 && isWord(k - 1)) {
            // attached to a proclitic: لـ"الوطن", ب"الدولة"
            String prev = toks.get(k - 1).norm();
            return prev.length() <= 2 ? 1 : -1;
        }
        return -1;
    }

    /** Ends each claim's content where the next claim of the sentence begins. */
    private void cutAtNextClaim(List<Built> list) {
        for (int i = 0; i + 1 < list.size(); i++) {
            Built a = list.get(i);
            if (a.quoted != null || a.contentStart < 0) {
                continue;
            }
            Built n = list.get(i + 1);
            int cut = Math.min(n.clauseStart, n.cueTok);
            if (n.contentStart >= 0 && n.contentStart < n.cueTok) {
                continue; // a trailing or "according to" claim reaching back: leave a whole
            }
            if (cut > a.contentStart && cut < a.contentEnd) {
                if (n.relative && n.source != null) {
                    // "المعلومات التي تحدثت": recalled by the earlier speaker, who relays it
                    List<ViaLink> chain = new ArrayList<>();
                    chain.add(new ViaLink(a.source != null ? a.source.span() : null, a.source != null
                            ? a.source.entity() : a.entity));
                    chain.addAll(a.via);
                    n.via = chain;
                }
                a.contentEnd = cut;
            }
        }
    }

    private Span contentSpan(Built b) {
        int a = b.contentStart;
        int e = b.contentEnd;
        if (a < 0 || e <= a) {
            return null;
        }
        if (b.quoted != null) {
            return b.quoted;
        }
        // trim punctuation, conjunction-only words and unbalanced quotes at both ends
        while (a < e && (toks.get(a).kind() == TokenKind.PUNCT)) {
            a++;
        }
        while (e > a && (toks.get(e - 1).kind() == TokenKind.PUNCT || isConjOnly(e - 1) || "conj".equals(fn(e - 1)))) {
            e--;
        }
        if (e > a && isQuote(e - 1) && countQuotes(a, e) % 2 == 1) {
            e--;
        }
        if (e > a && isQuote(a) && countQuotes(a, e) % 2 == 1) {
            a++;
        }
        while (e > a && toks.get(e - 1).kind() == TokenKind.PUNCT) {
            e--;
        }
        if (e <= a) {
            return null;
        }
        return new Span(toks.get(a).start(), toks.get(e - 1).end());
    }

    private int countQuotes(int a, int e) {
        int n = 0;
        for (int k = a; k < e; k++) {
            if (isQuote(k)) {
                n++;
            }
        }
        return n;
    }
}
