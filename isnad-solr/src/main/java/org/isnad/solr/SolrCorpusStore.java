package org.isnad.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.isnad.core.json.DocumentJson;
import org.isnad.core.model.Document;
import org.isnad.core.model.Sentence;
import org.isnad.corpus.store.ArticleRecord;
import org.isnad.corpus.store.ClaimMatcher;
import org.isnad.corpus.store.CorpusCounts;
import org.isnad.corpus.store.CorpusStore;
import org.isnad.corpus.store.DuplicateRecord;
import org.isnad.corpus.store.SearchQuery;
import org.isnad.corpus.store.SearchResult;

/**
 * A {@link CorpusStore} in a SolrCloud collection made from the isnad {@link ConfigSet}: the same fields with
 * the same meaning as the embedded {@code LuceneCorpusStore} (articles, duplicate records, the ingest state of
 * the last commit; text and title analysed as by {@code ArabicSearchAnalyzer}; the analysis JSON and sentence
 * spans stored; facets outlet, year, month, actor, source_type, narrative, via), so the API answers the same
 * from either. What the Lucene store computes in Java from stored fields (claims matching a search inside
 * claims, snippets of a search without words) is computed here the same way from the Solr fields.
 *
 * <p>Queries: the free text goes to Solr's edismax parser with {@code q.op=AND}, {@code sow=true} and
 * {@code tie=1.0} over {@code title_t^2 text} (or the claim fields), which matches what the embedded store's
 * multi-field classic parser matches and scores the same sum; the collection's {@code ExactStatsCache} makes
 * term statistics corpus-wide, so scores do not depend on the shard. Ties (and searches without words) are
 * ordered by ingest order ({@code seq}), as the embedded store's document order does. Facet counts are
 * Solr's distributed field facets: exact for year and month (all values from every shard, cut here); for the
 * other dimensions Solr's over-request and refinement: the counts shown are exact, but a value near the cut-off can
 * in rare cases be left out for one ranked lower (a top-k over shards is approximate).
 *
 * <p>Writes are buffered and sent in batches; {@link #commit} sends the rest with the ingest state and makes
 * everything visible with a hard commit. Adding is thread-safe (the ingester writes from worker threads);
 * a commit must not run while additions are in flight (the ingester waits for them). Unlike the embedded store, a crash between two commits may leave
 * documents of an unfinished batch durable (Solr's transaction log) though not yet visible; they become
 * visible at the next commit, and re-ingest skips their ids. Thread-safe.
 */
