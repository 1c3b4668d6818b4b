package org.isnad.arabic.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.core.model.Document;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Layer;
import org.isnad.core.model.Mention;
import org.isnad.core.model.Sentence;
import org.isnad.core.model.Span;
import org.isnad.core.model.Token;
import org.isnad.core.model.TokenKind;
import org.isnad.core.model.ViaLink;

/**
 * Reads one document's tokens for the claim annotator: word classes from the lexicons, phrases,
 * actors (the ENTITIES layer when present, else the fallback list), outlets named so far, and the
 * source and relay noun phrases. One instance per document; not shared between threads.
 */
abstract class PhraseReader {

    /** An entity mention mapped onto tokens {@code [tokStart, tokEnd)}. */
    record EntRef(int tokStart, int tokEnd, Span span, String id, String type, String subtype) {}

    /**
     * A source or relay noun phrase over tokens {@code [start, end)}: its type, entity id (or null),
     * a key grouping mentions of the same source ("مصدر" for المصدر / مصادر), whether its head is a
     * known source word, actor or entity, and an outlet inside it ("محاور الوكالة").
     */
    record Np(int start, int end, Span span, String type, String entity, String key, boolean known,
              boolean definite, ViaLink innerVia) {}

    final ClaimLexicon lex;
    final Document doc;
    final String text;
    final List<Token> toks;
    final List<Sentence> sents;
    final Map<Integer, EntRef> entAt = new HashMap<>();
    // outlets named in the document, in text order: token index, id, head noun ("وكاله") or null
    private final List<Integer> mediaTokens = new ArrayList<>();
    private final List<String> mediaIds = new ArrayList<>();
    private final List<String> mediaHeads = new ArrayList<>();

    PhraseReader(ClaimLexicon lex, Document doc) {
        this.lex = lex;
        this.doc = doc;
        this.text = doc.text();
        this.toks = doc.tokens();
        this.sents = doc.sentences();
        indexEntities(doc.getOr(Layer.ENTITIES, List.of()));
        indexMedia();
    }

