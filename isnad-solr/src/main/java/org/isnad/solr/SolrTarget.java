package org.isnad.solr;

import java.util.Arrays;
import java.util.List;

/**
 * Where a corpus lives in SolrCloud, as users write it: {@code ZK_HOSTS/COLLECTION} or
 * {@code ZK_HOSTS/CHROOT/COLLECTION}, e.g. {@code zk1:2181,zk2:2181,zk3:2181/isnad} or
 * {@code localhost:9983/solr/isnad}: the ZooKeeper ensemble (comma-separated host:port), an optional
 * chroot (every path segment but the last) and the collection (the last segment).
 */
public record SolrTarget(List<String> zkHosts, String chroot, String collection) {

    public SolrTarget {
        zkHosts = List.copyOf(zkHosts);
    }

    /**
     * Parses {@code ZK_HOSTS[/CHROOT]/COLLECTION}.
     *
     * @throws IllegalArgumentException with the expected form when {@code s} is not one
     */
    public static SolrTarget parse(String s) {
        String form = " (expected ZK_HOSTS/COLLECTION, e.g. localhost:2181/isnad or zk1:2181,zk2:2181/solr/isnad)";
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException("no SolrCloud target" + form);
        }
        String t = s.strip();
        int slash = t.indexOf('/');
        int last = t.lastIndexOf('/');
        if (slash <= 0 || last == t.length() - 1) {
            throw new IllegalArgumentException("not a SolrCloud target: " + s + form);
        }
        List<String> hosts = Arrays.stream(t.substring(0, slash).split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
        if (hosts.isEmpty() || hosts.stream().anyMatch(h -> !h.matches("[A-Za-z0-9._\\-\\[\\]:]+"))) {
            throw new IllegalArgumentException("not a list of ZooKeeper hosts: " + t.substring(0, slash) + form);
        }
        String chroot = slash == last ? null : t.substring(slash, last);
        String collection = t.substring(last + 1);
        if (!collection.matches("[A-Za-z0-9._\\-]+")) {
            throw new IllegalArgumentException("not a collection name: " + collection + form);
        }
        return new SolrTarget(hosts, chroot, collection);
    }

    /** The ZooKeeper connect string with the chroot, as Solr writes it. */
    public String zkConnect() {
        return String.join(",", zkHosts) + (chroot == null ? "" : chroot);
    }

    @Override
    public String toString() {
        return zkConnect() + "/" + collection;
    }
}
