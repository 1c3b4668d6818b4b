package org.isnad.solr;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.impl.CloudLegacySolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;

/**
 * Opens SolrCloud clients. The client is SolrJ's {@link CloudLegacySolrClient}: it reads the cluster state
 * from ZooKeeper, sends each request to a live replica and retries on another when one fails, and speaks
 * HTTP through Apache HttpClient, so it needs no Jetty client: the CLI's jar carries Javalin's Jetty 11,
 * which cannot share a class path with the Jetty 10 client of SolrJ's HTTP/2 clients.
 */
public final class SolrClients {
    private SolrClients() {}

    /**
     * A connected client for {@code target} (its default collection set).
     *
     * @throws IOException when ZooKeeper cannot be reached, with a message naming it
     */
    @SuppressWarnings("deprecation") // the legacy cloud client is the one without a Jetty dependency in SolrJ 9
    public static CloudSolrClient open(SolrTarget target) throws IOException {
        CloudSolrClient client = new CloudLegacySolrClient.Builder(target.zkHosts(), Optional.ofNullable(target.chroot()))
                .withZkConnectTimeout(15, TimeUnit.SECONDS)
                .withZkClientTimeout(30, TimeUnit.SECONDS)
                .withDefaultCollection(target.collection())
                .build();
        try {
            client.connect();
            return client;
        } catch (RuntimeException e) {
            try {
                client.close();
            } catch (IOException | RuntimeException ignored) {
                // failing anyway
            }
            throw new IOException("cannot reach the SolrCloud cluster at ZooKeeper " + target.zkConnect() + ": " + rootMessage(e), e);
        }
    }

    /** The innermost message of an exception chain, for one-line errors. */
    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        String top = e.getMessage();
        return top != null && t != e && !top.contains(m) ? top + " (" + m + ")" : (top == null ? m : top);
    }
}
