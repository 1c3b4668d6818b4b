package org.isnad.corpus.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.isnad.arabic.text.TextAnnotator;
import org.isnad.core.model.Document;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Layer;
import org.isnad.corpus.recurring.RecurringClaims;
import org.isnad.corpus.recurring.StoredDocuments;
import org.isnad.corpus.store.ArticleRecord;
import org.isnad.corpus.store.CorpusCounts;
import org.isnad.corpus.store.CorpusStore;

/**
 * The recurring-claims answer of the API: the clusters {@link RecurringClaims} finds over every
 * analysed article of the store (similarity {@value #MIN_SIMILARITY}, as {@code isnad export --format
 * recurring}), computed by streaming the stored analyses once and kept until the corpus counts change;
 * each request only filters and pages the kept clusters. Thread-safe, one computation at a time. The
 * computation can take minutes on a large corpus of near-identical texts, so a request never waits
 * for one that is already running: it gets the previous clusters (flagged {@code stale}) or, when there
 * are none yet, a 503 asking it to try again.
 */
final class RecurringAnswers {
    static final double MIN_SIMILARITY = 0.5;
    /** Claims listed per cluster (the counts cover them all). */
    static final int ITEMS_PER_CLUSTER = 30;

    /** The clusters of one corpus state, with the names of the entities they mention. */
    record Snapshot(CorpusCounts counts, List<View> clusters, Map<String, String> names, int documents,
                    long millis) {}

    /** A cluster with what every answer shows of it, worked out once (large clusters hold thousands of claims). */
    record View(RecurringClaims.Cluster cluster, int articles, RecurringClaims.Item representative) {}

    private final CorpusStore store;
    private final ReentrantLock computing = new ReentrantLock();
    private volatile Snapshot snapshot;

    RecurringAnswers(CorpusStore store) {
        this.store = store;
    }

    /**
     * The clusters of the store as it is now, recomputed when its counts changed since the last
     * computation. With {@code wait} false and another thread computing, the last clusters (stale, or
     * null when there are none) instead of waiting.
     */
    Snapshot current(boolean wait) throws IOException {
        CorpusCounts now = store.counts();
        Snapshot s = snapshot;
        if (s != null && s.counts().equals(now)) {
            return s;
        }
        if (wait) {
            computing.lock();
        } else if (!computing.tryLock()) {
            return s;
        }
        try {
            s = snapshot;
            if (s == null || !s.counts().equals(now)) {
                s = compute(now);
                snapshot = s;
            }
            return s;
        } finally {
            computing.unlock();
        }
    }

