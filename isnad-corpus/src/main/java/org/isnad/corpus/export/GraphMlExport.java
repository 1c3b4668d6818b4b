package org.isnad.corpus.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.isnad.corpus.store.ArticleRecord;
import org.isnad.corpus.store.CorpusStore;

/**
 * Writes the actor co-occurrence network as GraphML (readable by Gephi, networkx, igraph): one node
 * per entity id with its type, names, number of mentions and of articles; one undirected edge per
 * pair of entities mentioned in the same sentence, weighted by the number of sentences in which
 * they co-occur. Sentences come from the text layer stored with each analysed article; unanalysed
 * articles contribute nothing. Nodes and edges are written in sorted order (stable output).
 */
public final class GraphMlExport {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private static final class Node {
        String type;
        String nameEn;
        String nameAr;
        long mentions;
        long articles;
    }

    private GraphMlExport() {}

    /** The graph's size: nodes and edges written. */
    public record Size(int nodes, int edges) {}

    public static Size write(CorpusStore store, Path out) throws IOException {
        Map<String, Node> nodes = new TreeMap<>();
        Map<String, Map<String, Long>> edges = new TreeMap<>();
        store.forEachArticle(a -> collect(a, nodes, edges));
        int[] edgeCount = {0};
        Exports.atomically(out, os -> {
            try {
                XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(os, "UTF-8");
                x.writeStartDocument("UTF-8", "1.0");
                x.writeCharacters("\n");
                x.writeStartElement("graphml");
                x.writeDefaultNamespace(NS);
                key(x, "label", "node", "label", "string");
                key(x, "type", "node", "type", "string");
                key(x, "name_en", "node", "name_en", "string");
                key(x, "name_ar", "node", "name_ar", "string");
                key(x, "mentions", "node", "mentions", "long");
                key(x, "articles", "node", "articles", "long");
                key(x, "weight", "edge", "weight", "double");
                x.writeStartElement("graph");
                x.writeAttribute("id", "actors");
                x.writeAttribute("edgedefault", "undirected");
                x.writeCharacters("\n");
                for (Map.Entry<String, Node> e : nodes.entrySet()) {
                    Node n = e.getValue();
                    x.writeStartElement("node");
                    x.writeAttribute("id", e.getKey());
                    data(x, "label", n.nameEn != null ? n.nameEn : n.nameAr != null ? n.nameAr : e.getKey());
                    data(x, "type", n.type);
                    data(x, "name_en", n.nameEn);
                    data(x, "name_ar", n.nameAr);
                    data(x, "mentions", String.valueOf(n.mentions));
                    data(x, "articles", String.valueOf(n.articles));
                    x.writeEndElement();
                    x.writeCharacters("\n");
                }
                int id = 0;
                for (Map.Entry<String, Map<String, Long>> e : edges.entrySet()) {
                    for (Map.Entry<String, Long> t : e.getValue().entrySet()) {
                        x.writeStartElement("edge");
                        x.writeAttribute("id", "e" + id++);
                        x.writeAttribute("source", e.getKey());
                        x.writeAttribute("target", t.getKey());
                        data(x, "weight", String.valueOf(t.getValue()));
                        x.writeEndElement();
                        x.writeCharacters("\n");
                    }
                }
                edgeCount[0] = id;
                x.writeEndElement();
                x.writeEndElement();
                x.writeEndDocument();
                x.close();
            } catch (XMLStreamException e) {
                throw new IOException("cannot write GraphML: " + e.getMessage(), e);
            }
        });
        return new Size(nodes.size(), edgeCount[0]);
    }

    private static void collect(ArticleRecord a, Map<String, Node> nodes, Map<String, Map<String, Long>> edges) {
        JsonNode an = Exports.analysis(a);
        if (an == null) {
            return;
        }
        int[] sents = a.sentences() == null ? new int[0] : a.sentences();
        // sentence index -> entity ids mentioned in it
        Map<Integer, Set<String>> bySentence = new HashMap<>();
        Set<String> inArticle = new HashSet<>();
        for (JsonNode e : an.path("entities")) {
            String id = e.path("id").asText(null);
            if (id == null) {
                continue;
            }
            Node n = nodes.computeIfAbsent(id, k -> new Node());
            n.type = n.type != null ? n.type : e.path("type").asText(null);
            n.nameEn = n.nameEn != null ? n.nameEn : text(e, "name_en");
            n.nameAr = n.nameAr != null ? n.nameAr : text(e, "name_ar");
            for (JsonNode m : e.path("mentions")) {
                n.mentions++;
                int s = sentenceOf(sents, m.path("start").asInt(-1));
                if (s >= 0) {
                    bySentence.computeIfAbsent(s, k -> new TreeSet<>()).add(id);
                }
            }
            if (inArticle.add(id)) {
                n.articles++;
            }
        }
        for (Set<String> ids : bySentence.values()) {
            List<String> l = new ArrayList<>(ids);
            for (int i = 0; i < l.size(); i++) {
                for (int j = i + 1; j < l.size(); j++) {
                    edges.computeIfAbsent(l.get(i), k -> new TreeMap<>()).merge(l.get(j), 1L, Long::sum);
                }
            }
        }
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Index of the sentence containing {@code offset} (spans are sorted [start, end) pairs), or -1. */
    public static int sentenceOf(int[] spans, int offset) {
        int lo = 0;
        int hi = spans.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (offset < spans[2 * mid]) {
                hi = mid - 1;
            } else if (offset >= spans[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private static void key(XMLStreamWriter x, String id, String forWhat, String name, String type) throws XMLStreamException {
        x.writeEmptyElement("key");
        x.writeAttribute("id", id);
        x.writeAttribute("for", forWhat);
        x.writeAttribute("attr.name", name);
        x.writeAttribute("attr.type", type);
        x.writeCharacters("\n");
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(value);
        x.writeEndElement();
    }
}
