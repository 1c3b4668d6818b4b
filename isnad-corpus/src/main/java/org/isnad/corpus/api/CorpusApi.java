package org.isnad.corpus.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.isnad.corpus.store.ArticleRecord;
import org.isnad.corpus.store.CorpusCounts;
import org.isnad.corpus.store.CorpusStore;
import org.isnad.corpus.store.DuplicateRecord;
import org.isnad.corpus.store.SearchQuery;
import org.isnad.corpus.store.SearchResult;

/**
 * The answers of the REST API, as JSON trees, computed from what a {@link CorpusStore} holds (the
 * stored gold-schema analyses; no annotator runs here). Thread-safe. Per-actor and per-claim answers
 * read the articles a store search returns for the filter, at most {@link #SCAN_LIMIT} of them
 * (flagged {@code truncated}), and are kept (the last {@value #CACHED_ANSWERS}) until the corpus counts
 * change; the source ranking and the recurring claims scan the whole corpus once per corpus state
 * ({@link #precompute} does it ahead of requests).
 */
public final class CorpusApi {
    /** Most articles read for one actor or claims answer. */
    public static final int SCAN_LIMIT = 2000;

    /** A request the API cannot answer: HTTP status and message. */
    public static final class ApiException extends RuntimeException {
        private final int status;

        public ApiException(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    public static final ObjectMapper JSON = new ObjectMapper();
    // private-use marks around matched words; replaced after escaping the snippet
    private static final String HL_PRE = "\uE000";
    private static final String HL_POST = "\uE001";

    private final CorpusStore store;
    private final Object sourcesLock = new Object();
    private CorpusCounts sourcesCounts;
    private ObjectNode sources;
    private volatile long lastRefresh;
    private final RecurringAnswers recurring;
    /** Most answers kept; least recently used dropped first. */
    private static final int CACHED_ANSWERS = 64;
    private final Map<List<Object>, ObjectNode> answers = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, ObjectNode> eldest) {
            return size() > CACHED_ANSWERS;
        }
    };
    private CorpusCounts answersCounts;

    public CorpusApi(CorpusStore store) {
        this.store = store;
        this.recurring = new RecurringAnswers(store);
    }

    /** Computes an answer; may throw {@link ApiException}. */
    private interface Answer {
        ObjectNode compute() throws IOException;
    }

    /**
     * The answer for {@code key} as last computed for the corpus's current counts, else computed now
     * (outside the lock: concurrent requests for different answers run in parallel) and kept. The per-actor,
     * network, timeline and claims answers each read up to {@link #SCAN_LIMIT} stored analyses, so a
     * repeated request (a page reloaded, a link followed back) is worth keeping; any commit that changes
     * the counts drops them all. Callers must not modify the returned tree.
     */
    private ObjectNode cached(List<Object> key, Answer answer) throws IOException {
        maybeRefresh();
        CorpusCounts now = store.counts();
        synchronized (answers) {
            if (!now.equals(answersCounts)) {
                answers.clear();
                answersCounts = now;
            }
            ObjectNode hit = answers.get(key);
            if (hit != null) {
                return hit;
            }
        }
        ObjectNode computed = answer.compute();
        synchronized (answers) {
            // an answer from before the last commit (recurring claims still being recomputed) is not kept
            if (now.equals(answersCounts) && !computed.path("stale").asBoolean(false)) {
                answers.put(key, computed);
            }
        }
        return computed;
    }

    /** Sees what a concurrent ingest committed, at most every two seconds. */
    private void maybeRefresh() throws IOException {
        long now = System.nanoTime();
        if (now - lastRefresh > 2_000_000_000L) {
            lastRefresh = now;
            store.refresh();
        }
    }

    /** Search parameters; lists match any of their values, null dates are open. */
    public record SearchParams(String q, List<String> outlets, List<String> actors, List<String> sourceTypes,
                               List<String> narratives, List<String> via, LocalDate from, LocalDate to, int limit, int offset,
                               boolean inClaims) {}