    private Snapshot compute(CorpusCounts counts) throws IOException {
        long t0 = System.nanoTime();
        TextAnnotator text = new TextAnnotator();
        RecurringClaims.Collector collector = new RecurringClaims(MIN_SIMILARITY).collector();
        Map<String, String> names = new HashMap<>();
        store.forEachArticle(r -> {
            if (!r.analysed()) {
                return;
            }
            Document d = StoredDocuments.document(text, r);
            collector.add(d);
            for (Entity e : d.getOr(Layer.ENTITIES, List.<Entity>of())) {
                names.putIfAbsent(e.id(), e.nameAr() != null ? e.nameAr() : e.nameEn() != null ? e.nameEn() : e.id());
            }
        });
        List<RecurringClaims.Cluster> clusters = collector.clusters();
        // only the names a cluster needs are kept: the rest of the catalogue is not worth the memory
        Map<String, String> needed = new HashMap<>();
        for (RecurringClaims.Cluster c : clusters) {
            for (RecurringClaims.Item i : c.claims()) {
                i.actors().forEach(a -> needed.put(a, names.getOrDefault(a, a)));
                // a source or relay given as an entity id (no words in the text) is shown by its name
                if (i.source() != null && names.containsKey(i.source())) {
                    needed.put(i.source(), names.get(i.source()));
                }
                i.via().forEach(v -> {
                    if (names.containsKey(v)) {
                        needed.put(v, names.get(v));
                    }
                });
            }
        }
        List<View> views = new ArrayList<>();
        clusters.forEach(c -> views.add(new View(c, c.articles(), c.representative())));
        return new Snapshot(counts, List.copyOf(views), needed, collector.documents(), (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * Clusters naming one of {@code actors} (entity ids; any when empty), carried by one of
     * {@code outlets} (any when empty), with a claim of one of {@code sourceTypes} (any when empty),
     * published by at least {@code minOutlets} outlets; largest first, {@code limit} from {@code offset}.
     */
    ObjectNode answer(List<String> actors, List<String> outlets, List<String> sourceTypes, int minOutlets, int limit, int offset)
            throws IOException {
        Snapshot s = current(false);
        if (s == null) {
            throw new CorpusApi.ApiException(503, "the recurring claims are being computed; try again in a moment");
        }
        List<View> kept = new ArrayList<>();
        for (View v : s.clusters()) {
            RecurringClaims.Cluster c = v.cluster();
            if (c.outlets().size() >= minOutlets && matchesAny(actors, c.actors()) && matchesAny(outlets, c.outlets())
                    && matchesAny(sourceTypes, c.sourceTypes())) {
                kept.add(v);
            }
        }
        ObjectNode root = CorpusApi.JSON.createObjectNode().put("total", kept.size()).put("clusters_in_corpus", s.clusters().size())
                .put("articles_read", s.documents()).put("computed_millis", s.millis())
                .put("stale", !s.counts().equals(store.counts())).put("offset", offset).put("limit", limit)
                .put("min_similarity", MIN_SIMILARITY);
        ArrayNode arr = root.putArray("clusters");
        for (int k = offset; k < kept.size() && k < offset + (long) limit; k++) {
            arr.add(cluster(kept.get(k), s.names()));
        }
        return root;
    }

    private static boolean matchesAny(List<String> wanted, java.util.Set<String> have) {
        if (wanted.isEmpty()) {
            return true;
        }
        for (String w : wanted) {
            if (have.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private ObjectNode cluster(View v, Map<String, String> names) throws IOException {
        RecurringClaims.Cluster c = v.cluster();
        RecurringClaims.Item first = c.first();
        RecurringClaims.Item rep = v.representative();
        ObjectNode n = CorpusApi.JSON.createObjectNode().put("id", first.doc() + "/" + first.claimId()).put("articles", v.articles())
                .put("claims", c.claims().size()).put("outlet_count", c.outlets().size());
        n.putObject("representative").put("text", rep.content()).put("article", rep.doc()).put("claim", rep.claimId());
        ObjectNode f = item(first, names);
        Optional<ArticleRecord> a = store.get(first.doc());
        f.put("title", a.map(ArticleRecord::title).orElse(null));
        n.set("first", f);
        c.outlets().forEach(n.putArray("outlets")::add);
        c.sourceTypes().forEach(n.putArray("source_types")::add);
        ArrayNode actors = n.putArray("actors");
        c.actors().forEach(id -> actors.addObject().put("id", id).put("name", names.getOrDefault(id, id)));
        ArrayNode items = n.putArray("items");
        for (RecurringClaims.Item i : c.claims()) {
            if (items.size() >= ITEMS_PER_CLUSTER) {
                break;
            }
            items.add(item(i, names));
        }
        return n;
    }

    private static ObjectNode item(RecurringClaims.Item i, Map<String, String> names) {
        ObjectNode n = CorpusApi.JSON.createObjectNode().put("article", i.doc()).put("claim", i.claimId()).put("outlet", i.outlet())
                .put("date", i.date() == null ? null : i.date().toString()).put("source_type", i.sourceType()).put("source", i.source());
        List<String> chain = new ArrayList<>();
        chain.add(i.source() == null ? i.sourceType() : names.getOrDefault(i.source(), i.source()));
        i.via().forEach(v -> chain.add(names.getOrDefault(v, v)));
        n.put("chain", String.join(" ← ", chain)).put("content", i.content());
        return n;
    }
}
