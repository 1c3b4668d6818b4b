package org.isnad.corpus.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.isnad.core.json.DocumentJson;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Document;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Layer;
import org.isnad.core.model.Narrative;
import org.isnad.core.model.Sentence;
import org.isnad.core.model.ViaLink;

/**
 * The embedded {@link CorpusStore}: one folder holding a Lucene index ({@code index/}) and a
 * small human-readable {@code manifest.json} (format, analyzer, counts, last commit), rewritten
 * atomically after each commit; the index's own commit point is the truth, the manifest a
 * summary. Articles are indexed with {@link ArabicSearchAnalyzer} on title and text; the text,
 * the analysis JSON and the sentence spans are stored (stored fields compressed with DEFLATE);
 * facets are SortedSet doc values. Duplicates are stored as small records outside search.
 *
 * <p>Open for writing ({@link #open(Path, boolean)} with true) by one process at a time (Lucene's
 * write lock); any number may open it read-only. Thread-safe for reads; writes from one thread.
 */
public final class LuceneCorpusStore implements CorpusStore {
    public static final String FORMAT = "isnad-corpus-1";
    public static final String MANIFEST = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String ARTICLE = "article";
    private static final String DUPLICATE = "duplicate";
    /** Field of the content of claims with one source type: {@code claim_anonymous}, {@code claim_media} ... */
    public static final String CLAIM_PREFIX = "claim_";
    private static final Set<String> MULTI = Set.of("actor", "source_type", "narrative", "via");

    private final Path folder;
    private final Directory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ArabicSearchAnalyzer analyzer = new ArabicSearchAnalyzer();
    private final FacetsConfig facets = new FacetsConfig();
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