    public ObjectNode search(SearchParams p) throws IOException {
        maybeRefresh();
        SearchQuery q = SearchQuery.of(p.q() == null ? "" : p.q()).withOutlets(p.outlets()).withActors(p.actors())
                .withSourceTypes(p.sourceTypes()).withNarratives(p.narratives()).withVia(p.via()).withDates(p.from(), p.to())
                .withLimit(p.limit()).withOffset(p.offset()).withFacets(CorpusStore.FACETS, 15).withHighlight(HL_PRE, HL_POST)
                .withInClaims(p.inClaims());
        SearchResult r = store.search(q);
        ObjectNode root = JSON.createObjectNode();
        root.put("total", r.total()).put("offset", p.offset()).put("limit", p.limit()).put("millis", r.millis());
        ArrayNode hits = root.putArray("hits");
        for (SearchResult.Hit h : r.hits()) {
            ObjectNode hn = hits.addObject().put("id", h.id()).put("score", h.score()).put("title", h.title())
                    .put("outlet", h.outlet()).put("date", h.date() == null ? null : h.date().toString()).put("url", h.url());
            if (h.snippet() != null) {
                hn.put("snippet", h.snippet().replace(HL_PRE, "").replace(HL_POST, ""));
                hn.put("snippet_html", SpanHtml.escape(h.snippet()).replace(HL_PRE, "<b>").replace(HL_POST, "</b>"));
            }
            if (!h.claims().isEmpty()) {
                ArrayNode cs = hn.putArray("claims");
                for (SearchResult.ClaimHit c : h.claims()) {
                    ObjectNode cn = cs.addObject().put("id", c.id()).put("source_type", c.sourceType()).put("source", c.source());
                    c.via().forEach(cn.putArray("via")::add);
                    cn.put("content", c.content().replace(HL_PRE, "").replace(HL_POST, "")).put("start", c.start()).put("end", c.end());
                }
            }
        }
        ObjectNode facets = root.putObject("facets");
        r.facets().forEach((dim, values) -> {
            ArrayNode f = facets.putArray(dim);
            values.forEach(v -> f.addObject().put("value", v.value()).put("count", v.count()));
        });
        return root;
    }

    /** The article's metadata, text and stored analysis (gold schema); with {@code html}, the highlighted text too. */
    public ObjectNode article(String id, boolean html) throws IOException {
        maybeRefresh();
        Optional<ArticleRecord> a = store.get(id);
        if (a.isEmpty()) {
            Optional<DuplicateRecord> d = store.getDuplicate(id);
            if (d.isPresent()) {
                DuplicateRecord r = d.get();
                ObjectNode n = JSON.createObjectNode().put("id", r.id()).put("duplicate_of", r.duplicateOf()).put("kind", r.kind())
                        .put("similarity", r.similarity()).put("url", r.url());
                return n;
            }
            throw new ApiException(404, "no article with id " + id);
        }
        ArticleRecord r = a.get();
        JsonNode analysis = analysis(r);
        ObjectNode n = JSON.createObjectNode().put("id", r.id()).put("url", r.url()).put("outlet", r.outlet()).put("title", r.title())
                .put("date", r.date() == null ? null : r.date().toString()).put("origin", r.origin()).put("text", r.text());
        n.set("analysis", analysis);
        if (html) {
            n.put("html", ArticleHtml.render(r.text(), analysis));
        }
        return n;
    }

    /** Mentions of an entity across the corpus, claims by it, about it and relayed through it, co-occurring entities. */
    public ObjectNode actor(String id, int limit) throws IOException {
        return cached(Arrays.asList("actor", id, limit), () -> actorAnswer(id, limit));
    }

