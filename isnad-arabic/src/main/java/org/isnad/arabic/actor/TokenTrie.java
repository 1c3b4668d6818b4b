package org.isnad.arabic.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over normalised token strings (one edge per word, not per character), so that matching a
 * document costs one hash lookup per token and candidate stem. Built once, then read-only.
 */
final class TokenTrie {

    static final class Node {
        private Map<String, Node> children;
        private List<CatalogueHit> hits;

        Node child(String word) {
            return children == null ? null : children.get(word);
        }

        List<CatalogueHit> hits() {
            return hits == null ? List.of() : hits;
        }

        boolean hasHits() {
            return hits != null;
        }
    }

    private final Node root = new Node();
    private int size;

    Node root() {
        return root;
    }

    int size() {
        return size;
    }

    /** Adds a phrase (its normalised words); a hit equal to one already there is not repeated. */
    void add(List<String> words, CatalogueHit hit) {
        if (words.isEmpty()) {
            return;
        }
        Node n = root;
        for (String w : words) {
            if (n.children == null) {
                n.children = new HashMap<>(4);
            }
            n = n.children.computeIfAbsent(w, k -> new Node());
        }
        if (n.hits == null) {
            n.hits = new ArrayList<>(1);
        }
        if (!n.hits.contains(hit)) {
            n.hits.add(hit);
            size++;
        }
    }

    /** The node reached by exactly these words, or null. */
    Node find(List<String> words) {
        Node n = root;
        for (String w : words) {
            n = n.child(w);
            if (n == null) {
                return null;
            }
        }
        return n;
    }
}