    private LuceneCorpusStore(Path folder, boolean writable) throws IOException {
        this.folder = folder;
        for (String d : MULTI) {
            facets.setMultiValued(d, true);
        }
        Path indexDir = folder.resolve("index");
        checkManifest(folder);
        if (writable) {
            Files.createDirectories(indexDir);
            this.dir = FSDirectory.open(indexDir);
            IndexWriterConfig cfg = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64)
                    .setCodec(new Lucene912Codec(Lucene912Codec.Mode.BEST_COMPRESSION))
                    .setCommitOnClose(false);
            this.writer = new IndexWriter(dir, cfg);
            this.searchers = new SearcherManager(writer, null);
            if (!DirectoryReader.indexExists(dir)) {
                // an empty first commit makes the folder a readable corpus from the start
                commit(Map.of());
            }
        } else {
            if (!Files.isDirectory(indexDir)) {
                throw new IOException("no corpus at " + folder + " (no index folder; run isnad ingest first)");
            }
            this.dir = FSDirectory.open(indexDir);
            if (!DirectoryReader.indexExists(dir)) {
                throw new IOException("no corpus at " + folder + " (empty index)");
            }
            this.writer = null;
            this.searchers = new SearcherManager(dir, null);
        }
    }

    /** Opens (creating when writable) the corpus in {@code folder}. */
    public static LuceneCorpusStore open(Path folder, boolean writable) throws IOException {
        return new LuceneCorpusStore(folder, writable);
    }

    private static void checkManifest(Path folder) throws IOException {
        Path m = folder.resolve(MANIFEST);
        if (Files.isRegularFile(m)) {
            var node = JSON.readTree(m.toFile());
            String format = node.path("format").asText("");
            String an = node.path("analyzer").asText("");
            if (!format.equals(FORMAT) || !an.equals(ArabicSearchAnalyzer.VERSION)) {
                throw new IOException(folder + " holds a corpus of format " + format + " / analyzer " + an
                        + "; this isnad reads " + FORMAT + " / " + ArabicSearchAnalyzer.VERSION + ": ingest again into a new folder");
            }
        }
    }

    // ---------------------------------------------------------------- writing

    @Override
    public void addArticle(ArticleRecord a, Document analysis, long textHash, int[] signature) throws IOException {
        org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
        common(d, a.id(), a.seq(), ARTICLE);
        keys(d, textHash, signature);
        describe(d, a.url(), a.outlet(), a.title(), a.date(), a.origin());
        if (a.outlet() != null && !a.outlet().isBlank()) {
            d.add(new SortedSetDocValuesFacetField("outlet", a.outlet().strip()));
        }
        if (a.date() != null) {
            d.add(new SortedSetDocValuesFacetField("year", String.valueOf(a.date().getYear())));
            d.add(new SortedSetDocValuesFacetField("month", a.date().toString().substring(0, 7)));
        }
        d.add(new TextField("text", a.text(), Field.Store.YES));
        if (a.title() != null) {
            d.add(new TextField("title_t", a.title(), Field.Store.NO));
        }
        if (analysis != null) {
            d.add(new StringField("analysed", "1", Field.Store.NO));
            d.add(new StoredField("analysis", JSON.writeValueAsString(DocumentJson.toJson(analysis))));
            List<Sentence> sents = analysis.sentences();
            ByteBuffer sb = ByteBuffer.allocate(sents.size() * 8);
            for (Sentence s : sents) {
                sb.putInt(s.span().start()).putInt(s.span().end());
            }
            d.add(new StoredField("sentences", new BytesRef(sb.array())));
            Set<String> actors = new LinkedHashSet<>();
            for (Entity e : analysis.getOr(Layer.ENTITIES, List.of())) {
                actors.add(e.id());
            }
            Set<String> types = new LinkedHashSet<>();
            Set<String> via = new LinkedHashSet<>();
            for (Claim c : analysis.getOr(Layer.CLAIMS, List.of())) {
                types.add(c.sourceType());
                if (c.content() != null && c.content().end() <= a.text().length()) {
                    // claim content, by source type too, so that a query can ask for words inside claims of a kind
                    String content = a.text().substring(c.content().start(), c.content().end());
                    d.add(new TextField("claim", content, Field.Store.NO));
                    d.add(new TextField(CLAIM_PREFIX + c.sourceType(), content, Field.Store.NO));
                }
                if (c.sourceEntity() != null) {
                    actors.add(c.sourceEntity());
                }
                for (ViaLink v : c.via()) {
                    if (v.entity() != null) {
                        via.add(v.entity());
                    }
                }
            }
            Set<String> narratives = new LinkedHashSet<>();
            for (Narrative n : analysis.getOr(Layer.NARRATIVES, List.of())) {
                narratives.add(n.id());
            }
            multi(d, "actor", actors);
            multi(d, "source_type", types);
            multi(d, "via", via);
            multi(d, "narrative", narratives);
        }
        writer.addDocument(facets.build(d));
    }

    private static void multi(org.apache.lucene.document.Document d, String field, Set<String> values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                d.add(new StringField(field, v, Field.Store.NO));
                d.add(new SortedSetDocValuesFacetField(field, v));
            }
        }
    }

    @Override
    public void addDuplicate(DuplicateRecord r, long textHash, int[] signature) throws IOException {
        org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
        common(d, r.id(), r.seq(), DUPLICATE);
        keys(d, textHash, signature);
        d.add(new SortedDocValuesField("dup_of", new BytesRef(r.duplicateOf())));
        d.add(new SortedDocValuesField("dup_kind", new BytesRef(r.kind())));
        d.add(new StoredField("dup_of", r.duplicateOf()));
        d.add(new StringField("dup_of_k", r.duplicateOf(), Field.Store.NO));
        d.add(new StoredField("dup_kind", r.kind()));
        d.add(new StoredField("similarity", r.similarity()));
        describe(d, r.url(), r.outlet(), r.title(), r.date(), r.origin());
        writer.addDocument(d);
    }

    private static void keys(org.apache.lucene.document.Document d, long textHash, int[] signature) {
        d.add(new NumericDocValuesField("texthash", textHash));
        ByteBuffer sig = ByteBuffer.allocate(signature.length * 4);
        sig.asIntBuffer().put(signature);
        d.add(new BinaryDocValuesField("minhash", new BytesRef(sig.array())));
    }

    private static void common(org.apache.lucene.document.Document d, String id, long seq, String kind) {
        d.add(new StringField("id", id, Field.Store.YES));
        d.add(new SortedDocValuesField("id", new BytesRef(id)));
        d.add(new StringField("kind", kind, Field.Store.YES));
        d.add(new NumericDocValuesField("seq", seq));
        d.add(new StoredField("seq", seq));
    }

    private static void describe(org.apache.lucene.document.Document d, String url, String outlet, String title,
                                 LocalDate date, String origin) {
        if (url != null) {
            d.add(new StoredField("url", url));
        }
        if (outlet != null && !outlet.isBlank()) {
            d.add(new StoredField("outlet", outlet.strip()));
            d.add(new StringField("outlet_k", outlet.strip().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        if (title != null) {
            d.add(new StoredField("title", title));
        }
        if (date != null) {
            d.add(new StoredField("date", date.toString()));
            d.add(new IntPoint("day", (int) date.toEpochDay()));
        }
        if (origin != null) {
            d.add(new StoredField("origin", origin));
        }
    }

    @Override
    public void commit(Map<String, String> ingestState) throws IOException {
        Map<String, String> data = new TreeMap<>(ingestState);
        data.put("isnad.format", FORMAT);
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        if (searchers != null) {
            searchers.maybeRefreshBlocking();
        }
        writeManifest();
    }

    private void writeManifest() throws IOException {
        CorpusCounts c = counts();
        ObjectNode m = JSON.createObjectNode();
        m.put("format", FORMAT);
        m.put("analyzer", ArabicSearchAnalyzer.VERSION);
        m.put("lucene", org.apache.lucene.util.Version.LATEST.toString());
        m.put("updated", Instant.now().toString());
        m.put("articles", c.articles());
        m.put("analysed", c.analysed());
        m.put("duplicates", c.duplicates());
        m.put("note", "The index (index/) is the truth: its last commit is what the corpus holds; this file summarises it.");
        Path target = folder.resolve(MANIFEST);
        Path tmp = Files.createTempFile(folder, ".manifest", ".tmp");
        try {
            Files.writeString(tmp, PRETTY.writeValueAsString(m) + "\n");
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public Map<String, String> ingestState() throws IOException {
        if (!DirectoryReader.indexExists(dir)) {
            return Map.of();
        }
        Map<String, String> data = new LinkedHashMap<>(SegmentInfos.readLatestCommit(dir).getUserData());
        data.remove("isnad.format");
        return data;
    }

    // ---------------------------------------------------------------- reading

    @Override
    public void visitKeys(KeyVisitor visitor) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                var live = leaf.reader().getLiveDocs();
                SortedDocValues ids = leaf.reader().getSortedDocValues("id");
                NumericDocValues seqs = leaf.reader().getNumericDocValues("seq");
                NumericDocValues hashes = leaf.reader().getNumericDocValues("texthash");
                BinaryDocValues sigs = leaf.reader().getBinaryDocValues("minhash");
                SortedDocValues dupOf = leaf.reader().getSortedDocValues("dup_of");
                SortedDocValues dupKind = leaf.reader().getSortedDocValues("dup_kind");
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if ((live != null && !live.get(doc)) || ids == null || !ids.advanceExact(doc)) {
                        continue;
                    }
                    String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
                    long seq = seqs != null && seqs.advanceExact(doc) ? seqs.longValue() : -1;
                    String of = dupOf != null && dupOf.advanceExact(doc) ? dupOf.lookupOrd(dupOf.ordValue()).utf8ToString() : null;
                    String kind = dupKind != null && dupKind.advanceExact(doc) ? dupKind.lookupOrd(dupKind.ordValue()).utf8ToString() : null;
                    long hash = hashes != null && hashes.advanceExact(doc) ? hashes.longValue() : 0;
                    int[] sig = null;
                    if (sigs != null && sigs.advanceExact(doc)) {
                        BytesRef b = sigs.binaryValue();
                        sig = new int[b.length / 4];
                        ByteBuffer.wrap(b.bytes, b.offset, b.length).asIntBuffer().get(sig);
                    }
                    visitor.visit(id, seq, of, kind, hash, sig);
                }
            }
        } finally {
            searchers.release(s);
        }
    }

    @Override
    public Optional<ArticleRecord> get(String id) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs td = s.search(byIdAndKind(id, ARTICLE), 1);
            return td.scoreDocs.length == 0 ? Optional.empty()
                    : Optional.of(toArticle(s.storedFields().document(td.scoreDocs[0].doc)));
        } finally {
            searchers.release(s);
        }
    }

    @Override
    public Optional<DuplicateRecord> getDuplicate(String id) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs td = s.search(byIdAndKind(id, DUPLICATE), 1);
            if (td.scoreDocs.length == 0) {
                return Optional.empty();
            }
            var d = s.storedFields().document(td.scoreDocs[0].doc);
            return Optional.of(new DuplicateRecord(d.get("id"), d.getField("seq").numericValue().longValue(), d.get("dup_of"),
                    d.get("dup_kind"), d.getField("similarity").numericValue().doubleValue(), d.get("url"), d.get("outlet"),
                    d.get("title"), d.get("date") == null ? null : LocalDate.parse(d.get("date")), d.get("origin")));
        } finally {
            searchers.release(s);
        }
    }

    private static Query byIdAndKind(String id, String kind) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term("id", id)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term("kind", kind)), BooleanClause.Occur.FILTER).build();
    }

    private static ArticleRecord toArticle(org.apache.lucene.document.Document d) {
        BytesRef sb = d.getBinaryValue("sentences");
        int[] sentences = null;
        if (sb != null) {
            sentences = new int[sb.length / 4];
            ByteBuffer.wrap(sb.bytes, sb.offset, sb.length).asIntBuffer().get(sentences);
        }
        return new ArticleRecord(d.get("id"), d.getField("seq").numericValue().longValue(), d.get("url"), d.get("outlet"),
                d.get("title"), d.get("date") == null ? null : LocalDate.parse(d.get("date")), d.get("text"), d.get("origin"),
                d.get("analysis"), sentences);
    }

    @Override
    public SearchResult search(SearchQuery q) throws IOException {
        return search(q, null);
    }

    /** Reads each hit's stored document once, for the hit and the record both, and skips the snippets. */
    @Override
    public SearchResult searchWithRecords(SearchQuery q, HitVisitor visitor) throws IOException {
        return search(q, Objects.requireNonNull(visitor, "visitor"));
    }

    private SearchResult search(SearchQuery q, HitVisitor visitor) throws IOException {
        long t0 = System.nanoTime();
        IndexSearcher s = searchers.acquire();
        try {
            Query text = q.inClaims() ? textQuery(q.text(), q.sourceTypes().isEmpty() ? new String[] {"claim"}
                    : q.sourceTypes().stream().map(t -> CLAIM_PREFIX + t).toArray(String[]::new))
                    : textQuery(q.text(), "title_t", "text");
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(text == null ? new MatchAllDocsQuery() : text, text == null ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST);
            b.add(new TermQuery(new Term("kind", ARTICLE)), BooleanClause.Occur.FILTER);
            filter(b, "outlet_k", q.outlets().stream().map(o -> o.strip().toLowerCase(Locale.ROOT)).toList());
            filter(b, "actor", q.actors());
            filter(b, "source_type", q.sourceTypes());
            filter(b, "narrative", q.narratives());
            filter(b, "via", q.via());
            if (q.from() != null || q.to() != null) {
                int lo = q.from() == null ? Integer.MIN_VALUE : (int) q.from().toEpochDay();
                int hi = q.to() == null ? Integer.MAX_VALUE : (int) q.to().toEpochDay();
                b.add(IntPoint.newRangeQuery("day", lo, hi), BooleanClause.Occur.FILTER);
            }
            Query query = b.build();
            int n = Math.max(1, q.offset() + q.limit());
            // best first, ties (and a search without words) in ingest order: writer threads add documents in any order
            Sort order = text == null ? new Sort(new SortField("seq", SortField.Type.LONG))
                    : new Sort(SortField.FIELD_SCORE, new SortField("seq", SortField.Type.LONG));
            FacetsCollectorManager.FacetsResult r = FacetsCollectorManager.search(s, query, n, order, true, new FacetsCollectorManager());
            long total = 0;
            for (FacetsCollector.MatchingDocs md : r.facetsCollector().getMatchingDocs()) {
                total += md.totalHits;
            }
            ScoreDoc[] page = r.topDocs().scoreDocs;
            int from = Math.min(q.offset(), page.length);
            int to = Math.min(page.length, q.offset() + q.limit());
            String[] snippets = visitor != null ? new String[Math.max(0, to - from)] : snippets(s, text, q, page, from, to);
            List<SearchResult.Hit> hits = new ArrayList<>();
            var stored = s.storedFields();
            Set<String> wanted = q.inClaims() ? Set.of("id", "title", "outlet", "date", "url", "analysis")
                    : Set.of("id", "title", "outlet", "date", "url");
            Set<String> queryTerms = q.inClaims() ? ClaimMatcher.terms(analyzer, q.text()) : Set.of();
            for (int i = from; i < to; i++) {
                // the whole stored document costs no more to read than a few fields: they share compressed blocks
                var d = visitor != null ? stored.document(page[i].doc) : stored.document(page[i].doc, wanted);
                List<SearchResult.ClaimHit> claims = q.inClaims() ? ClaimMatcher.matchingClaims(d.get("analysis"), queryTerms, q.sourceTypes()) : List.of();
                SearchResult.Hit hit = new SearchResult.Hit(d.get("id"), page[i].score, d.get("title"), d.get("outlet"),
                        d.get("date") == null ? null : LocalDate.parse(d.get("date")), d.get("url"), snippets[i - from], claims);
                hits.add(hit);
                if (visitor != null) {
                    visitor.visit(hit, toArticle(d));
                }
            }
            Map<String, List<SearchResult.FacetCount>> fc = facetCounts(s, r.facetsCollector(), q);
            return new SearchResult(total, hits, fc, (System.nanoTime() - t0) / 1e6);
        } finally {
            searchers.release(s);
        }
    }

    private static void filter(BooleanQuery.Builder b, String field, List<String> values) {
        if (!values.isEmpty()) {
            b.add(new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
        }
    }

    /** The free-text part: classic query syntax over the fields (title weighs double), all words required; null for a blank query. */
    private Query textQuery(String text, String... fields) {
        if (text == null || text.isBlank()) {
            return null;
        }
        MultiFieldQueryParser p = new MultiFieldQueryParser(fields, analyzer, Map.of("title_t", 2f));
        p.setDefaultOperator(QueryParser.Operator.AND);
        // one clause per word: without it, a query whose other words are stop words ("بين الجمهورية") was flattened
        // into "in the title AND in the text" and found next to nothing
        p.setSplitOnWhitespace(true);
        try {
            return p.parse(text);
        } catch (ParseException | RuntimeException e) {
            // unbalanced quotes or brackets in a researcher's query: search the words literally
            try {
                return p.parse(QueryParser.escape(text));
            } catch (ParseException e2) {
                return null;
            }
        }
    }

    private String[] snippets(IndexSearcher s, Query text, SearchQuery q, ScoreDoc[] page, int from, int to) throws IOException {
        String[] out = new String[to - from];
        if (to <= from) {
            return out;
        }
        int[] docs = new int[to - from];
        for (int i = from; i < to; i++) {
            docs[i - from] = page[i].doc;
        }
        if (text != null) {
            UnifiedHighlighter h = UnifiedHighlighter.builder(s, analyzer)
                    .withFormatter(new DefaultPassageFormatter(q.highlightPre(), q.highlightPost(), " … ", false))
                    .withMaxNoHighlightPassages(1)
                    .withMaxLength(20_000)
                    // words matched in title or claim fields are marked in the text too
                    .withFieldMatcher(f -> true)
                    .build();
            // highlight the text field with the query's text-field terms
            Map<String, String[]> hl = h.highlightFields(new String[] {"text"}, text, docs, new int[] {2});
            String[] t = hl.get("text");
            for (int i = 0; i < out.length; i++) {
                out[i] = t[i] == null ? null : t[i].replace('\n', ' ');
            }
            return out;
        }
        var stored = s.storedFields();
        for (int i = 0; i < docs.length; i++) {
            String t = stored.document(docs[i], Set.of("text")).get("text");
            out[i] = t == null ? null : (t.length() > 200 ? t.substring(0, 200) + " …" : t).replace('\n', ' ');
        }
        return out;
    }

    private Map<String, List<SearchResult.FacetCount>> facetCounts(IndexSearcher s, FacetsCollector fc, SearchQuery q) throws IOException {
        Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
        if (q.facets().isEmpty()) {
            return out;
        }
        SortedSetDocValuesReaderState state = facetState(s.getIndexReader());
        if (state == null) {
            return out;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, fc);
        for (String dim : q.facets()) {
            FacetResult r;
            try {
                r = counts.getTopChildren(Math.max(1, q.facetTop()), dim);
            } catch (IllegalArgumentException e) {
                r = null; // no article carries this dimension yet
            }
            List<SearchResult.FacetCount> values = new ArrayList<>();
            if (r != null) {
                for (LabelAndValue lv : r.labelValues) {
                    values.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
                }
            }
            out.put(dim, values);
        }
        return out;
    }

    /** The facet ordinal map of the current reader, built once per reader (it costs a pass over the facet terms). */
    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState cur = facetState;
        if (cur != null && cur.reader() == reader) {
            return cur.state();
        }
        SortedSetDocValuesReaderState st;
        try {
            st = new DefaultSortedSetDocValuesReaderState(reader, facets);
        } catch (IllegalArgumentException e) {
            st = null; // no article has any facet value yet
        }
        facetState = new FacetState(reader, st);
        return st;
    }

    @Override
    public CorpusCounts counts() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return new CorpusCounts(s.count(new TermQuery(new Term("kind", ARTICLE))),
                    s.count(new TermQuery(new Term("analysed", "1"))),
                    s.count(new TermQuery(new Term("kind", DUPLICATE))));
        } finally {
            searchers.release(s);
        }
    }

    @Override
    public void forEachArticle(Consumer<ArticleRecord> consumer) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            // (seq, global doc id) of every article, sorted, so the order is ingest order whatever the merges did
            List<long[]> order = new ArrayList<>();
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                var live = leaf.reader().getLiveDocs();
                NumericDocValues seqs = leaf.reader().getNumericDocValues("seq");
                NumericDocValues hashes = leaf.reader().getNumericDocValues("texthash");
                SortedDocValues dupOf = leaf.reader().getSortedDocValues("dup_of");
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    boolean isArticle = hashes != null && hashes.advanceExact(doc) && (dupOf == null || !dupOf.advanceExact(doc));
                    if ((live != null && !live.get(doc)) || !isArticle) {
                        continue;
                    }
                    long seq = seqs.advanceExact(doc) ? seqs.longValue() : 0;
                    order.add(new long[] {seq, leaf.docBase + doc});
                }
            }
            order.sort(Comparator.comparingLong((long[] x) -> x[0]));
            var stored = s.storedFields();
            for (long[] o : order) {
                consumer.accept(toArticle(stored.document((int) o[1])));
            }
        } finally {
            searchers.release(s);
        }
    }

    @Override
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Bytes on disk of the index. */
    public long indexBytes() throws IOException {
        try (Stream<Path> files = Files.walk(folder.resolve("index"))) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        if (writer != null) {
            // uncommitted additions are dropped on purpose: only commits count (setCommitOnClose(false))
            writer.rollback();
        }
        dir.close();
    }
}