    private ObjectNode actorAnswer(String id, int limit) throws IOException {
        // the counts are set once the search has run; put now so that they come first in the answer
        ObjectNode root = JSON.createObjectNode().put("id", id).put("articles", 0).put("truncated", false);
        ArrayNode mentions = JSON.createArrayNode();
        ArrayNode by = JSON.createArrayNode();
        ArrayNode about = JSON.createArrayNode();
        ArrayNode relayed = JSON.createArrayNode();
        Map<String, int[]> co = new HashMap<>();
        Map<String, String> coNames = new HashMap<>();
        Map<String, String> coTypes = new HashMap<>();
        int[] mentionCount = {0};
        SearchResult r = store.searchWithRecords(SearchQuery.of("").withActors(List.of(id)).withLimit(SCAN_LIMIT).withFacets(List.of(), 0),
                (h, article) -> {
            JsonNode an = analysis(article);
            if (an == null) {
                return;
            }
            Map<String, String> names = ArticleHtml.entityNames(an);
            List<int[]> spans = new ArrayList<>();
            for (JsonNode e : an.path("entities")) {
                String eid = e.path("id").asText();
                if (eid.equals(id)) {
                    if (!root.has("type")) {
                        root.put("type", e.path("type").asText(null)).put("subtype", e.path("subtype").asText(null))
                                .put("name_ar", e.path("name_ar").asText(null)).put("name_en", e.path("name_en").asText(null));
                    }
                    for (JsonNode m : e.path("mentions")) {
                        mentionCount[0]++;
                        spans.add(new int[] {m.path("start").asInt(), m.path("end").asInt()});
                        if (mentions.size() < limit) {
                            mentions.add(JSON.createObjectNode().put("article", h.id()).put("title", h.title())
                                    .put("date", h.date() == null ? null : h.date().toString()).put("start", m.path("start").asInt())
                                    .put("end", m.path("end").asInt()).put("text", m.path("text").asText()).put("kind", m.path("kind").asText())
                                    .put("context", context(article.text(), m.path("start").asInt(), m.path("end").asInt())));
                        }
                    }
                } else {
                    co.computeIfAbsent(eid, k -> new int[2])[0]++;
                    co.get(eid)[1] += e.path("mentions").size();
                    coNames.putIfAbsent(eid, names.get(eid));
                    coTypes.putIfAbsent(eid, e.path("type").asText(null));
                }
            }
            for (JsonNode c : an.path("claims")) {
                boolean isBy = id.equals(c.path("source_entity").asText(null));
                boolean isVia = false;
                for (JsonNode v : c.path("via")) {
                    isVia |= id.equals(v.path("entity").asText(null));
                }
                int cs = c.path("content").path("start").asInt(-1);
                int ce = c.path("content").path("end").asInt(-1);
                boolean isAbout = false;
                for (int[] s : spans) {
                    isAbout |= s[0] >= cs && s[1] <= ce;
                }
                if (isBy && by.size() < limit) {
                    by.add(claimJson(h, c, names));
                }
                if (isAbout && about.size() < limit) {
                    about.add(claimJson(h, c, names));
                }
                if (isVia && relayed.size() < limit) {
                    relayed.add(claimJson(h, c, names));
                }
            }
        });
        if (r.total() == 0) {
            throw new ApiException(404, "no entity with id " + id + " in the corpus");
        }
        root.put("articles", r.total()).put("truncated", r.total() > r.hits().size());
        root.put("mention_count", mentionCount[0]);
        root.set("mentions", mentions);
        root.set("claims_by", by);
        root.set("claims_about", about);
        root.set("claims_via", relayed);
        ArrayNode coArr = root.putArray("co_occurring");
        co.entrySet().stream().sorted(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -e.getValue()[0])
                        .thenComparingInt(e -> -e.getValue()[1]).thenComparing(Map.Entry::getKey)).limit(limit)
                .forEach(e -> coArr.addObject().put("id", e.getKey()).put("name", coNames.get(e.getKey())).put("type", coTypes.get(e.getKey()))
                        .put("articles", e.getValue()[0]).put("mentions", e.getValue()[1]));
        return root;
    }

    /**
     * The actor network over the articles matching {@code q} (all when blank) and mentioning
     * {@code actor} (when given): nodes are entities (mentions, articles), co-occurrence edges join two
     * entities mentioned in the same sentence (weight: sentences), relation edges go from an event's
     * actor to its target (typed by the event type; negated events left out). With {@code actor}, the
     * nodes are it and its strongest neighbours; otherwise the most mentioned entities. At most
     * {@code limit} nodes; co-occurrence edges lighter than {@code minWeight} are dropped.
     */
    public ObjectNode network(String actor, String q, int minWeight, int limit) throws IOException {
        return cached(Arrays.asList("network", actor, q, minWeight, limit), () -> networkAnswer(actor, q, minWeight, limit));
    }

    private ObjectNode networkAnswer(String actor, String q, int minWeight, int limit) throws IOException {
        SearchQuery sq = SearchQuery.of(q == null ? "" : q).withLimit(SCAN_LIMIT).withFacets(List.of(), 0);
        if (actor != null && !actor.isBlank()) {
            sq = sq.withActors(List.of(actor));
        }
        Map<String, ObjectNode> nodes = new HashMap<>();
        Map<String, Integer> articlesOf = new HashMap<>();
        // "a NUL b" (a < b) -> sentences in which both are mentioned
        Map<String, Integer> co = new HashMap<>();
        // "actor NUL target NUL type" -> events
        Map<String, Integer> rel = new HashMap<>();
        SearchResult r = store.searchWithRecords(sq, (h, article) -> {
            JsonNode an = analysis(article);
            if (an == null) {
                return;
            }
            int[] sents = article.sentences() == null ? new int[0] : article.sentences();
            Map<Integer, Set<String>> bySentence = new HashMap<>();
            for (JsonNode e : an.path("entities")) {
                String eid = e.path("id").asText(null);
                if (eid == null) {
                    continue;
                }
                ObjectNode n = nodes.computeIfAbsent(eid, k -> JSON.createObjectNode().put("id", k)
                        .put("name", e.path("name_ar").asText(e.path("name_en").asText(k))).put("name_en", e.path("name_en").asText(null))
                        .put("type", e.path("type").asText(null)).put("mentions", 0));
                n.put("mentions", n.path("mentions").asInt() + e.path("mentions").size());
                articlesOf.merge(eid, 1, Integer::sum);
                for (JsonNode m : e.path("mentions")) {
                    int s = sentenceOf(sents, m.path("start").asInt(-1));
                    if (s >= 0) {
                        bySentence.computeIfAbsent(s, k -> new java.util.TreeSet<>()).add(eid);
                    }
                }
            }
            for (Set<String> ids : bySentence.values()) {
                List<String> l = new ArrayList<>(ids);
                for (int i = 0; i < l.size(); i++) {
                    for (int j = i + 1; j < l.size(); j++) {
                        co.merge(l.get(i) + "\u0000" + l.get(j), 1, Integer::sum);
                    }
                }
            }
            for (JsonNode ev : an.path("events")) {
                String from = ev.path("actor").asText(null);
                String to = ev.path("target").asText(null);
                if (from != null && to != null && !from.equals(to) && !ev.path("negated").asBoolean(false)
                        && nodes.containsKey(from) && nodes.containsKey(to)) {
                    rel.merge(from + "\u0000" + to + "\u0000" + ev.path("type").asText("OTHER"), 1, Integer::sum);
                }
            }
        });
        co.values().removeIf(w -> w < minWeight);
        // how strongly each entity is tied to the rest (or to the focal actor): ranks the nodes kept
        Map<String, Integer> tie = new HashMap<>();
        boolean focal = actor != null && !actor.isBlank();
        for (Map<String, Integer> m : List.of(co, rel)) {
            m.forEach((k, w) -> {
                String[] p = k.split("\u0000");
                if (!focal || p[0].equals(actor) || p[1].equals(actor)) {
                    tie.merge(p[0], w, Integer::sum);
                    tie.merge(p[1], w, Integer::sum);
                }
            });
        }
        List<String> kept = nodes.keySet().stream()
                .filter(id -> !focal || id.equals(actor) || tie.containsKey(id))
                .sorted(Comparator.<String>comparingInt(id -> focal && id.equals(actor) ? 0 : 1)
                        .thenComparingInt(id -> focal ? -tie.getOrDefault(id, 0) : 0)
                        .thenComparingInt(id -> -nodes.get(id).path("mentions").asInt()).thenComparing(id -> id))
                .limit(limit).toList();
        Set<String> keep = new HashSet<>(kept);
        ObjectNode root = JSON.createObjectNode().put("articles", r.total()).put("scanned", r.hits().size())
                .put("truncated", r.total() > r.hits().size()).put("entities", nodes.size());
        if (focal) {
            root.put("actor", actor);
        }
        ArrayNode nodeArr = root.putArray("nodes");
        for (String id : kept) {
            nodeArr.add(nodes.get(id).put("articles", articlesOf.get(id)));
        }
        ArrayNode edgeArr = root.putArray("edges");
        co.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String[] p = e.getKey().split("\u0000");
            if (keep.contains(p[0]) && keep.contains(p[1])) {
                edgeArr.addObject().put("source", p[0]).put("target", p[1]).put("kind", "co_occurrence").put("weight", e.getValue());
            }
        });
        rel.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String[] p = e.getKey().split("\u0000");
            if (keep.contains(p[0]) && keep.contains(p[1])) {
                edgeArr.addObject().put("source", p[0]).put("target", p[1]).put("kind", "relation").put("type", p[2])
                        .put("weight", e.getValue());
            }
        });
        return root;
    }

    /**
     * Claims whose content holds a mention of {@code actor}, oldest article first, in month buckets
     * ({@code yyyy-mm}; undated articles last, as month null). At most {@code limit} claims.
     */
    public ObjectNode timeline(String actor, int limit) throws IOException {
        return cached(Arrays.asList("timeline", actor, limit), () -> timelineAnswer(actor, limit));
    }

    private ObjectNode timelineAnswer(String actor, int limit) throws IOException {
        ObjectNode root = JSON.createObjectNode().put("id", actor).put("articles", 0).put("truncated", false);
        List<ObjectNode> found = new ArrayList<>();
        SearchResult r = store.searchWithRecords(SearchQuery.of("").withActors(List.of(actor)).withLimit(SCAN_LIMIT).withFacets(List.of(), 0),
                (h, article) -> {
            JsonNode an = analysis(article);
            if (an == null) {
                return;
            }
            List<int[]> spans = new ArrayList<>();
            for (JsonNode e : an.path("entities")) {
                if (actor.equals(e.path("id").asText())) {
                    if (!root.has("name")) {
                        root.put("name", e.path("name_ar").asText(e.path("name_en").asText(actor))).put("type", e.path("type").asText(null));
                    }
                    for (JsonNode m : e.path("mentions")) {
                        spans.add(new int[] {m.path("start").asInt(), m.path("end").asInt()});
                    }
                }
            }
            Map<String, String> names = ArticleHtml.entityNames(an);
            for (JsonNode c : an.path("claims")) {
                int cs = c.path("content").path("start").asInt(-1);
                int ce = c.path("content").path("end").asInt(-1);
                boolean about = false;
                for (int[] s : spans) {
                    about |= s[0] >= cs && s[1] <= ce;
                }
                if (about) {
                    found.add(claimJson(h, c, names));
                }
            }
        });
        if (r.total() == 0) {
            throw new ApiException(404, "no entity with id " + actor + " in the corpus");
        }
        root.put("articles", r.total()).put("truncated", r.total() > r.hits().size());
        // ISO dates sort as text; undated last; then article and claim order for a stable answer
        found.sort(Comparator.<ObjectNode, String>comparing(n -> n.path("date").asText("~"))
                .thenComparing(n -> n.path("article").asText()).thenComparing(n -> n.path("id").asText()));
        root.put("total", found.size());
        ArrayNode months = root.putArray("months");
        ObjectNode bucket = null;
        int n = 0;
        for (ObjectNode c : found) {
            if (n++ >= limit) {
                break;
            }
            String month = c.path("date").isTextual() ? c.path("date").asText().substring(0, 7) : null;
            if (bucket == null || !java.util.Objects.equals(month, bucket.path("month").asText(null))) {
                bucket = months.addObject().put("month", month);
                bucket.putArray("claims");
            }
            ((ArrayNode) bucket.get("claims")).add(c);
        }
        return root;
    }

    /** Index of the sentence holding {@code offset} ({@code spans} are sorted start, end pairs), or -1. */
    private static int sentenceOf(int[] spans, int offset) {
        return org.isnad.corpus.export.GraphMlExport.sentenceOf(spans, offset);
    }

    /** Claims whose source type is one of {@code sourceTypes} and whose chain passes through one of {@code via} (entity ids). */
    public ObjectNode claims(List<String> sourceTypes, List<String> via, String q, int limit, int offset) throws IOException {
        return cached(Arrays.asList("claims", sourceTypes, via, q, limit, offset), () -> claimsAnswer(sourceTypes, via, q, limit, offset));
    }

    private ObjectNode claimsAnswer(List<String> sourceTypes, List<String> via, String q, int limit, int offset) throws IOException {
        SearchQuery sq = SearchQuery.of(q == null ? "" : q).withSourceTypes(sourceTypes).withVia(via)
                .withInClaims(q != null && !q.isBlank()).withLimit(SCAN_LIMIT).withFacets(List.of(), 0);
        ArrayNode out = JSON.createArrayNode();
        int[] matched = {0};
        SearchResult r = store.searchWithRecords(sq, (h, article) -> {
            JsonNode an = analysis(article);
            if (an == null) {
                return;
            }
            Set<String> wanted = null;
            if (!h.claims().isEmpty()) {
                wanted = new HashSet<>();
                for (SearchResult.ClaimHit c : h.claims()) {
                    wanted.add(c.id());
                }
            }
            Map<String, String> names = ArticleHtml.entityNames(an);
            for (JsonNode c : an.path("claims")) {
                if (wanted != null && !wanted.contains(c.path("id").asText())) {
                    continue;
                }
                if (!sourceTypes.isEmpty() && !sourceTypes.contains(c.path("source_type").asText())) {
                    continue;
                }
                if (!via.isEmpty()) {
                    boolean hit = false;
                    for (JsonNode v : c.path("via")) {
                        hit |= via.contains(v.path("entity").asText(""));
                    }
                    if (!hit) {
                        continue;
                    }
                }
                if (matched[0]++ >= offset && out.size() < limit) {
                    out.add(claimJson(h, c, names));
                }
            }
        });
        ObjectNode root = JSON.createObjectNode().put("total", matched[0]).put("articles", r.total())
                .put("truncated", r.total() > r.hits().size()).put("offset", offset).put("limit", limit);
        root.set("claims", out);
        return root;
    }

    /**
     * Claims repeated across articles, clustered as {@code isnad export --format recurring} does: the
     * clusters naming one of {@code actors}, carried by one of {@code outlets}, with a claim of one of
     * {@code sourceTypes} (each filter: any when empty), in at least {@code minOutlets} outlets; largest
     * first. Each cluster: representative wording, first appearance (article, date, outlet, title, chain),
     * outlets, source types, actors and its first claims. Computed over the whole corpus once and kept
     * until its counts change.
     */
    public ObjectNode recurring(List<String> actors, List<String> outlets, List<String> sourceTypes, int minOutlets, int limit,
                                int offset) throws IOException {
        return cached(Arrays.asList("recurring", actors, outlets, sourceTypes, minOutlets, limit, offset),
                () -> recurring.answer(actors, outlets, sourceTypes, minOutlets, limit, offset));
    }

    /**
     * Brings the whole-corpus answers (the sources ranking, the recurring claims) up to date with the
     * store's last commit, so that a request finds them computed; cheap when the counts did not change.
     * For a background thread of the server.
     */
    public void precompute() throws IOException {
        sources(1);
        recurring.current(true);
    }

    /** Claim counts by source type, by source (entity id, else the source's words) and by relaying entity. */
    public ObjectNode sources(int top) throws IOException {
        maybeRefresh();
        synchronized (sourcesLock) {
            CorpusCounts now = store.counts();
            if (sources == null || !now.equals(sourcesCounts)) {
                sources = computeSources();
                sourcesCounts = now;
            }
            ObjectNode copy = sources.deepCopy();
            for (String k : List.of("by_source_type", "by_source", "by_via")) {
                ArrayNode arr = (ArrayNode) copy.get(k);
                while (arr.size() > top) {
                    arr.remove(arr.size() - 1);
                }
            }
            return copy;
        }
    }

    private static final class Tally {
        final String key;
        String name;
        String type;
        boolean entity;
        int claims;
        final Set<String> articles = new HashSet<>();
        final Map<String, Integer> sourceTypes = new LinkedHashMap<>();

        Tally(String key) {
            this.key = key;
        }
    }

    private ObjectNode computeSources() throws IOException {
        Map<String, Tally> byType = new HashMap<>();
        Map<String, Tally> bySource = new HashMap<>();
        Map<String, Tally> byVia = new HashMap<>();
        int[] total = {0};
        try {
            store.forEachArticle(a -> {
                JsonNode an;
                try {
                    an = analysis(a);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (an == null) {
                    return;
                }
                Map<String, String> names = ArticleHtml.entityNames(an);
                for (JsonNode c : an.path("claims")) {
                    total[0]++;
                    String type = c.path("source_type").asText("unknown");
                    count(byType, type, null, false, type, a.id());
                    String ent = c.path("source_entity").isTextual() ? c.path("source_entity").asText() : null;
                    if (ent != null) {
                        count(bySource, ent, names.getOrDefault(ent, ent), true, type, a.id());
                    } else {
                        String words = c.path("source").isObject() ? c.path("source").path("text").asText(null)
                                : c.path("source_text").asText(null);
                        if (words != null && !words.isBlank()) {
                            count(bySource, "text:" + words.strip(), words.strip(), false, type, a.id());
                        }
                    }
                    for (JsonNode v : c.path("via")) {
                        String ve = v.path("entity").isTextual() ? v.path("entity").asText() : null;
                        if (ve != null) {
                            count(byVia, ve, names.getOrDefault(ve, ve), true, type, a.id());
                        }
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        ObjectNode root = JSON.createObjectNode().put("claims", total[0]);
        root.set("by_source_type", tallies(byType));
        root.set("by_source", tallies(bySource));
        root.set("by_via", tallies(byVia));
        return root;
    }

    private static void count(Map<String, Tally> m, String key, String name, boolean entity, String type, String article) {
        Tally t = m.computeIfAbsent(key, Tally::new);
        t.name = name;
        t.entity = entity;
        t.claims++;
        t.articles.add(article);
        t.sourceTypes.merge(type, 1, Integer::sum);
    }

    private static ArrayNode tallies(Map<String, Tally> m) {
        ArrayNode arr = JSON.createArrayNode();
        m.values().stream().sorted(Comparator.<Tally>comparingInt(t -> -t.claims).thenComparingInt(t -> -t.articles.size())
                .thenComparing(t -> t.key)).forEach(t -> {
                    ObjectNode n = arr.addObject().put("key", t.key.startsWith("text:") ? t.key.substring(5) : t.key);
                    if (t.name != null) {
                        n.put("name", t.name).put("entity", t.entity);
                    }
                    n.put("claims", t.claims).put("articles", t.articles.size());
                    if (t.name != null) {
                        ObjectNode st = n.putObject("source_types");
                        t.sourceTypes.forEach(st::put);
                    }
                });
        return arr;
    }

    private static ObjectNode claimJson(SearchResult.Hit h, JsonNode c, Map<String, String> names) {
        ObjectNode n = JSON.createObjectNode().put("article", h.id()).put("title", h.title()).put("outlet", h.outlet())
                .put("date", h.date() == null ? null : h.date().toString()).put("chain", ArticleHtml.chain(c, names));
        n.setAll((ObjectNode) c.deepCopy());
        return n;
    }

    private static String context(String text, int start, int end) {
        int a = Math.max(0, start - 60);
        int b = Math.min(text.length(), end + 60);
        return text.substring(a, b).replace('\n', ' ');
    }

    private static JsonNode analysis(ArticleRecord r) throws IOException {
        return r.analysisJson() == null ? null : JSON.readTree(r.analysisJson());
    }
}
