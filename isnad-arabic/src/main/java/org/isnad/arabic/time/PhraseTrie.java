package org.isnad.arabic.time;

import java.util.HashMap;
import java.util.Map;

/**
 * A token trie over normalised word forms: phrases of one or more tokens mapped to a payload.
 * Built once at load time, then read-only (safe to share across threads).
 */
final class PhraseTrie<T> {

    static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>(4);
        T value;
    }

    private final Node<T> root = new Node<>();

    /** Adds a phrase whose tokens are already normalised; a later entry with the same phrase wins. */
    void put(String[] tokens, T value) {
        Node<T> n = root;
        for (String t : tokens) {
            n = n.next.computeIfAbsent(t, k -> new Node<>());
        }
        n.value = value;
    }

    /** The child of the root for a first token, or null. */
    Node<T> first(String token) {
        return root.next.get(token);
    }

    java.util.Set<String> firstTokens() {
        return root.next.keySet();
    }
}
