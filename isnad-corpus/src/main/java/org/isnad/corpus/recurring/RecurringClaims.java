package org.isnad.corpus.recurring;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.isnad.core.json.DocumentJson;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Document;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Layer;
import org.isnad.core.model.Mention;
import org.isnad.core.model.Span;
import org.isnad.core.model.Token;
import org.isnad.core.model.TokenKind;

/**
 * Groups claims from different articles that say the same thing: the same or paraphrased content
 * about the same actors. Two claims are linked when they come from different documents and either
 * their content words (token stems, proclitics removed, words of at least {@value #MIN_WORD}
 * letters) overlap with Jaccard similarity at least {@code minSimilarity}, or they overlap at least
 * {@code minSimilarity / 2} and name at least two of the same actors. Clusters are the connected
 * groups of linked claims, split so that every claim is linked to its cluster's first appearance. Candidates come from an inverted index of content words, skipping words
 * found in more than {@value #MAX_SHARE} of all claims (and in more than {@value #MIN_POSTING}), and comparing each claim
 * with at most {@value #MAX_CANDIDATES} later ones, found through its rarest words first, so the cost grows with the number
 * of claims, not with all pairs.
 */
public final class RecurringClaims {
    static final int MIN_WORD = 3;
    static final double MAX_SHARE = 0.05;
    static final int MIN_POSTING = 100;
    /**
     * Most later claims compared with one claim. Reached only when thousands of claims share its words
     * (a report copied over and over): its copies still join one cluster, each linked to the next ones.
     */
    static final int MAX_CANDIDATES = 1000;
    /** Claims with fewer content words are too short to compare. */
    static final int MIN_WORDS = 4;

    private final double minSimilarity;

    public RecurringClaims(double minSimilarity) {
        if (minSimilarity <= 0 || minSimilarity > 1) {
            throw new IllegalArgumentException("similarity must be in (0, 1]: " + minSimilarity);
        }
        this.minSimilarity = minSimilarity;
    }

    /** One claim of one article, as it appears in a cluster. */
    public record Item(String doc, String outlet, LocalDate date, String claimId, String sourceType,
                       String source, List<String> via, String content, Set<String> actors) {}

    /** Claims saying the same thing in several articles, earliest first. */
    public record Cluster(List<Item> claims, Item first, Set<String> outlets, Set<String> sourceTypes,
                          Set<String> actors) {
        public int articles() {
            Set<String> docs = new HashSet<>();
            claims.forEach(i -> docs.add(i.doc()));
            return docs.size();
        }

        /**
         * The wording that recurs most: the content most claims of the cluster share word for word
         * (spaces folded), the earliest on a tie; wire copies make this the agency's sentence.
         */
        public Item representative() {
            Map<String, Integer> counts = new HashMap<>();
            claims.forEach(i -> counts.merge(i.content().strip().replaceAll("\\s+", " "), 1, Integer::sum));
            Item best = claims.get(0);
            int bestCount = 0;
            for (Item i : claims) {
                int n = counts.get(i.content().strip().replaceAll("\\s+", " "));
                if (n > bestCount) {
                    best = i;
                    bestCount = n;
                }
            }
            return best;
        }
    }

    private record Entry(int docIndex, Item item, Set<String> words) {}

    /** Clusters of claims found in at least two different documents, largest first. */
    public List<Cluster> find(List<Document> docs) {
        Collector c = collector();
        docs.forEach(c::add);
        return c.clusters();
    }

    /**
     * Collects the comparable claims of documents one at a time, keeping only each claim's item and
     * content words (not the documents), so a corpus can be streamed through in bounded memory;
     * {@link Collector#clusters()} then clusters what was added, as {@link #find} does. Not thread-safe.
     */
    public Collector collector() {
        return new Collector();
    }

    /** See {@link #collector()}. */
    public final class Collector {
        private final List<Entry> entries = new ArrayList<>();
        private int docs;

        private Collector() {}

        public void add(Document doc) {
            int d = docs++;
            for (Claim c : doc.getOr(Layer.CLAIMS, List.<Claim>of())) {
                if (c.content() == null) {
                    continue;
                }
                Set<String> words = words(doc, c.content());
                if (words.size() >= MIN_WORDS) {
                    entries.add(new Entry(d, item(doc, c), words));
                }
            }
        }

