package org.isnad.corpus.recurring;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.isnad.arabic.text.TextAnnotator;
import org.isnad.core.json.DocumentJson;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Document;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Layer;
import org.isnad.core.model.Mention;
import org.isnad.core.model.MentionKind;
import org.isnad.core.model.Meta;
import org.isnad.core.model.Span;
import org.isnad.core.model.ViaLink;
import org.isnad.corpus.store.ArticleRecord;
import org.isnad.corpus.store.CorpusStore;

/**
 * Rebuilds, from a corpus, the documents that {@link RecurringClaims} reads: the stored text with its
 * text layer recomputed (cheap, and the same as at ingest), metadata from the record, and the claims
 * and entities of the stored gold-schema analysis. Articles stored without analysis are skipped.
 */
public final class StoredDocuments {
    private StoredDocuments() {}

    public static List<Document> read(CorpusStore store) throws IOException {
        TextAnnotator text = new TextAnnotator();
        List<Document> out = new ArrayList<>();
        store.forEachArticle(r -> {
            if (r.analysed()) {
                out.add(document(text, r));
            }
        });
        return out;
    }

    /** The document of one analysed record ({@code r.analysed()}); {@code text} may be shared by one thread's calls. */
    public static Document document(TextAnnotator text, ArticleRecord r) {
        JsonNode a;
        try {
            a = DocumentJson.MAPPER.readTree(r.analysisJson());
        } catch (IOException e) {
            throw new IllegalStateException("stored analysis of " + r.id() + " is not JSON", e);
        }
        Document d = text.annotate(Document.of(r.id(), r.text()));
        d = d.with(Layer.META, new Meta(r.title(), r.outlet(), r.date(), null));
        List<Entity> entities = new ArrayList<>();
        for (JsonNode e : a.path("entities")) {
            List<Mention> ms = new ArrayList<>();
            for (JsonNode m : e.path("mentions")) {
                ms.add(new Mention(span(m), MentionKind.valueOf(m.path("kind").asText("name").toUpperCase(java.util.Locale.ROOT))));
            }
            entities.add(new Entity(e.path("id").asText(), e.path("type").asText(), str(e, "subtype"), str(e, "name_en"),
                    str(e, "name_ar"), ms));
        }
        List<Claim> claims = new ArrayList<>();
        for (JsonNode c : a.path("claims")) {
            List<ViaLink> via = new ArrayList<>();
            for (JsonNode v : c.path("via")) {
                via.add(new ViaLink(v.has("start") ? span(v) : null, str(v, "entity")));
            }
            claims.add(new Claim(c.path("id").asText(), span(c.get("cue")), span(c.get("source")), str(c, "source_entity"),
                    str(c, "source_text"), c.path("source_type").asText("anonymous"), via, span(c.get("content")),
                    "deny".equals(str(c, "polarity")), c.path("hedged").asBoolean(), c.path("direct_quote").asBoolean()));
        }
        return d.with(Layer.ENTITIES, entities).with(Layer.CLAIMS, claims);
    }

    private static Span span(JsonNode n) {
        return n == null || n.isNull() || !n.has("start") ? null : new Span(n.get("start").asInt(), n.get("end").asInt());
    }

    private static String str(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }
}
