package org.isnad.arabic.narrative;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.arabic.event.Stems;
import org.isnad.arabic.narrative.NarrativeCatalogue.Cue;
import org.isnad.arabic.narrative.NarrativeCatalogue.CueWord;
import org.isnad.arabic.narrative.NarrativeCatalogue.Definition;
import org.isnad.arabic.narrative.NarrativeCatalogue.EventCue;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Document;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Event;
import org.isnad.core.model.Layer;
import org.isnad.core.model.Mention;
import org.isnad.core.model.Narrative;
import org.isnad.core.model.Sentence;
import org.isnad.core.model.Span;
import org.isnad.core.model.Token;
import org.isnad.core.pipeline.Annotator;

/**
 * Labels a document with the narratives of a catalogue ({@link NarrativeCatalogue}) and writes
 * {@link Layer#NARRATIVES}.
 *
 * <p>Contract: requires TOKENS, SENTENCES and ENTITIES; reads EVENTS and CLAIMS when present. Each
 * sentence gets a score per narrative: the weights of the cues it matches (each once) plus the
 * weights of its non-negated events that fit the narrative's event conditions; the score is 0 when
 * one of the narrative's actor groups has neither an entity mentioned (or an event argument) nor one of
 * its words in the sentence, or when the sentence lies in a denied claim. A document carries a narrative when a sentence reaches the narrative's
 * threshold; the evidence is every such sentence. Scores are available through {@link #scores}.
 * The catalogue is loaded and indexed once; no per-document state: thread-safe.
 */
public final class NarrativeAnnotator implements Annotator {

    private final NarrativeCatalogue catalogue;
    /** Cues by the exact bare stem of their first word: narrative index and cue. */
    private final Map<String, List<Ref>> exact = new HashMap<>();
    /** Cues whose first word is a prefix, by that prefix. */
    private final Map<String, List<Ref>> prefix = new HashMap<>();
    private final int maxPrefix;

    private record Ref(int narrative, int cue, Cue c) {}

    /** The default catalogue shipped with isnad. */
    public NarrativeAnnotator() {
        this(NarrativeCatalogue.loadDefault());
    }

    /** A user catalogue (YAML in the form of the default one) read from {@code catalogue}. */
    public NarrativeAnnotator(Path catalogue) {
        this(NarrativeCatalogue.load(catalogue));
    }

    public NarrativeAnnotator(NarrativeCatalogue catalogue) {
        this.catalogue = catalogue;
        int mp = 0;
        List<Definition> ns = catalogue.narratives();
        for (int i = 0; i < ns.size(); i++) {
            List<Cue> cues = ns.get(i).cues();
            for (int j = 0; j < cues.size(); j++) {
                CueWord w = cues.get(j).words().get(0);
                Ref r = new Ref(i, j, cues.get(j));
                (w.prefix() ? prefix : exact).computeIfAbsent(w.stem(), k -> new ArrayList<>()).add(r);
                if (w.prefix()) {
                    mp = Math.max(mp, w.stem().length());
                }
            }
        }
        this.maxPrefix = mp;
    }