        /** Documents added so far. */
        public int documents() {
            return docs;
        }

        public List<Cluster> clusters() {
            return cluster(entries);
        }
    }

    private List<Cluster> cluster(List<Entry> entries) {
        int n = entries.size();
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String w : entries.get(i).words()) {
                lists.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        // skip only words that are frequent in a large collection: in a small one every word is rare
        int maxPosting = Math.max(MIN_POSTING, (int) (n * MAX_SHARE));
        // postings as ascending int arrays: entries are added in order, and only later entries are compared
        Map<String, int[]> index = new HashMap<>();
        lists.forEach((w, l) -> {
            if (l.size() <= maxPosting) {
                index.put(w, l.stream().mapToInt(Integer::intValue).toArray());
            }
        });
        lists.clear();
        int[] parent = new int[n];
        int[] docOf = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            docOf[i] = entries.get(i).docIndex();
        }
        // seen[j] == i + 1 when j is already a candidate of i: no per-claim set to allocate
        int[] seen = new int[n];
        int[] candidates = new int[n];
        for (int i = 0; i < n; i++) {
            Entry a = entries.get(i);
            List<int[]> postings = new ArrayList<>();
            for (String w : a.words()) {
                int[] posting = index.get(w);
                if (posting != null) {
                    postings.add(posting);
                }
            }
            // rarest words first: they find the claims most likely to say the same thing
            postings.sort(Comparator.comparingInt(p -> p.length));
            int found = 0;
            scan:
            for (int[] posting : postings) {
                for (int p = Arrays.binarySearch(posting, i) + 1; p < posting.length; p++) {
                    int j = posting[p];
                    if (seen[j] != i + 1 && docOf[j] != docOf[i]) {
                        seen[j] = i + 1;
                        candidates[found++] = j;
                        if (found == MAX_CANDIDATES) {
                            break scan;
                        }
                    }
                }
            }
            for (int k = 0; k < found; k++) {
                int j = candidates[k];
                // already in one cluster (a repeated claim meets its copies many times): nothing to decide
                if (find(parent, i) == find(parent, j)) {
                    continue;
                }
                if (linked(a, entries.get(j))) {
                    union(parent, i, j);
                }
            }
        }
        Map<Integer, List<Entry>> components = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            components.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(entries.get(i));
        }
        List<List<Item>> groups = new ArrayList<>();
        for (List<Entry> component : components.values()) {
            groups.addAll(splitByLeader(component));
        }
        List<Cluster> out = new ArrayList<>();
        for (List<Item> g : groups) {
            Set<String> docIds = new HashSet<>();
            g.forEach(i -> docIds.add(i.doc()));
            if (docIds.size() < 2) {
                continue;
            }
            g.sort(Comparator.comparing((Item i) -> i.date() == null ? LocalDate.MAX : i.date())
                    .thenComparing(Item::doc));
            Set<String> outlets = new TreeSet<>();
            Set<String> types = new TreeSet<>();
            Set<String> actors = new TreeSet<>();
            for (Item i : g) {
                if (i.outlet() != null) {
                    outlets.add(i.outlet());
                }
                types.add(i.sourceType());
                actors.addAll(i.actors());
            }
            out.add(new Cluster(List.copyOf(g), g.get(0), outlets, types, actors));
        }
        out.sort(Comparator.comparingInt(Cluster::articles).reversed()
                .thenComparing(c -> c.first().doc()));
        return out;
    }

    /** The clusters as JSON: an array of clusters with their claims, earliest first. */
    public static ArrayNode toJson(List<Cluster> clusters) {
        ArrayNode arr = DocumentJson.MAPPER.createArrayNode();
        for (Cluster c : clusters) {
            ObjectNode o = arr.addObject();
            o.put("articles", c.articles());
            o.put("first_doc", c.first().doc());
            o.put("first_date", c.first().date() == null ? null : c.first().date().toString());
            o.put("representative", c.representative().content());
            c.outlets().forEach(o.putArray("outlets")::add);
            c.sourceTypes().forEach(o.putArray("source_types")::add);
            c.actors().forEach(o.putArray("actors")::add);
            ArrayNode claims = o.putArray("claims");
            for (Item i : c.claims()) {
                ObjectNode ci = claims.addObject().put("doc", i.doc()).put("claim", i.claimId())
                        .put("outlet", i.outlet()).put("date", i.date() == null ? null : i.date().toString())
                        .put("source_type", i.sourceType()).put("source", i.source()).put("content", i.content());
                i.via().forEach(ci.putArray("via")::add);
            }
        }
        return arr;
    }

    private static Item item(Document doc, Claim c) {
        String source = c.source() != null ? doc.text(c.source())
                : c.sourceText() != null ? c.sourceText() : c.sourceEntity();
        List<String> via = new ArrayList<>();
        c.via().forEach(v -> via.add(v.entity() != null ? v.entity() : v.span() == null ? "?" : doc.text(v.span())));
        Set<String> actors = new LinkedHashSet<>();
        for (Entity e : doc.getOr(Layer.ENTITIES, List.<Entity>of())) {
            for (Mention m : e.mentions()) {
                if (c.content().contains(m.span())) {
                    actors.add(e.id());
                }
            }
        }
        return new Item(doc.id(), doc.meta().outlet(), doc.meta().date(), c.id(), c.sourceType(), source,
                List.copyOf(via), doc.text(c.content()), Set.copyOf(actors));
    }

    /** The content's word stems (normalised, proclitics cut) of at least MIN_WORD letters. */
    static Set<String> words(Document doc, Span content) {
        Set<String> out = new HashSet<>();
        for (Token t : doc.tokens()) {
            if (t.end() <= content.start()) {
                continue;
            }
            if (t.start() >= content.end()) {
                break;
            }
            if (t.kind() != TokenKind.WORD && t.kind() != TokenKind.NUMBER) {
                continue;
            }
            String s = t.stem();
            if (t.article() && s.startsWith("ال")) {
                s = s.substring(2);
            } else if (t.article() && s.startsWith("ل")) {
                s = s.substring(1); // "للوكالة": stem "لوكاله" with the article's elided alif
            }
            if (s.length() >= MIN_WORD) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Two claims of different articles say the same thing: their content words overlap with Jaccard
     * similarity at least {@code minSimilarity}, or at least half that and they name two actors in common.
     */
    private boolean linked(Entry a, Entry b) {
        // the inverted index skipped frequent words: count the overlap exactly
        int inter = 0;
        for (String w : a.words()) {
            inter += b.words().contains(w) ? 1 : 0;
        }
        double jaccard = (double) inter / (a.words().size() + b.words().size() - inter);
        int commonActors = 0;
        for (String x : a.item().actors()) {
            commonActors += b.item().actors().contains(x) ? 1 : 0;
        }
        return jaccard >= minSimilarity || (jaccard >= minSimilarity / 2 && commonActors >= 2);
    }

    /**
     * Splits a connected group of linked claims so that every claim of a cluster is itself linked to the
     * cluster's first appearance: linking is not transitive, and a chain A~B~C can join claims that say
     * different things. Claims are taken earliest first; each joins the first earlier leader it is linked
     * to, or leads a new cluster. Copies of one report share one leader, so the cost stays near linear.
     */
    private List<List<Item>> splitByLeader(List<Entry> component) {
        if (component.size() == 1) {
            return List.of(List.of(component.get(0).item()));
        }
        List<Entry> sorted = new ArrayList<>(component);
        sorted.sort(Comparator.comparing((Entry e) -> e.item().date() == null ? LocalDate.MAX : e.item().date())
                .thenComparing(e -> e.item().doc()));
        List<Entry> leaders = new ArrayList<>();
        List<List<Item>> out = new ArrayList<>();
        for (Entry e : sorted) {
            int joined = -1;
            for (int l = 0; l < leaders.size() && joined < 0; l++) {
                Entry leader = leaders.get(l);
                if (leader.docIndex() != e.docIndex() && linked(leader, e)) {
                    joined = l;
                }
            }
            if (joined < 0) {
                leaders.add(e);
                out.add(new ArrayList<>(List.of(e.item())));
            } else {
                out.get(joined).add(e.item());
            }
        }
        return out;
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        int ra = find(p, a);
        int rb = find(p, b);
        if (ra != rb) {
            p[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
