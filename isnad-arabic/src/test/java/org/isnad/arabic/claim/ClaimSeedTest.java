package org.isnad.arabic.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.isnad.arabic.SharedData;
import org.isnad.arabic.text.TextAnnotator;
import org.isnad.core.eval.Scorer;
import org.isnad.core.eval.Scores;
import org.isnad.core.json.DocumentJson;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Document;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Layer;
import org.isnad.core.model.Mention;
import org.isnad.core.model.MentionKind;
import org.isnad.core.model.Span;
import org.isnad.core.model.Token;
import org.isnad.core.model.TokenKind;
import org.junit.jupiter.api.Test;

/**
 * Claims on the seed articles against their gold files, scored by the project scorer, printing
 * precision, recall, F1 and, over matched claims, source / type / via / polarity accuracy. The floors
 * are what the annotator reaches today; the targets are F1 0.80, type 0.85, via 0.80,
 * polarity 0.95.
 * {@code -Dclaims.dump=true} prints every system claim.
 */
class ClaimSeedTest {

    @Test
    void seedClaimsAgainstGold() throws Exception {
        Scores sc = score(false, false);
        Scores.Prf p = sc.prf().get("claims");
        Map<String, Double> r = sc.ratios();
        // floors: what the annotator reaches on the seeds today (targets 0.80 / 0.85 / 0.80 / 0.95)
        assertTrue(p.f1() >= 0.93, "claims F1 " + p.f1());
        assertTrue(r.get("c_source") >= 0.90, "source " + r.get("c_source"));
        assertTrue(r.get("c_type") >= 0.95, "source type " + r.get("c_type"));
        assertTrue(r.get("c_via") >= 0.95, "via " + r.get("c_via"));
        assertTrue(r.get("c_pol") >= 0.95, "polarity " + r.get("c_pol"));
    }

    /**
     * The same with an ENTITIES layer built from the gold entities, standing in for the actor
     * annotators: checks that the annotator reads actors (source entity, typing, relays) without losing
     * anything.
     */
    @Test
    void seedClaimsWithActorLayer() throws Exception {
        Scores sc = score(true, false);
        Scores.Prf p = sc.prf().get("claims");
        Map<String, Double> r = sc.ratios();
        assertTrue(p.f1() >= 0.93, "claims F1 " + p.f1());
        assertTrue(r.get("c_type") >= 0.95, "source type " + r.get("c_type"));
        assertTrue(r.get("c_via") >= 0.95, "via " + r.get("c_via"));
    }

    /**
     * The same with tokens whose proclitics are cut (as the segmenter being written will do): a naive
     * cut of و/ف and of ب/ل/ك before the article, enough to check that the annotator reads
     * {@link Token#stem()} and {@link Token#stemStart()} and loses nothing.
     */
    @Test
    void seedClaimsWithSegmentedTokens() throws Exception {
        Scores sc = score(false, true);
        Scores.Prf p = sc.prf().get("claims");
        Map<String, Double> r = sc.ratios();
        assertTrue(p.f1() >= 0.93, "claims F1 " + p.f1());
        assertTrue(r.get("c_type") >= 0.95, "source type " + r.get("c_type"));
        assertTrue(r.get("c_via") >= 0.95, "via " + r.get("c_via"));
    }

    private static Token naiveSegment(Token t, String text) {
        if (t.kind() != TokenKind.WORD || t.norm().length() < 4) {
            return t;
        }
        String n = t.norm();
        int cut = 0;
        if (n.charAt(0) == 'و' || n.charAt(0) == 'ف') {
            cut = 1;
        }
        String rest = n.substring(cut);
        if (rest.length() > 4 && (rest.startsWith("بال") || rest.startsWith("كال") || rest.startsWith("لل"))) {
            cut++;
        }
        if (cut == 0) {
            return t;
        }
        int o = t.start();
        for (int letters = 0; letters < cut && o < t.end(); o++) {
            char c = text.charAt(o);
            if (!(c >= '\u064B' && c <= '\u065F')) {
                letters++;
            }
        }
        boolean article = n.startsWith("ال", cut) || n.startsWith("ل", cut) && n.charAt(cut - 1) == 'ل';
        return t.withClitics(o, n.substring(0, cut), article);
    }

    private static List<Entity> goldEntities(JsonNode g) {
        List<Entity> out = new java.util.ArrayList<>();
        for (JsonNode e : g.get("entities")) {
            List<Mention> ms = new java.util.ArrayList<>();
            for (JsonNode m : e.get("mentions")) {
                ms.add(new Mention(new Span(m.get("start").asInt(), m.get("end").asInt()),
                        MentionKind.valueOf(m.get("kind").asText().toUpperCase(Locale.ROOT))));
            }
            out.add(new Entity(e.get("id").asText(), e.get("type").asText(),
                    e.get("subtype").isNull() ? null : e.get("subtype").asText(), null, null, ms));
        }
        return out;
    }

    private Scores score(boolean actors, boolean segmented) throws Exception {
        assumeTrue(SharedData.present(), SharedData.ABSENT);
        TextAnnotator text = new TextAnnotator();
        ClaimAnnotator claims = new ClaimAnnotator();
        ObjectMapper om = new ObjectMapper();
        Map<String, JsonNode> gold = new LinkedHashMap<>();
        Map<String, JsonNode> sys = new LinkedHashMap<>();
        boolean dump = Boolean.getBoolean("claims.dump");
        List<Path> files;
        try (var s = Files.list(SharedData.path("gold/seeds"))) {
            files = s.sorted().toList();
        }
        for (Path g : files) {
            String name = g.getFileName().toString().replace(".json", ".txt");
            JsonNode gj = om.readTree(g.toFile());
            Document t = text.annotate(Document.of(name, Files.readString(SharedData.path("corpus/seeds/" + name))));
            if (segmented) {
                String txt = t.text();
                t = t.with(Layer.TOKENS, t.get(Layer.TOKENS).stream().map(k -> naiveSegment(k, txt)).toList());
            }
            Document d = claims.annotate(actors ? t.with(Layer.ENTITIES, goldEntities(gj)) : t);
            gold.put(name, gj);
            sys.put(name, DocumentJson.toJson(d));
            if (dump) {
                System.out.println("===== " + name);
                for (Claim c : d.get(Layer.CLAIMS)) {
                    System.out.printf(Locale.ROOT, "%s | CUE %s | SRC %s | %s %s | %s | VIA %s | %s%s%s%n    CONTENT: %s%n",
                            c.id(), d.text(c.cue()), c.source() == null ? null : d.text(c.source()), c.sourceEntity(),
                            c.sourceText(), c.sourceType(),
                            c.via().stream().map(v -> (v.span() == null ? "-" : d.text(v.span())) + "/" + v.entity()).toList(),
                            c.deny() ? "deny" : "affirm", c.hedged() ? " H" : "", c.directQuote() ? " Q" : "",
                            d.text(c.content()).replace('\n', ' '));
                }
            }
        }
        Scores sc = Scorer.score(gold, sys);
        Scores.Prf p = sc.prf().get("claims");
        Map<String, Double> r = sc.ratios();
        System.out.printf(Locale.ROOT, (actors ? "with actors: " : segmented ? "segmented: " : "") + "claims P=%.3f R=%.3f F1=%.3f (tp=%d sys=%d gold=%d) source=%s type=%s via=%s polarity=%s%n",
                p.p(), p.r(), p.f1(), p.tp(), p.sys(), p.gold(), r.get("c_source"), r.get("c_type"), r.get("c_via"),
                r.get("c_pol"));
        return sc;
    }
}
