package org.isnad.solr;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.solr.common.cloud.ZkStateReader;

/**
 * Cluster administration for a corpus collection: uploads the {@link ConfigSet} to ZooKeeper and creates the
 * collection with shards and replicas, waiting until every replica is active.
 */
public final class SolrAdmin {
    /** Name under which the config set is uploaded unless told otherwise. */
    public static final String DEFAULT_CONFIG = "isnad";

    private SolrAdmin() {}

    /** Uploads (or overwrites) the config set under {@code /configs/NAME} in the cluster's ZooKeeper. */
    public static void uploadConfigSet(CloudSolrClient client, String name) throws IOException {
        SolrZkClient zk = zkStateReader(client).getZkClient();
        try {
            for (String f : ConfigSet.FILES) {
                String path = ZkStateReader.CONFIGS_ZKNODE + "/" + name + "/" + f;
                byte[] data = ConfigSet.read(f);
                if (zk.exists(path, true)) {
                    zk.setData(path, data, -1, true);
                } else {
                    zk.makePath(path, data, true);
                }
            }
        } catch (org.apache.zookeeper.KeeperException e) {
            throw new IOException("cannot upload the config set " + name + " to ZooKeeper: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while uploading the config set", e);
        }
    }

    /**
     * Creates {@code target}'s collection from config set {@code config} with {@code shards} shards of
     * {@code replicas} NRT replicas each and waits (at most {@code waitSeconds}) until all are active.
     *
     * @throws IOException when the collection exists already or the cluster refuses it, with Solr's reason
     */
    public static void createCollection(CloudSolrClient client, SolrTarget target, String config, int shards, int replicas,
                                        int waitSeconds) throws IOException {
        if (shards < 1 || replicas < 1) {
            throw new IllegalArgumentException("shards and replicas must be at least 1");
        }
        try {
            if (CollectionAdminRequest.listCollections(client).contains(target.collection())) {
                throw new IOException("collection " + target.collection() + " exists already in " + target.zkConnect());
            }
            CollectionAdminRequest.createCollection(target.collection(), config, shards, replicas).process(client);
            zkStateReader(client).waitForState(target.collection(), waitSeconds, TimeUnit.SECONDS,
                    (live, coll) -> coll != null && coll.getSlices().size() == shards
                            && coll.getSlices().stream().allMatch(s -> s.getReplicas().size() == replicas
                            && s.getReplicas().stream().allMatch(r -> r.isActive(live))));
        } catch (SolrServerException | RuntimeException e) {
            throw new IOException("cannot create collection " + target.collection() + ": " + SolrClients.rootMessage(e), e);
        } catch (TimeoutException e) {
            throw new IOException("collection " + target.collection() + " created, but not all replicas active after " + waitSeconds + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while creating the collection", e);
        }
    }

    /** The short description of a collection: shards, replicas and their states. */
    public static String describe(CloudSolrClient client, String collection) {
        var ref = client.getClusterStateProvider().getState(collection);
        if (ref == null || ref.get() == null) {
            return "no collection " + collection;
        }
        var coll = ref.get();
        StringBuilder sb = new StringBuilder(collection).append(": ").append(coll.getSlices().size()).append(" shards");
        for (var s : coll.getSlices()) {
            sb.append("\n  ").append(s.getName()).append(':');
            for (var r : s.getReplicas()) {
                sb.append(' ').append(r.getNodeName()).append('=').append(r.getState().toString().toLowerCase(java.util.Locale.ROOT))
                  .append(r.isLeader() ? "*" : "");
            }
        }
        return sb.toString();
    }

    static ZkStateReader zkStateReader(CloudSolrClient client) {
        return ZkClientClusterStateProvider.from(client).getZkStateReader();
    }

}