public final class SolrCorpusStore implements CorpusStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String ARTICLE = "article";
    static final String DUPLICATE = "duplicate";
    private static final String STATE = "state";
    private static final String STATE_UID = "state/ingest";
    /** Documents per update request. */
    private static final int BATCH = 200;
    private static final String ARTICLE_FIELDS = "uid,id,seq,url,outlet,title,date,text,origin,analysis,sentences";

    private final CloudSolrClient client;
    private final String collection;
    private final boolean ownsClient;
    private final List<SolrInputDocument> pending = new ArrayList<>();

    private SolrCorpusStore(CloudSolrClient client, String collection, boolean ownsClient) {
        this.client = client;
        this.collection = collection;
        this.ownsClient = ownsClient;
    }

    /**
     * Opens the corpus in {@code target}'s collection (which must exist: {@code isnad solr create}).
     *
     * @throws IOException when the cluster cannot be reached or has no such collection, with a message saying which
     */
    public static SolrCorpusStore open(SolrTarget target) throws IOException {
        CloudSolrClient c = SolrClients.open(target);
        try {
            requireCollection(c, target);
            return new SolrCorpusStore(c, target.collection(), true);
        } catch (IOException | RuntimeException e) {
            c.close();
            throw e instanceof IOException io ? io : new IOException("cannot open the store: " + SolrClients.rootMessage(e), e);
        }
    }

    /**
     * Checks that {@code target}'s collection exists in the cluster {@code c} is connected to.
     *
     * @throws IOException when it does not or the cluster state cannot be read, with a message saying which
     */
    public static void requireCollection(CloudSolrClient c, SolrTarget target) throws IOException {
        try {
            var ref = c.getClusterStateProvider().getState(target.collection());
            if (ref == null || ref.get() == null) {
                throw new IOException("no collection " + target.collection() + " in the SolrCloud cluster at " + target.zkConnect()
                        + " (create it with: isnad solr create " + target + ")");
            }
        } catch (RuntimeException e) {
            throw new IOException("cannot read the cluster state: " + SolrClients.rootMessage(e), e);
        }
    }

    /** A store over an existing client (not closed with the store). */
    public static SolrCorpusStore over(CloudSolrClient client, String collection) {
        return new SolrCorpusStore(client, collection, false);
    }

    public String collection() {
        return collection;
    }

    // ---------------------------------------------------------------- writing

    @Override
    public void addArticle(ArticleRecord a, Document analysis, long textHash, int[] signature) throws IOException {
        ArticleRecord r = a;
        if (analysis != null) {
            List<Sentence> sents = analysis.sentences();
            int[] spans = new int[sents.size() * 2];
            for (int i = 0; i < sents.size(); i++) {
                spans[2 * i] = sents.get(i).span().start();
                spans[2 * i + 1] = sents.get(i).span().end();
            }
            r = new ArticleRecord(a.id(), a.seq(), a.url(), a.outlet(), a.title(), a.date(), a.text(), a.origin(),
                    JSON.writeValueAsString(DocumentJson.toJson(analysis)), spans);
        }
        addRecord(r, textHash, signature);
    }

    /**
     * Adds an article whose analysis is already in gold-schema JSON ({@link ArticleRecord#analysisJson()}, may be
     * null) with its sentence spans: the bulk path from an embedded corpus or from analysed JSONL, where no
     * {@link Document} exists. The facet and claim fields are read from the JSON exactly as the embedded store
     * reads them from the document.
     */
    public void addRecord(ArticleRecord a, long textHash, int[] signature) throws IOException {
        SolrInputDocument d = common(a.id(), a.seq(), ARTICLE);
        keys(d, textHash, signature);
        describe(d, a.url(), a.outlet(), a.title(), a.date(), a.origin());
        if (a.date() != null) {
            d.addField("year", String.valueOf(a.date().getYear()));
            d.addField("month", a.date().toString().substring(0, 7));
        }
        d.addField("text", a.text());
        if (a.title() != null) {
            d.addField("title_t", a.title());
        }
        if (a.analysisJson() != null) {
            d.addField("analysed", "1");
            d.addField("analysis", a.analysisJson());
            if (a.sentences() != null) {
                d.addField("sentences", ints(a.sentences()));
            }
            JsonNode an = JSON.readTree(a.analysisJson());
            Set<String> actors = new LinkedHashSet<>();
            for (JsonNode e : an.path("entities")) {
                actors.add(e.path("id").asText(null));
            }
            Set<String> types = new LinkedHashSet<>();
            Set<String> via = new LinkedHashSet<>();
            for (JsonNode c : an.path("claims")) {
                String type = c.path("source_type").asText(null);
                types.add(type);
                JsonNode content = c.path("content");
                if (content.isObject() && content.path("end").asInt() <= a.text().length()) {
                    String text = a.text().substring(content.path("start").asInt(), content.path("end").asInt());
                    d.addField("claim", text);
                    d.addField("claim_" + type, text);
                }
                if (c.hasNonNull("source_entity")) {
                    actors.add(c.get("source_entity").asText());
                }
                for (JsonNode v : c.path("via")) {
                    if (v.hasNonNull("entity")) {
                        via.add(v.get("entity").asText());
                    }
                }
            }
            Set<String> narratives = new LinkedHashSet<>();
            for (JsonNode n : an.path("narratives")) {
                narratives.add(n.path("id").asText(null));
            }
            multi(d, "actor", actors);
            multi(d, "source_type", types);
            multi(d, "via", via);
            multi(d, "narrative", narratives);
        }
        send(d);
    }

    private static void multi(SolrInputDocument d, String field, Set<String> values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                d.addField(field, v);
            }
        }
    }

    @Override
    public void addDuplicate(DuplicateRecord r, long textHash, int[] signature) throws IOException {
        SolrInputDocument d = common(r.id(), r.seq(), DUPLICATE);
        keys(d, textHash, signature);
        d.addField("dup_of", r.duplicateOf());
        d.addField("dup_kind", r.kind());
        d.addField("similarity", r.similarity());
        describe(d, r.url(), r.outlet(), r.title(), r.date(), r.origin());
        send(d);
    }

    private static SolrInputDocument common(String id, long seq, String kind) {
        SolrInputDocument d = new SolrInputDocument();
        d.addField("uid", kind + "/" + id);
        d.addField("id", id);
        d.addField("kind", kind);
        d.addField("seq", seq);
        return d;
    }

    private static void keys(SolrInputDocument d, long textHash, int[] signature) {
        d.addField("texthash", textHash);
        if (signature != null) {
            d.addField("minhash", ints(signature));
        }
    }

    private static void describe(SolrInputDocument d, String url, String outlet, String title, LocalDate date, String origin) {
        if (url != null) {
            d.addField("url", url);
        }
        if (outlet != null && !outlet.isBlank()) {
            d.addField("outlet", outlet.strip());
            d.addField("outlet_k", outlet.strip().toLowerCase(Locale.ROOT));
        }
        if (title != null) {
            d.addField("title", title);
        }
        if (date != null) {
            d.addField("date", date.toString());
            d.addField("day", (int) date.toEpochDay());
        }
        if (origin != null) {
            d.addField("origin", origin);
        }
    }

    /** int[] as base64 of its big-endian bytes (as the embedded store's binary fields). */
    static String ints(int[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4);
        b.asIntBuffer().put(v);
        return Base64.getEncoder().encodeToString(b.array());
    }

    static int[] ints(String s) {
        if (s == null) {
            return null;
        }
        byte[] b = Base64.getDecoder().decode(s);
        int[] out = new int[b.length / 4];
        ByteBuffer.wrap(b).asIntBuffer().get(out);
        return out;
    }

    private void send(SolrInputDocument d) throws IOException {
        List<SolrInputDocument> batch = null;
        synchronized (pending) {
            pending.add(d);
            if (pending.size() >= BATCH) {
                batch = new ArrayList<>(pending);
                pending.clear();
            }
        }
        if (batch != null) {
            send(batch);
        }
    }

    private void flush() throws IOException {
        List<SolrInputDocument> batch;
        synchronized (pending) {
            batch = new ArrayList<>(pending);
            pending.clear();
        }
        send(batch);
    }

    private void send(List<SolrInputDocument> batch) throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        try {
            client.add(collection, batch);
        } catch (SolrServerException | SolrException e) {
            throw new IOException("SolrCloud refused " + batch.size() + " documents: " + SolrClients.rootMessage(e), e);
        }
    }

    @Override
    public void commit(Map<String, String> ingestState) throws IOException {
        SolrInputDocument st = new SolrInputDocument();
        st.addField("uid", STATE_UID);
        st.addField("id", "ingest");
        st.addField("kind", STATE);
        st.addField("state", JSON.writeValueAsString(new TreeMap<>(ingestState)));
        synchronized (pending) {
            pending.add(st);
        }
        flush();
        try {
            client.commit(collection, true, true);
        } catch (SolrServerException | SolrException e) {
            throw new IOException("SolrCloud commit failed: " + SolrClients.rootMessage(e), e);
        }
    }

    @Override
    public Map<String, String> ingestState() throws IOException {
        SolrDocumentList l = query(new SolrQuery("*:*").addFilterQuery(term("uid", STATE_UID)).setFields("state").setRows(1)).getResults();
        if (l.isEmpty() || l.get(0).getFirstValue("state") == null) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        JSON.readTree((String) l.get(0).getFirstValue("state")).fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    // ---------------------------------------------------------------- reading

    private QueryResponse query(SolrQuery q) throws IOException {
        try {
            return client.query(collection, q, org.apache.solr.client.solrj.SolrRequest.METHOD.POST);
        } catch (SolrServerException | SolrException e) {
            throw new IOException("SolrCloud query failed: " + SolrClients.rootMessage(e), e);
        }
    }

    private static String term(String field, String value) {
        return field + ":" + ClientUtils.escapeQueryChars(value);
    }

    private static String anyOf(String field, Collection<String> values) {
        return field + ":(" + values.stream().map(ClientUtils::escapeQueryChars).collect(Collectors.joining(" OR ")) + ")";
    }

    /** Visits every stored document of the given kinds in ingest order, {@code rows} at a time (cursor paging). */
    private void scan(String kinds, String fields, Consumer<SolrDocument> visitor) throws IOException {
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            SolrQuery q = new SolrQuery("*:*").addFilterQuery(kinds).setFields(fields).setRows(100)
                    .addSort("seq", SolrQuery.ORDER.asc).addSort("uid", SolrQuery.ORDER.asc);
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = query(q);
            r.getResults().forEach(visitor);
            String next = r.getNextCursorMark();
            if (next == null || next.equals(cursor)) {
                return;
            }
            cursor = next;
        }
    }

    @Override
    public void visitKeys(KeyVisitor visitor) throws IOException {
        scan(anyOf("kind", List.of(ARTICLE, DUPLICATE)), "id,seq,dup_of,dup_kind,texthash,minhash", d -> {
            Object seq = d.getFirstValue("seq");
            Object hash = d.getFirstValue("texthash");
            visitor.visit((String) d.getFirstValue("id"), seq == null ? -1 : ((Number) seq).longValue(), (String) d.getFirstValue("dup_of"),
                    (String) d.getFirstValue("dup_kind"), hash == null ? 0 : ((Number) hash).longValue(), ints((String) d.getFirstValue("minhash")));
        });
    }

    @Override
    public Optional<ArticleRecord> get(String id) throws IOException {
        SolrDocumentList l = query(new SolrQuery("*:*").addFilterQuery(term("uid", ARTICLE + "/" + id)).setFields(ARTICLE_FIELDS).setRows(1))
                .getResults();
        return l.isEmpty() ? Optional.empty() : Optional.of(toArticle(l.get(0)));
    }

    @Override
    public Optional<DuplicateRecord> getDuplicate(String id) throws IOException {
        SolrDocumentList l = query(new SolrQuery("*:*").addFilterQuery(term("uid", DUPLICATE + "/" + id))
                .setFields("id,seq,dup_of,dup_kind,similarity,url,outlet,title,date,origin").setRows(1)).getResults();
        if (l.isEmpty()) {
            return Optional.empty();
        }
        SolrDocument d = l.get(0);
        return Optional.of(new DuplicateRecord(str(d, "id"), ((Number) d.getFirstValue("seq")).longValue(), str(d, "dup_of"),
                str(d, "dup_kind"), ((Number) d.getFirstValue("similarity")).doubleValue(), str(d, "url"), str(d, "outlet"),
                str(d, "title"), date(d), str(d, "origin")));
    }

    private static String str(SolrDocument d, String f) {
        Object v = d.getFirstValue(f);
        return v == null ? null : v.toString();
    }

    private static LocalDate date(SolrDocument d) {
        String s = str(d, "date");
        return s == null ? null : LocalDate.parse(s);
    }

    private static ArticleRecord toArticle(SolrDocument d) {
        return new ArticleRecord(str(d, "id"), ((Number) d.getFirstValue("seq")).longValue(), str(d, "url"), str(d, "outlet"),
                str(d, "title"), date(d), str(d, "text"), str(d, "origin"), str(d, "analysis"), ints(str(d, "sentences")));
    }

    @Override
    public SearchResult search(SearchQuery q) throws IOException {
        long t0 = System.nanoTime();
        boolean words = q.text() != null && !q.text().isBlank();
        SolrQuery s = new SolrQuery();
        if (words) {
            s.setQuery(q.text());
            s.set("defType", "edismax");
            s.set("q.op", "AND");
            s.set("sow", true);
            s.set("tie", "1.0");
            s.set("qf", q.inClaims()
                    ? (q.sourceTypes().isEmpty() ? "claim" : q.sourceTypes().stream().map(t -> "claim_" + t).collect(Collectors.joining(" ")))
                    : "title_t^2 text");
            s.addSort("score", SolrQuery.ORDER.desc);
        } else {
            s.setQuery("*:*");
        }
        s.addSort("seq", SolrQuery.ORDER.asc);
        s.addFilterQuery(term("kind", ARTICLE));
        filter(s, "outlet_k", q.outlets().stream().map(o -> o.strip().toLowerCase(Locale.ROOT)).toList());
        filter(s, "actor", q.actors());
        filter(s, "source_type", q.sourceTypes());
        filter(s, "narrative", q.narratives());
        filter(s, "via", q.via());
        if (q.from() != null || q.to() != null) {
            s.addFilterQuery("day:[" + (q.from() == null ? "*" : (int) q.from().toEpochDay()) + " TO "
                    + (q.to() == null ? "*" : (int) q.to().toEpochDay()) + "]");
        }
        s.setStart(q.offset());
        s.setRows(q.limit());
        List<String> fl = new ArrayList<>(List.of("uid", "id", "title", "outlet", "date", "url", "score"));
        if (q.inClaims()) {
            fl.add("analysis");
        }
        if (!words) {
            fl.add("text");
        }
        s.setFields(fl.toArray(String[]::new));
        if (!q.facets().isEmpty()) {
            s.setFacet(true);
            s.setFacetMinCount(1);
            s.setFacetLimit(Math.max(1, q.facetTop()));
            s.setFacetSort("count");
            q.facets().forEach(s::addFacetField);
            // years and months are few: all of them from every shard, cut here, so the top values are exact even at
            // ties; the rest (actors run to thousands) rely on Solr's over-request and refinement, asked more generous
            for (String dim : List.of("year", "month")) {
                s.set("f." + dim + ".facet.limit", -1);
            }
            s.set("facet.overrequest.count", 100);
        }
        if (words && q.limit() > 0) {
            // the embedded store's UnifiedHighlighter settings, in Solr's parameters
            s.setHighlight(true);
            s.set("hl.method", "unified");
            s.set("hl.fl", "text");
            s.set("hl.snippets", 2);
            s.set("hl.tag.pre", q.highlightPre());
            s.set("hl.tag.post", q.highlightPost());
            s.set("hl.tag.ellipsis", " … ");
            s.set("hl.defaultSummary", true);
            s.set("hl.maxAnalyzedChars", 20_000);
            s.set("hl.requireFieldMatch", false);
            s.set("hl.fragsize", 1); // 0 would mean the whole text; 1 leaves the sentence iterator alone, as the embedded store has it
            s.set("hl.bs.type", "SENTENCE");
        }
        QueryResponse r = query(s);
        Set<String> queryTerms = q.inClaims() ? ClaimMatcher.terms(q.text()) : Set.of();
        Map<String, Map<String, List<String>>> hl = r.getHighlighting();
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (SolrDocument d : r.getResults()) {
            String snippet;
            if (words) {
                List<String> h = hl == null || hl.get(str(d, "uid")) == null ? null : hl.get(str(d, "uid")).get("text");
                snippet = h == null || h.isEmpty() ? null : h.get(0).replace('\n', ' ');
            } else {
                String t = str(d, "text");
                snippet = t == null ? null : (t.length() > 200 ? t.substring(0, 200) + " …" : t).replace('\n', ' ');
            }
            List<SearchResult.ClaimHit> claims = q.inClaims() ? ClaimMatcher.matchingClaims(str(d, "analysis"), queryTerms, q.sourceTypes()) : List.of();
            float score = words && d.getFirstValue("score") != null ? ((Number) d.getFirstValue("score")).floatValue() : 0f;
            hits.add(new SearchResult.Hit(str(d, "id"), score, str(d, "title"), str(d, "outlet"), date(d), str(d, "url"), snippet, claims));
        }
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        for (String dim : q.facets()) {
            List<SearchResult.FacetCount> values = new ArrayList<>();
            FacetField f = r.getFacetField(dim);
            if (f != null && f.getValues() != null) {
                for (FacetField.Count c : f.getValues()) {
                    if (c.getCount() > 0 && values.size() < Math.max(1, q.facetTop())) {
                        values.add(new SearchResult.FacetCount(c.getName(), c.getCount()));
                    }
                }
            }
            facets.put(dim, values);
        }
        return new SearchResult(r.getResults().getNumFound(), hits, facets, (System.nanoTime() - t0) / 1e6);
    }

    private static void filter(SolrQuery s, String field, List<String> values) {
        if (!values.isEmpty()) {
            s.addFilterQuery(anyOf(field, values));
        }
    }

    @Override
    public CorpusCounts counts() throws IOException {
        SolrQuery q = new SolrQuery("*:*").setRows(0).setFacet(true).addFacetField("kind").addFacetQuery("analysed:1");
        QueryResponse r = query(q);
        long articles = 0;
        long duplicates = 0;
        for (FacetField.Count c : r.getFacetField("kind").getValues()) {
            if (c.getName().equals(ARTICLE)) {
                articles = c.getCount();
            } else if (c.getName().equals(DUPLICATE)) {
                duplicates = c.getCount();
            }
        }
        Integer analysed = r.getFacetQuery().get("analysed:1");
        return new CorpusCounts(articles, analysed == null ? 0 : analysed, duplicates);
    }

    @Override
    public void refresh() {
        // Solr opens a new searcher at each commit: every query sees the last one
    }

    @Override
    public void forEachArticle(Consumer<ArticleRecord> consumer) throws IOException {
        scan(term("kind", ARTICLE), ARTICLE_FIELDS, d -> consumer.accept(toArticle(d)));
    }

    /** A short JSON summary of the collection (for the CLI). */
    public ObjectNode describe() throws IOException {
        CorpusCounts c = counts();
        return JSON.createObjectNode().put("collection", collection).put("articles", c.articles()).put("analysed", c.analysed())
                .put("duplicates", c.duplicates());
    }

    @Override
    public void close() throws IOException {
        // uncommitted additions are dropped on purpose, as in the embedded store: only commits count
        synchronized (pending) {
            pending.clear();
        }
        if (ownsClient) {
            client.close();
        }
    }
}