    void indexEntities(List<Entity> entities) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                int a = tokenAt(m.span().start());
                int b = tokenAt(Math.max(m.span().start(), m.span().end() - 1));
                if (a < 0 || b < 0) {
                    continue;
                }
                EntRef r = new EntRef(a, b + 1, m.span(), e.id(), e.type(), e.subtype());
                entAt.merge(a, r, (x, y) -> x.tokEnd >= y.tokEnd ? x : y);
            }
        }
    }

    /** Index of the token containing original offset {@code o}, or -1. */
    int tokenAt(int o) {
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
    void indexMedia() {
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

    void addMedia(int i, String id, String head) {
        mediaTokens.add(i);
        mediaIds.add(id);
        mediaHeads.add(head);
    }

    /** The media head noun key of a token ("وكاله") or null. */
    String headOf(Token t) {
        ClaimLexicon.SourceWord w = lex.source(t);
        return w != null && "media".equals(w.type()) ? w.key() : null;
    }

    /** Resolves an anaphoric outlet noun at token i ("الوكالة") to the last outlet of that kind. */
    String resolveMedia(int i, String headKey) {
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

    ClaimLexicon.Phrase phraseAt(int i, int end) {
        for (ClaimLexicon.Phrase p : lex.phrases(toks.get(i))) {
            if (matchWords(p.words(), i, end)) {
                return p;
            }
        }
        return null;
    }

    boolean matchWords(String[] words, int i, int end) {
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
    String phraseClassEndingAt(int k) {
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

    String phraseClass(int i, int end) {
        ClaimLexicon.Phrase p = phraseAt(i, end);
        return p == null ? null : p.cls();
    }

    /** Longest fallback actor name starting at token i (quotes inside names are not allowed). */
    ClaimLexicon.Actor actorAt(int i, int[] end) {
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

    String fn(int i) {
        return i < 0 || i >= toks.size() ? null : lex.function(toks.get(i));
    }

    boolean isWord(int i) {
        return i >= 0 && i < toks.size() && toks.get(i).kind() == TokenKind.WORD;
    }

    boolean isPunct(int i, String p) {
        return i >= 0 && i < toks.size() && toks.get(i).kind() == TokenKind.PUNCT
                && (p == null || toks.get(i).norm().startsWith(p));
    }

    boolean isQuote(int i) {
        return i >= 0 && i < toks.size() && toks.get(i).kind() == TokenKind.QUOTE;
    }

    static String entityType(String type, String subtype) {
        if ("PER".equals(type)) {
            return "named_person";
        }
        return "media".equals(subtype) ? "media" : "organization";
    }

    /** Start offset of token i in the original, without proclitics in front of a known word or article. */
    int cutStart(int i) {
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

    Span span(int a, int b) {
        int s = cutStart(a);
        int e = toks.get(b - 1).end();
        return new Span(Math.min(s, e), e);
    }

    /**
     * Parses a source noun phrase at token j, within {@code [.., end)}. Returns null when no noun
     * phrase starts there (a function word, punctuation, a cue).
     */
    Np parseNp(int j, int end) {
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
        if (!def && (hasTanwinFath(p) || lex.functionAfterPrep(toks.get(p))
                || bareHead.length() >= 5 && bareHead.startsWith("م") && bareHead.endsWith("ا"))) {
            return null; // "مقالاً", "مدافعا" (an accusative), "بما": no name
        }
        if (!def && (bareHead.endsWith("ته") || bareHead.endsWith("ها") || bareHead.endsWith("هم")
                || bareHead.endsWith("هما"))) {
            return null; // "أعلن مسؤوليته": a noun with a possessive pronoun is no name
        }
        // a definite unknown after a cue: a nisba is mostly a family name ("قال البيلاوي"), a -iyya
        // noun a body ("المنسقية"), anything else a common noun
        String type;
        if (group) {
            type = "anonymous";
        } else if (!def || bareHead.endsWith("ي")) {
            type = "named_person";
        } else if (bareHead.endsWith("يه")) {
            type = "organization";
        } else {
            type = "anonymous";
        }
        return new Np(start, q, span(start, q), type, null, bareHead, false, def, null);
    }

    /** Whether token q looks like a relational adjective (nisba: -ي, -يه, -يون, -يين). */
    /** Whether the token is written with tanwin al-fath (U+064B), the mark of an accusative. */
    boolean hasTanwinFath(int q) {
        Token t = toks.get(q);
        for (int o = t.start(); o < t.end(); o++) {
            if (text.charAt(o) == '\u064B') {
                return true;
            }
        }
        return false;
    }

    boolean nisba(int q) {
        String f = ClaimLexicon.bare(toks.get(q));
        return f.length() >= 4 && (f.endsWith("ي") || f.endsWith("يه") || f.endsWith("يون") || f.endsWith("يين")
                || f.endsWith("يا"));
    }

    /**
     * A source phrase headed by a lexicon noun: the head with its adjectives, genitive ("وزارة
     * الدفاع"), a quoted or plain name after a title or outlet noun ("الرئيس باراك أوباما", وكالة
     * “سبوتنيك”), a publisher ("تقرير نشرته وكالة X" is the outlet's claim).
     */
    Np lexiconNp(int start, int head, ClaimLexicon.SourceWord w, int end) {
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

    boolean isPublishVerb(Token t) {
        String f = ClaimLexicon.stripConj(ClaimLexicon.base(t));
        return f.startsWith("نشرت") || f.startsWith("نشره") || f.startsWith("بثه") || f.startsWith("بثت")
                || f.startsWith("نقله") || f.startsWith("نقلت") || f.startsWith("اصدرت") || f.startsWith("اصدره")
                || f.startsWith("اعدت") || f.startsWith("اعده") || f.startsWith("اوردت") || f.startsWith("اورده");
    }

    /** A token with a preposition ل or ب in front (a relay "للوكالة" or an adjunct), not a noun of the phrase. */
    boolean startsWithPrep(int q) {
        Token t = toks.get(q);
        String pre = t.prefixes();
        if (!pre.isEmpty()) {
            char last = pre.charAt(pre.length() - 1);
            if (last == 'ب' || last == 'ل' || last == 'ك') {
                return true; // cut by the tokenizer
            }
        }
        String f = ClaimLexicon.stripConj(ClaimLexicon.base(t));
        if (f.length() < 4) {
            return "ل".equals(f);
        }
        if (f.startsWith("لل") || f.startsWith("بال")) {
            return true;
        }
        return lex.knownAfterPrep(f);
    }

    /**
     * Reads relay markers right after a source: "للوكالة", "لـ”سبوتنيك”", "عبر النشرة",
     * "في حديث لـ X", "بحسب وكالة X". Returns the token after the marker (or {@code at}).
     */
    int readVia(int at, int end, List<ViaLink> via) {
        int q = at;
        if (isPunct(q, ",")) {
            q++;
        }
        while (q < end && "skip".equals(fn(q))) {
            q++; // "، الخميس الماضي، بحسب موقع X"
        }
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
            // the ل may still be in the word or already cut off by the segmenter ("لوكالة" = ل + وكالة)
            boolean prepL = (f.startsWith("ل") || toks.get(q).prefixes().endsWith("ل")) && startsWithPrep(q);
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
    Np relayNp(int q, int end) {
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
            if (id == null && np.end() == p + 1 && ClaimLexicon.bare(toks.get(p)).equals(w.key())) {
                id = resolveMedia(p, w.key()); // "الوكالة", not the plural "الصحف"
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
    String slug(Np np) {
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

    boolean punctBetween(int a, int b) {
        for (int k = a; k < b; k++) {
            if (toks.get(k).kind() == TokenKind.PUNCT) {
                return true;
            }
        }
        return false;
    }

    boolean isPrepComp(int k) {
        String f = ClaimLexicon.stripConj(ClaimLexicon.base(toks.get(k)));
        return f.equals("الي") || f.equals("عن") || f.equals("بالقول");
    }

    boolean isConjOnly(int k) {
        String f = toks.get(k).norm();
        return f.equals("و") || f.equals("ف") || f.equals("ثم");
    }

    int wordsBetween(int a, int b) {
        int n = 0;
        for (int k = a; k < b; k++) {
            if (isWord(k) || toks.get(k).kind() == TokenKind.NUMBER) {
                n++;
            }
        }
        return n;
    }

    boolean isRelativeMa(int q) {
        String f = ClaimLexicon.stripConj(ClaimLexicon.base(toks.get(q)));
        return f.equals("ما") || f.equals("لما") || f.equals("مما");
    }
}
