package org.isnad.arabic.narrative;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.arabic.event.Stems;
import org.isnad.arabic.text.ArabicNormalizer;
import org.isnad.arabic.text.ProcliticSegmenter;
import org.isnad.core.model.Span;
import org.isnad.core.model.Token;
import org.isnad.core.model.TokenKind;

/**
 * A narrative catalogue read from YAML in the form of the gold {@code narratives.yaml} (id, en, ar)
 * with optional {@code threshold}, {@code cues}, {@code actors}, {@code events} and
 * {@code examples}; the format is documented at the top of the default catalogue
 * {@code isnad/ar/narrative/narratives.yaml}. Cue words are reduced to the bare stems the matcher
 * compares (normalised, proclitics and article cut). Immutable once loaded.
 */
public final class NarrativeCatalogue {

    public static final String DEFAULT = "isnad/ar/narrative/narratives.yaml";
    private static final double DEFAULT_THRESHOLD = 2.0;
    /** Weight of each content word of {@code ar}/{@code examples} for a narrative without cues. */
    private static final double FALLBACK_WEIGHT = 0.5;

    /** One word of a cue: a bare stem, or a stem prefix; {@code gap} words may precede it. */
    public record CueWord(String stem, boolean prefix, int gap) {}

    public record Cue(List<CueWord> words, double weight) {}

    /** An event condition: type, allowed actor and target ids (empty = any), weight. */
    public record EventCue(String type, Set<String> actors, Set<String> targets, double weight) {}

    /**
     * One required group: the sentence needs one of these entity ids mentioned, or one of these words
     * (entries written in Arabic are cue words or phrases, so that "إرهاب*" can stand in for an unnamed
     * group and "النظام السوري" for the government rather than the country as a place).
     */
    public record ActorGroup(Set<String> ids, List<Cue> words) {}

    public record Definition(String id, String en, String ar, double threshold, List<Cue> cues,
                             List<ActorGroup> actors, List<EventCue> events, List<String> examples) {}

    private final List<Definition> narratives;

    private NarrativeCatalogue(List<Definition> narratives) {
        this.narratives = List.copyOf(narratives);
    }

    public List<Definition> narratives() {
        return narratives;
    }

    /** The catalogue shipped with isnad. */
    public static NarrativeCatalogue loadDefault() {
        try (InputStream in = NarrativeCatalogue.class.getClassLoader().getResourceAsStream(DEFAULT)) {
            if (in == null) {
                throw new IllegalStateException("missing resource on the classpath: " + DEFAULT);
            }
            return parse(YAML.readTree(in), DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT, e);
        }
    }

    /** A user catalogue from a YAML file. */
    public static NarrativeCatalogue load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(YAML.readTree(in), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read narrative catalogue " + file, e);
        }
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static NarrativeCatalogue parse(JsonNode root, String where) {
        if (root == null || !root.path("narratives").isArray()) {
            throw new IllegalArgumentException(where + ": expected a top-level 'narratives' list");
        }
        double global = root.path("threshold").asDouble(DEFAULT_THRESHOLD);
        List<Definition> out = new ArrayList<>();
        for (JsonNode n : root.get("narratives")) {
            String id = n.path("id").asText(null);
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException(where + ": a narrative without id");
            }
            List<Cue> cues = new ArrayList<>();
            for (JsonNode c : n.path("cues")) {
                String text = c.isTextual() ? c.asText() : c.path("text").asText("");
                double w = c.isTextual() ? 1.0 : c.path("weight").asDouble(1.0);
                Cue cue = cue(text, w);
                if (cue != null) {
                    cues.add(cue);
                }
            }
            List<ActorGroup> actors = new ArrayList<>();
            for (JsonNode g : n.path("actors")) {
                Set<String> ids = new HashSet<>();
                List<Cue> words = new ArrayList<>();
                for (JsonNode x : g.isArray() ? g : List.of(g)) {
                    String v = x.asText().strip();
                    if (v.chars().anyMatch(ch -> ch > 0x7F)) {
                        Cue c = cue(v, 1);
                        if (c != null) {
                            words.add(c);
                        }
                    } else {
                        ids.add(v);
                    }
                }
                actors.add(new ActorGroup(Set.copyOf(ids), List.copyOf(words)));
            }
            List<EventCue> events = new ArrayList<>();
            for (JsonNode e : n.path("events")) {
                events.add(new EventCue(e.path("type").asText(), ids(e.path("actor")), ids(e.path("target")),
                        e.path("weight").asDouble(1.0)));
            }
            List<String> examples = new ArrayList<>();
            n.path("examples").forEach(x -> examples.add(x.asText()));
            String ar = n.path("ar").asText("");
            if (cues.isEmpty() && events.isEmpty()) {
                // A narrative defined only by its description: its content words are weak cues.
                List<String> texts = new ArrayList<>(examples);
                texts.add(ar);
                Set<String> seen = new HashSet<>();
                for (String t : texts) {
                    for (String w : t.split("[\\s\\p{Punct}،؛]+")) {
                        Cue cue = cue(w, FALLBACK_WEIGHT);
                        if (cue != null && cue.words().get(0).stem().length() >= 3
                                && seen.add(cue.words().get(0).stem())) {
                            cues.add(cue);
                        }
                    }
                }
            }
            out.add(new Definition(id, n.path("en").asText(""), ar, n.path("threshold").asDouble(global),
                    List.copyOf(cues), List.copyOf(actors), List.copyOf(events), List.copyOf(examples)));
        }
        return new NarrativeCatalogue(out);
    }

    private static Set<String> ids(JsonNode n) {
        Set<String> s = new HashSet<>();
        if (n.isArray()) {
            n.forEach(x -> s.add(x.asText()));
        } else if (n.isTextual()) {
            s.add(n.asText());
        }
        return Set.copyOf(s);
    }

    /** Parses a cue phrase into bare stems; "..." allows a gap of up to three words. */
    static Cue cue(String text, double weight) {
        List<CueWord> words = new ArrayList<>();
        int gap = 0;
        for (String w : text.strip().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (w.equals("...") || w.equals("…")) {
                gap = 3;
                continue;
            }
            boolean prefix = w.endsWith("*");
            String s = bareWord(prefix ? w.substring(0, w.length() - 1) : w);
            if (s.isEmpty()) {
                continue;
            }
            words.add(new CueWord(s, prefix, gap));
            gap = 0;
        }
        return words.isEmpty() ? null : new Cue(List.copyOf(words), weight);
    }

    /** A written word reduced the way document tokens are: normalised, proclitics and article cut. */
    static String bareWord(String w) {
        String n = ArabicNormalizer.normalize(w);
        if (n.isEmpty()) {
            return n;
        }
        Token t = ProcliticSegmenter.load().segment(new Token(new Span(0, n.length()), n, TokenKind.WORD), n);
        return Stems.bare(t);
    }
}
