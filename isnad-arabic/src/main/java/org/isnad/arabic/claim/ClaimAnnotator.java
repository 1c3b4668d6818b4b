package org.isnad.arabic.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Document;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Layer;
import org.isnad.core.model.Mention;
import org.isnad.core.model.Sentence;
import org.isnad.core.model.Span;
import org.isnad.core.model.Token;
import org.isnad.core.model.TokenKind;
import org.isnad.core.model.ViaLink;
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
 * <p>Built once (lexicons loaded in the constructor); keeps no per-document state in fields, so
 * one instance may serve many threads. Word lookups are hash lookups per token.
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
        return doc.with(Layer.CLAIMS, new Run(lex, doc).run());
    }

    /** An entity mention mapped onto tokens. */
    record EntRef(int tokStart, int tokEnd, Span span, String id, String type, String subtype) {}

    /** A source or relay noun phrase over tokens {@code [start, end)}. */
    record Np(int start, int end, Span span, String type, String entity, String key, boolean known,
              boolean definite, ViaLink innerVia) {}

    /** A cue candidate over tokens {@code [tok, end)}. */
    record Cand(int tok, int end, String kind, ClaimLexicon.Cue cue, ClaimLexicon.Phrase phrase) {}

    /** A claim being built. */
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

    /** Per-document work: everything mutable lives here. */
    static final class Run {
        private final ClaimLexicon lex;
        private final Document doc;
        private final String text;
        private final List<Token> toks;
        private final List<Sentence> sents;
        private final Map<Integer, EntRef> entAt = new HashMap<>();
        private final List<EntRef> ents = new ArrayList<>();
        private final Map<String, List<ViaLink>> viaByKey = new HashMap<>();
        // outlets named in the document, in text order: token index, id, head noun ("وكاله") or null
        private final List<Integer> mediaTokens = new ArrayList<>();
        private final List<String> mediaIds = new ArrayList<>();
        private final List<String> mediaHeads = new ArrayList<>();
        private final List<Span> quoteRegions = new ArrayList<>();
        private Speaker last;
        private int sentIdx;

        Run(ClaimLexicon lex, Document doc) {
            this.lex = lex;
            this.doc = doc;
            this.text = doc.text();
            this.toks = doc.tokens();
            this.sents = doc.sentences();
            indexEntities(doc.getOr(Layer.ENTITIES, List.of()));
            indexMedia();
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

        // ---------------------------------------------------------------- indexing

        private void indexEntities(List<Entity> entities) {
            for (Entity e : entities) {
                for (Mention m : e.mentions()) {
                    int a = tokenAt(m.span().start());
                    int b = tokenAt(Math.max(m.span().start(), m.span().end() - 1));
                    if (a < 0 || b < 0) {
                        continue;
                    }
                    EntRef r = new EntRef(a, b + 1, m.span(), e.id(), e.type(), e.subtype());
                    entAt.merge(a, r, (x, y) -> x.tokEnd >= y.tokEnd ? x : y);
                    ents.add(r);
                }
            }
        }

        /** Index of the token containing original offset {@code o}, or -1. */
        private int tokenAt(int o) {
            int lo = 0;
            int hi = toks.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                Token t = toks.get(mid);
                if (t.end() <= o) {
                    lo = mid + 1;
                } else if (t.start() > o) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }

        /** Records named outlets ("وكالة سبوتنيك", "النشرة") so that "الوكالة" can be resolved later. */
        private void indexMedia() {
            for (int i = 0; i < toks.size(); i++) {
                EntRef e = entAt.get(i);
                if (e != null && "media".equals(e.subtype)) {
                    String head = i > 0 ? headOf(toks.get(i - 1)) : null;
                    addMedia(i, e.id, head);
                    continue;
                }
                int[] end = new int[1];
                ClaimLexicon.Actor a = actorAt(i, end);
                if (a != null && "media".equals(a.type())) {
                    String head = i > 0 ? headOf(toks.get(i - 1)) : null;
                    if (head == null && i > 1 && toks.get(i - 1).kind() == TokenKind.QUOTE) {
                        head = headOf(toks.get(i - 2));
                    }
                    addMedia(i, a.id(), head);
                    i = end[0] - 1;
                }
            }
        }

        private void addMedia(int i, String id, String head) {
            mediaTokens.add(i);
            mediaIds.add(id);
            mediaHeads.add(head);
        }

        /** The media head noun key of a token ("وكاله") or null. */
        private String headOf(Token t) {
            ClaimLexicon.SourceWord w = lex.source(t);
            return w != null && "media".equals(w.type()) ? w.key() : null;
        }

        /** Resolves an anaphoric outlet noun at token i ("الوكالة") to the last outlet of that kind. */
        private String resolveMedia(int i, String headKey) {
            String any = null;
            for (int k = mediaTokens.size() - 1; k >= 0; k--) {
                if (mediaTokens.get(k) >= i) {
                    continue;
                }
                if (headKey != null && headKey.equals(mediaHeads.get(k))) {
                    return mediaIds.get(k);
                }
                if (any == null) {
                    any = mediaIds.get(k);
                }
            }
            // "الإعلام", "وسائل الإعلام" are the media at large, not the last outlet named
            return headKey == null || headKey.equals("اعلام") || headKey.equals("شبكه") ? null : any;
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
            String f = ClaimLexicon.base(toks.get(c.tok));
            return (c.cue != null && lex.cueWithConj(toks.get(c.tok)))
                    || (c.cue == null && f.length() > 3 && (f.charAt(0) == 'و' || f.charAt(0) == 'ف'));
        }

        // ---------------------------------------------------------------- candidates

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

        /** The cue's first original letter after a و/ف proclitic. */
        private char firstLetter(int i) {
            Token t = toks.get(i);
            int o = t.start() + (lex.cueWithConj(t) ? 1 : 0);
            while (o < t.end() && (text.charAt(o) >= '\u064B' && text.charAt(o) <= '\u065F')) {
                o++;
            }
            return o < t.end() ? text.charAt(o) : 0;
        }

        /**
         * Whether a perfect-tense cue is written as a passive: a damma on its first letter ("أُعلن",
         * "ذُكر"). Imperfect prefixes carry a damma in the active of derived verbs ("يُعلن"), so they
         * are not judged.
         */
        private boolean passive(int i) {
            Token t = toks.get(i);
            int o = t.start();
            if (lex.cueWithConj(t)) {
                o++;
            }
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

        private ClaimLexicon.Phrase phraseAt(int i, int end) {
            for (ClaimLexicon.Phrase p : lex.phrases(toks.get(i))) {
                if (matchWords(p.words(), i, end)) {
                    return p;
                }
            }
            return null;
        }

        private boolean matchWords(String[] words, int i, int end) {
            if (i + words.length > end) {
                return false;
            }
            for (int k = 1; k < words.length; k++) {
                if (!ClaimLexicon.wordMatches(words[k], toks.get(i + k))) {
                    return false;
                }
            }
            return true;
        }

        /** Class of a phrase ending at token k (one or two words), or null. */
        private String phraseClassEndingAt(int k) {
            for (int a = k; a >= Math.max(0, k - 2); a--) {
                ClaimLexicon.Phrase p = isWord(a) ? phraseAt(a, k + 1) : null;
                if (p != null && a + p.words().length == k + 1) {
                    return p.cls();
                }
            }
            String f = ClaimLexicon.stripConj(ClaimLexicon.base(toks.get(k)));
            if (f.startsWith("ل") && k > 0 && isWord(k - 1)) {
                // "وفقاً لما": the preposition is attached to ما
                ClaimLexicon.Phrase p = phraseAt(k - 1, k);
                return p == null ? null : p.cls();
            }
            return null;
        }

        private String phraseClass(int i, int end) {
            ClaimLexicon.Phrase p = phraseAt(i, end);
            return p == null ? null : p.cls();
        }

        // ---------------------------------------------------------------- noun phrases

        /** Longest fallback actor name starting at token i (quotes inside names are not allowed). */
        private ClaimLexicon.Actor actorAt(int i, int[] end) {
            if (i >= toks.size()) {
                return null;
            }
            for (ClaimLexicon.Actor a : lex.actors(toks.get(i))) {
                int n = a.words().length;
                if (i + n > toks.size()) {
                    continue;
                }
                boolean ok = true;
                for (int k = 1; k < n && ok; k++) {
                    ok = ClaimLexicon.actorWordMatches(a.words()[k], toks.get(i + k));
                }
                if (ok) {
                    end[0] = i + n;
                    return a;
                }
            }
            return null;
        }

        private String fn(int i) {
            return i < 0 || i >= toks.size() ? null : lex.function(toks.get(i));
        }

        private boolean isWord(int i) {
            return i >= 0 && i < toks.size() && toks.get(i).kind() == TokenKind.WORD;
        }

        private boolean isPunct(int i, String p) {
            return i >= 0 && i < toks.size() && toks.get(i).kind() == TokenKind.PUNCT
                    && (p == null || toks.get(i).norm().startsWith(p));
        }

        private boolean isQuote(int i) {
            return i >= 0 && i < toks.size() && toks.get(i).kind() == TokenKind.QUOTE;
        }

        private static String entityType(String type, String subtype) {
            if ("PER".equals(type)) {
                return "named_person";
            }
            return "media".equals(subtype) ? "media" : "organization";
        }

        /** Start offset of token i in the original, without proclitics in front of a known word or article. */
        private int cutStart(int i) {
            Token t = toks.get(i);
            int c = lex.cut(t);
            if (c < 0) {
                return t.stemStart();
            }
            int o = t.start();
            int letters = 0;
            while (letters < c && o < t.end()) {
                char ch = text.charAt(o);
                o++;
                if (!(ch >= '\u064B' && ch <= '\u065F') && ch != '\u0640' && ch != '\u0670') {
                    letters++;
                }
            }
            while (o < t.end() && ((text.charAt(o) >= '\u064B' && text.charAt(o) <= '\u065F')
                    || text.charAt(o) == '\u0640')) {
                o++;
            }
            return o;
        }

        private Span span(int a, int b) {
            int s = cutStart(a);
            int e = toks.get(b - 1).end();
            return new Span(Math.min(s, e), e);
        }

        /**
         * Parses a source noun phrase at token j, within {@code [.., end)}. Returns null when no noun
         * phrase starts there (a function word, punctuation, a cue).
         */
        private Np parseNp(int j, int end) {
            int p = j;
            // "الـ" detached from a quoted name ("الـ”بي بي سي”") and opening quotes
            while (p < end && (isQuote(p) || (isWord(p) && "ال".equals(toks.get(p).norm())))) {
                p++;
            }
            if (p >= end || !isWord(p)) {
                return null;
            }
            int start = p;
            String f = fn(p);
            boolean dem = "dem".equals(f);
            if (dem || "quant".equals(f)) {
                p++;
            } else {
                for (String[] mf : lex.multiFunction(toks.get(p))) {
                    if ("quant".equals(mf[1]) && p + 1 < end && ClaimLexicon.wordMatches(mf[0], toks.get(p + 1))) {
                        p += 2;
                        break;
                    }
                }
            }
            if (p >= end || !isWord(p)) {
                return null;
            }
            String pf = fn(p);
            if (pf != null || lex.cue(toks.get(p)) != null && lex.source(toks.get(p)) == null
                    || phraseClass(p, end) != null) {
                return null;
            }
            EntRef e = entAt.get(p);
            if (e != null && e.tokEnd <= end) {
                int q = e.tokEnd;
                if (isQuote(q) && q < end) {
                    q++;
                }
                return new Np(start, e.tokEnd, span(start, e.tokEnd), entityType(e.type, e.subtype), e.id, e.id,
                        true, true, null);
            }
            int[] ae = new int[1];
            ClaimLexicon.Actor actor = actorAt(p, ae);
            ClaimLexicon.SourceWord w = lex.source(toks.get(p));
            if (actor != null && ae[0] <= end && (w == null || ae[0] > p + 1)) {
                int q = ae[0];
                return new Np(start, q, span(start, q), actor.type(), actor.id(), actor.id(), true, true, null);
            }
            if (w != null && !"mod".equals(w.type()) && !"role".equals(w.type())) {
                return lexiconNp(start, p, w, end);
            }
            // unknown head
            if (dem || start != p && start != j) {
                return null;
            }
            boolean def = ClaimLexicon.definite(toks.get(p));
            int q = p + 1;
            if (!def) {
                // a personal name: "لافروف", "محمد الحجازي"
                while (q < end && q < p + 3 && isWord(q) && fn(q) == null && lex.cue(toks.get(q)) == null
                        && lex.source(toks.get(q)) == null && !startsWithPrep(q)) {
                    q++;
                }
            } else {
                while (q < end && q < p + 4 && isWord(q) && ClaimLexicon.definite(toks.get(q)) && nisba(q)) {
                    q++;
                }
            }
            String bareHead = ClaimLexicon.bare(toks.get(p));
            boolean group = bareHead.length() > 4 && (bareHead.startsWith("م") && (bareHead.endsWith("ون")
                    || bareHead.endsWith("ين")) || bareHead.endsWith("ات") || def && (bareHead.endsWith("ين")
                    || bareHead.endsWith("ان")));
            String written = toks.get(p).norm();
            if (!def && written.length() > 3 && (written.charAt(0) == 'و' || written.charAt(0) == 'ف')
                    && (written.charAt(1) == 'ب' || written.charAt(1) == 'ل' || written.startsWith("ال", 1))) {
                return null; // "وباستثناء كندا": a conjunction and preposition start no name
            }
            // a definite singular unknown after a cue is mostly a family name ("قال البيلاوي")
            return new Np(start, q, span(start, q), group ? "anonymous" : "named_person", null,
                    bareHead, false, def, null);
        }

        /** Whether token q looks like a relational adjective (nisba: -ي, -يه, -يون, -يين). */
        private boolean nisba(int q) {
            String f = ClaimLexicon.bare(toks.get(q));
            return f.length() >= 4 && (f.endsWith("ي") || f.endsWith("يه") || f.endsWith("يون") || f.endsWith("يين")
                    || f.endsWith("يا"));
        }

        /**
         * A source phrase headed by a lexicon noun: the head with its adjectives, genitive ("وزارة
         * الدفاع"), a quoted or plain name after a title or outlet noun ("الرئيس باراك أوباما", وكالة
         * “سبوتنيك”), a publisher ("تقرير نشرته وكالة X" is the outlet's claim).
         */
        private Np lexiconNp(int start, int head, ClaimLexicon.SourceWord w, int end) {
            String type = w.type();
            String key = w.key();
            String entity = null;
            ViaLink inner = null;
            boolean headDef = ClaimLexicon.definite(toks.get(head));
            boolean title = "title".equals(type) || "person".equals(type);
            boolean outlet = "media".equals(type) || "organization".equals(type);
            boolean named = false;
            boolean idafa = false;
            boolean quotedName = false;
            boolean openIdafa = false;
            boolean nisbaSeen = false;
            int q = head + 1;
            int limit = Math.min(end, head + 11);
            while (q < limit) {
                if (isQuote(q) || isPunct(q, "(")) {
                    // a quoted name after a generic head: وكالة “سبوتنيك”، حزب "الإتحاد"، الدكتورة «هتون الفاسي»
                    int close = q + 1;
                    while (close < limit && isWord(close)) {
                        close++;
                    }
                    if (!quotedName && close > q + 1 && close < end && (isQuote(close) || isPunct(close, ")"))
                            && close - q <= 5 && (outlet || title)) {
                        int[] ae = new int[1];
                        ClaimLexicon.Actor a = actorAt(q + 1, ae);
                        EntRef e = entAt.get(q + 1);
                        if (e != null) {
                            entity = e.id;
                        } else if (a != null) {
                            entity = a.id();
                        }
                        named = true;
                        quotedName = true;
                        q = close + 1;
                        continue;
                    }
                    break;
                }
                if (!isWord(q)) {
                    break;
                }
                Token t = toks.get(q);
                EntRef e = entAt.get(q);
                if (e != null && !startsWithPrep(q) && !quotedName) {
                    boolean mediaEnt = "media".equals(e.subtype);
                    if (title && "PER".equals(e.type) || "organization".equals(type)
                            || "media".equals(type) && mediaEnt) {
                        entity = e.id;
                        named = true;
                        q = e.tokEnd;
                        continue;
                    }
                    if (q == head + 1 && !"document".equals(type)) {
                        // "محاور الوكالة": an outlet in the genitive of a person is a relay; "إعلام الغرب"
                        if (mediaEnt && !outlet) {
                            inner = new ViaLink(e.span, e.id);
                        }
                        q = e.tokEnd;
                        idafa = true;
                        continue;
                    }
                    break;
                }
                int[] ae = new int[1];
                ClaimLexicon.Actor a = actorAt(q, ae);
                if (a != null && !startsWithPrep(q) && !quotedName) {
                    if ("media".equals(type) && "media".equals(a.type())) {
                        entity = a.id();
                        named = true;
                        q = ae[0];
                        continue;
                    }
                    if ("organization".equals(type) && (q == head + 1 || named)) {
                        // "حكومة دمشق", "قيادة عمليات بغداد"
                        entity = entity == null ? a.id() : entity;
                        idafa |= q == head + 1;
                        q = ae[0];
                        continue;
                    }
                    if (q == head + 1 && !"document".equals(type) && !"media".equals(type)) {
                        // "مسؤولو الحكومة", "مدير المرصد السوري لحقوق الإنسان": a genitive, no name
                        q = ae[0];
                        idafa = true;
                        continue;
                    }
                    break;
                }
                if (fn(q) != null || lex.cue(t) != null && lex.source(t) == null || phraseClass(q, end) != null) {
                    break;
                }
                ClaimLexicon.SourceWord m = lex.source(t);
                boolean defq = ClaimLexicon.definite(t);
                if (title && m != null && "title".equals(m.type()) && !named && q > head + 1) {
                    q++; // "قائد الشرطة الاتحادية الفريق رائد شاكر": a rank before the name
                    continue;
                }
                if (m != null && !"mod".equals(m.type()) && !"role".equals(m.type()) && !headDef && !defq
                        && q == head + 1 && !startsWithPrep(q)) {
                    // "وسائل إعلام", "مكتب رئيس الوزراء": a genitive chain of lexicon nouns
                    idafa = true;
                    openIdafa = true;
                    q++;
                    continue;
                }
                if (openIdafa && defq && !startsWithPrep(q)) {
                    openIdafa = false;
                    q++;
                    continue;
                }
                if (m != null && ("mod".equals(m.type()) || "role".equals(m.type()))) {
                    if ("role".equals(m.type()) && "anonymous".equals(type)) {
                        type = "anonymous_official";
                    }
                    q++;
                    continue;
                }
                boolean def = ClaimLexicon.definite(t);
                if (startsWithPrep(q)) {
                    break;
                }
                if (q == head + 1 && !headDef && def && !idafa) {
                    // genitive: وزارة الدفاع، محاور الوكالة، إعلام الغرب
                    idafa = true;
                    if (m != null && "media".equals(m.type())) {
                        // "محاور الوكالة": the interlocutor of an outlet named before
                        String id = resolveMedia(q, m.key());
                        if (id != null) {
                            inner = new ViaLink(span(q, q + 1), id);
                        }
                    }
                    q++;
                    continue;
                }
                if (!named && def == (headDef || idafa) && nisba(q)) {
                    nisbaSeen = true;
                    q++;
                    continue;
                }
                if (title && !named && !headDef && !def && q == head + 1 && q + 1 < end && isWord(q + 1)
                        && ClaimLexicon.definite(toks.get(q + 1)) && fn(q + 1) == null) {
                    // "رئيس أركان الائتلاف": a genitive chain, not a name
                    idafa = true;
                    openIdafa = true;
                    q++;
                    continue;
                }
                if (!quotedName && m == null && (!def || named)) {
                    if (title && q <= head + 8) {
                        named = true; // "الرئيس باراك أوباما", "وزير الداخلية العراقي محمد سالم الغبان"
                        q++;
                        continue;
                    }
                    if (outlet && !headDef && !idafa && q <= head + 4) {
                        named = true; // "موقع دار الخلافة"
                        q++;
                        continue;
                    }
                }
                if ("document".equals(type) && isPublishVerb(t)) {
                    // تقرير نشرته وكالة سبوتنيك
                    Np pub = parseNp(q + 1, end);
                    if (pub != null && pub.known()) {
                        return new Np(start, pub.end(), span(start, pub.end()), pub.type(), pub.entity(),
                                pub.key(), true, headDef, null);
                    }
                }
                break;
            }
            if ("title".equals(type)) {
                type = named ? "named_person" : "anonymous_official";
            } else if ("person".equals(type)) {
                type = named ? "named_person" : "anonymous";
            }
            boolean known = true;
            if (!headDef && !named && !idafa && !nisbaSeen && start == head && outlet) {
                known = false; // "موقع", "حركة", "موقع بارز" are common nouns; "صحيفة أمريكية" is an outlet
            }
            if (("anonymous".equals(type) || "anonymous_official".equals(type)) && isWord(q) && q + 1 < end
                    && "في".equals(ClaimLexicon.stripConj(toks.get(q).norm()))) {
                // "مصدر في وزارة الداخلية", "مسؤول في قوات البشمركة": the body stays in the source
                Np body = parseNp(q + 1, end);
                if (body != null && body.known() && ("organization".equals(body.type()) || "media".equals(body.type()))) {
                    q = body.end();
                }
            }
            if (entity == null && (outlet || title)) {
                // an actor entity covering a word of the phrase (وزارة الدفاع الروسية)
                for (int k = head; k < q; k++) {
                    EntRef e = entAt.get(k);
                    if (e != null && e.tokEnd <= q && ("organization".equals(type)
                            || "media".equals(type) && "media".equals(e.subtype) || title && "PER".equals(e.type))) {
                        entity = e.id;
                        break;
                    }
                }
            }
            return new Np(start, q, span(start, q), type, entity, key, known, headDef, inner);
        }

        private boolean isPublishVerb(Token t) {
            String f = ClaimLexicon.stripConj(ClaimLexicon.base(t));
            return f.startsWith("نشرت") || f.startsWith("نشره") || f.startsWith("بثه") || f.startsWith("بثت")
                    || f.startsWith("نقله") || f.startsWith("نقلت") || f.startsWith("اصدرت") || f.startsWith("اصدره")
                    || f.startsWith("اعدت") || f.startsWith("اعده") || f.startsWith("اوردت") || f.startsWith("اورده");
        }

        /** A token with a preposition ل or ب in front (a relay "للوكالة" or an adjunct), not a noun of the phrase. */
        private boolean startsWithPrep(int q) {
            String f = ClaimLexicon.stripConj(ClaimLexicon.base(toks.get(q)));
            if (f.length() < 4) {
                return "ل".equals(f);
            }
            if (f.startsWith("لل") || f.startsWith("بال")) {
                return true;
            }
            return lex.knownAfterPrep(f);
        }

        // ---------------------------------------------------------------- relays

        /**
         * Reads relay markers right after a source: "للوكالة", "لـ”سبوتنيك”", "عبر النشرة",
         * "في حديث لـ X", "بحسب وكالة X". Returns the token after the marker (or {@code at}).
         */
        private int readVia(int at, int end, List<ViaLink> via) {
            int q = at;
            if (isPunct(q, ",")) {
                q++;
            }
            if (q >= end) {
                return at;
            }
            String cls = isWord(q) ? phraseClass(q, end) : null;
            if ("via".equals(cls) || ("prep".equals(cls) || "relayprep".equals(cls))) {
                ClaimLexicon.Phrase p = phraseAt(q, end);
                int r = q + p.words().length;
                if (r < end && isWord(r) && isPublishVerb(toks.get(r))) {
                    r++; // "في بيان بثه موقع X"
                }
                Np np = relayNp(r, end);
                if (np != null && ("media".equals(np.type()) || !"prep".equals(cls) && np.entity() != null)) {
                    via.add(new ViaLink(np.span(), np.entity()));
                    int after = np.end();
                    while (after < end && (isQuote(after) || isPunct(after, ")"))) {
                        after++;
                    }
                    if (isPunct(after, ",")) {
                        after++;
                    }
                    return after;
                }
                return at;
            }
            if (isWord(q)) {
                String f = ClaimLexicon.stripConj(ClaimLexicon.base(toks.get(q)));
                boolean prepL = f.startsWith("ل") && startsWithPrep(q);
                if (prepL || "ل".equals(f)) {
                    Np np = relayNp(q, end);
                    if (np != null && "media".equals(np.type())) {
                        via.add(new ViaLink(np.span(), np.entity()));
                        int after = np.end();
                        while (after < end && (isQuote(after) || isPunct(after, ")"))) {
                            after++;
                        }
                        return after;
                    }
                }
            }
            return at;
        }

        /** A relay outlet at q: a named outlet (quoted or not) or an outlet noun resolved to the last one named. */
        private Np relayNp(int q, int end) {
            int p = q;
            if (isWord(p) && "ل".equals(ClaimLexicon.stripConj(toks.get(p).norm()))) {
                p++;
            }
            while (p < end && (isQuote(p) || isPunct(p, "("))) {
                p++;
            }
            if (p >= end || !isWord(p)) {
                return null;
            }
            EntRef e = entAt.get(p);
            if (e != null) {
                return new Np(p, e.tokEnd, e.span, entityType(e.type, e.subtype), e.id, e.id, true, true, null);
            }
            int[] ae = new int[1];
            ClaimLexicon.Actor a = actorAt(p, ae);
            if (a != null) {
                return new Np(p, ae[0], span(p, ae[0]), a.type(), a.id(), a.id(), true, true, null);
            }
            ClaimLexicon.SourceWord w = lex.source(toks.get(p));
            if (w != null && "media".equals(w.type())) {
                Np np = lexiconNp(p, p, w, end);
                String id = np.entity();
                Span sp = np.span();
                if (id == null && np.end() == p + 1) {
                    id = resolveMedia(p, w.key());
                }
                if (id == null) {
                    id = slug(np);
                }
                return new Np(p, np.end(), sp, "media", id, id, true, true, null);
            }
            if (q != p || isQuote(q)) {
                // "عبر "النشرة"", "لـ(عكاظ)": a quoted or bracketed unknown name after a relay marker is an outlet
                int r = p;
                while (r < end && r < p + 3 && isWord(r)) {
                    r++;
                }
                if (!(r < end && (isQuote(r) || isPunct(r, ")"))) && !isQuote(p - 1) && !isPunct(p - 1, "(")) {
                    return null;
                }
                Np np = new Np(p, r, span(p, r), "media", null, null, false, true, null);
                return new Np(p, r, np.span(), "media", slug(np), null, false, true, null);
            }
            return null;
        }

        /** An id for an outlet missing from every list: its normalised name, words joined by '_'. */
        private String slug(Np np) {
            StringBuilder sb = new StringBuilder();
            for (int k = np.start(); k < np.end(); k++) {
                if (isWord(k)) {
                    if (sb.length() > 0) {
                        sb.append('_');
                    }
                    sb.append(ClaimLexicon.bare(toks.get(k)));
                }
            }
            return sb.toString();
        }

        // ---------------------------------------------------------------- claims

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

        private Built newBuilt(Cand c) {
            Built b = new Built();
            b.cue = new Span(cutStart(c.tok), toks.get(c.end - 1).end());
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

        private boolean punctBetween(int a, int b) {
            for (int k = a; k < b; k++) {
                if (toks.get(k).kind() == TokenKind.PUNCT) {
                    return true;
                }
            }
            return false;
        }

        private boolean isPrepComp(int k) {
            String f = ClaimLexicon.stripConj(ClaimLexicon.base(toks.get(k)));
            return f.equals("الي") || f.equals("عن") || f.equals("بالقول");
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
            b.deny = cue.deny() || negated(c.tok, s.firstToken());
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
                q = readVia(q, end, b.via);
                if (isWord(q) && "relayprep".equals(phraseClass(q, end))) {
                    // "أفادت صحيفة حرييت نقلاً عن مسؤولين": the outlet relays the officials
                    Np inner = parseNp(q + phraseAt(q, end).words().length, end);
                    if (inner != null && inner.known()) {
                        List<ViaLink> chain = new ArrayList<>();
                        chain.add(new ViaLink(np.span(), np.entity()));
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
            int quote = "say".equals(c.kind) ? findQuote(q, end, 10) : -1;
            if (quote >= 0 && comp >= 0 && quote < comp) {
                comp = -1; // "قال في بيان “عليهم ... انهم": the quotation comes first
            }
            boolean trailing = false;
            if (comp > q && b.via.isEmpty()) {
                for (int k = q; k < comp && b.via.isEmpty(); k++) {
                    if (isWord(k)) {
                        readVia(k, comp, b.via);
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
            if ("cont".equals(c.kind) && before.isEmpty()) {
                // "ودافع المخرج أوس الشرقي ... قائلاً": the participle continues the clause's subject
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
                    if (clean && (np.end() == k + 1 || hasCommaBetween(np.end(), cueTok) || b.relative)) {
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

        private boolean isConjOnly(int k) {
            String f = toks.get(k).norm();
            return f.equals("و") || f.equals("ف") || f.equals("ثم");
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

        private int wordsBetween(int a, int b) {
            int n = 0;
            for (int k = a; k < b; k++) {
                if (isWord(k) || toks.get(k).kind() == TokenKind.NUMBER) {
                    n++;
                }
            }
            return n;
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

        private boolean isRelativeMa(int q) {
            String f = ClaimLexicon.stripConj(ClaimLexicon.base(toks.get(q)));
            return f.equals("ما") || f.equals("لما") || f.equals("مما");
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
                    b.entity = e.id;
                    b.type = entityType(e.type, e.subtype);
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
                if (close > a + 1) {
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
}