    public NarrativeCatalogue catalogue() {
        return catalogue;
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layer.NARRATIVES);
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.ENTITIES);
    }

    @Override
    public Document annotate(Document doc) {
        double[][] sc = sentenceScores(doc);
        List<Sentence> sents = doc.sentences();
        List<Definition> ns = catalogue.narratives();
        List<Narrative> out = new ArrayList<>();
        for (int n = 0; n < ns.size(); n++) {
            List<Span> evidence = new ArrayList<>();
            double best = 0;
            for (int s = 0; s < sents.size(); s++) {
                if (sc[s][n] >= ns.get(n).threshold() && sc[s][n] > 0) {
                    evidence.add(sents.get(s).span());
                    best = Math.max(best, sc[s][n]);
                }
            }
            if (!evidence.isEmpty()) {
                out.add(new Narrative(ns.get(n).id(), best, evidence));
            }
        }
        return doc.with(Layer.NARRATIVES, out);
    }

    /** The best sentence score of each narrative in an annotated document (catalogue order). */
    public Map<String, Double> scores(Document doc) {
        double[][] sc = sentenceScores(doc);
        Map<String, Double> out = new LinkedHashMap<>();
        List<Definition> ns = catalogue.narratives();
        for (int n = 0; n < ns.size(); n++) {
            double best = 0;
            for (double[] row : sc) {
                best = Math.max(best, row[n]);
            }
            out.put(ns.get(n).id(), best);
        }
        return out;
    }

    private double[][] sentenceScores(Document doc) {
        List<Token> toks = doc.tokens();
        List<Sentence> sents = doc.sentences();
        List<Definition> ns = catalogue.narratives();
        double[][] sc = new double[sents.size()][ns.size()];
        String[] bare = new String[toks.size()];
        // each token's stems without an enclitic, cut once: cue and gate words test them per cue
        String[][] cut = new String[toks.size()][];
        for (int i = 0; i < bare.length; i++) {
            bare[i] = Stems.bare(toks.get(i));
            cut[i] = Stems.withoutEnclitic(bare[i]);
        }
        List<Event> events = doc.getOr(Layer.EVENTS, List.of());
        List<Claim> claims = doc.getOr(Layer.CLAIMS, List.of());
        List<Span> mentionSpans = new ArrayList<>();
        List<String> mentionIds = new ArrayList<>();
        for (Entity e : doc.getOr(Layer.ENTITIES, List.of())) {
            for (Mention m : e.mentions()) {
                mentionSpans.add(m.span());
                mentionIds.add(e.id());
            }
        }
        for (int s = 0; s < sents.size(); s++) {
            Sentence sent = sents.get(s);
            if (denied(claims, sent.span())) {
                continue;
            }
            Set<String> present = new HashSet<>();
            for (int m = 0; m < mentionSpans.size(); m++) {
                if (sent.span().contains(mentionSpans.get(m))) {
                    present.add(mentionIds.get(m));
                }
            }
            List<Event> sev = new ArrayList<>();
            for (Event e : events) {
                if (sent.span().contains(e.trigger()) && !e.negated()) {
                    sev.add(e);
                    if (e.actor() != null) {
                        present.add(e.actor());
                    }
                    if (e.target() != null) {
                        present.add(e.target());
                    }
                }
            }
            Set<Long> seen = new HashSet<>();
            for (int i = sent.firstToken(); i < sent.endToken(); i++) {
                for (Ref r : candidates(bare[i], cut[i])) {
                    long key = ((long) r.narrative << 32) | r.cue;
                    if (!seen.contains(key) && matches(r.c, bare, cut, i, sent.endToken())) {
                        seen.add(key);
                        sc[s][r.narrative] += r.c.weight();
                    }
                }
            }
            for (int n = 0; n < ns.size(); n++) {
                Definition d = ns.get(n);
                for (EventCue ec : d.events()) {
                    for (Event e : sev) {
                        if (e.type().equals(ec.type()) && fits(ec.actors(), e.actor()) && fits(ec.targets(), e.target())) {
                            sc[s][n] += ec.weight();
                            break;
                        }
                    }
                }
                // Gates only matter for a sentence with evidence (and word gates cost a scan).
                for (NarrativeCatalogue.ActorGroup group : sc[s][n] > 0 ? d.actors() : List.<NarrativeCatalogue.ActorGroup>of()) {
                    if (!intersects(group.ids(), present) && !anyWord(group.words(), bare, cut, sent)) {
                        sc[s][n] = 0;
                        break;
                    }
                }
            }
        }
        return sc;
    }

    /** Cues whose first word matches bare stem {@code b}; {@code cut} = its stems without an enclitic. */
    private List<Ref> candidates(String b, String[] cut) {
        List<Ref> out = null;
        List<Ref> e = exact.get(b);
        if (e != null) {
            out = new ArrayList<>(e);
        }
        for (String c : cut) {
            List<Ref> x = exact.get(c);
            if (x != null) {
                out = out == null ? new ArrayList<>() : out;
                out.addAll(x);
            }
        }
        if (!prefix.isEmpty()) {
            for (int len = 2; len <= Math.min(maxPrefix, b.length()); len++) {
                List<Ref> x = prefix.get(b.substring(0, len));
                if (x != null) {
                    out = out == null ? new ArrayList<>() : out;
                    out.addAll(x);
                }
            }
        }
        return out == null ? List.of() : out;
    }

    /** Whether the cue's words follow from token {@code i} (whose first word already matched). */
    private static boolean matches(Cue c, String[] bare, String[][] cut, int i, int end) {
        return matchFrom(c.words(), 1, bare, cut, i + 1, end);
    }

    private static boolean matchFrom(List<CueWord> words, int w, String[] bare, String[][] cut, int pos, int end) {
        if (w == words.size()) {
            return true;
        }
        CueWord cw = words.get(w);
        for (int k = pos; k <= pos + cw.gap() && k < end; k++) {
            if (wordMatches(cw, bare[k], cut[k]) && matchFrom(words, w + 1, bare, cut, k + 1, end)) {
                return true;
            }
        }
        return false;
    }

    /** Whether bare stem {@code b} (with {@code cut}, its stems without an enclitic) matches cue word {@code w}. */
    private static boolean wordMatches(CueWord w, String b, String[] cut) {
        if (w.prefix()) {
            return b.startsWith(w.stem());
        }
        if (b.equals(w.stem())) {
            return true;
        }
        for (String c : cut) {
            if (c.equals(w.stem())) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyWord(List<Cue> cues, String[] bare, String[][] cut, Sentence sent) {
        if (cues.isEmpty()) {
            return false;
        }
        for (int i = sent.firstToken(); i < sent.endToken(); i++) {
            for (Cue c : cues) {
                if (wordMatches(c.words().get(0), bare[i], cut[i]) && matches(c, bare, cut, i, sent.endToken())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean fits(Set<String> allowed, String id) {
        return allowed.isEmpty() || (id != null && allowed.contains(id));
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** A sentence reported inside a denied claim does not carry a storyline approvingly. */
    private static boolean denied(List<Claim> claims, Span sentence) {
        for (Claim c : claims) {
            if (c.deny() && c.content() != null && c.content().overlap(sentence) * 2 > sentence.length()) {
                return true;
            }
        }
        return false;
    }
}
