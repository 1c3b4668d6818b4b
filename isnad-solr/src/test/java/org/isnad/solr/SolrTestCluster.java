package org.isnad.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.isnad.arabic.ArabicPipeline;
import org.isnad.corpus.ingest.Ingester;
import org.isnad.corpus.ingest.Inputs;

/**
 * A throw-away SolrCloud for trying the CLI against (not a test): two Solr nodes and an embedded ZooKeeper in this
 * JVM, a collection {@code isnad} of 2 shards x 2 replicas with the bundled samples ingested, then it prints the
 * target ({@code ZK/isnad}) and runs until its standard input closes. Run from the module folder with the test class
 * path, in a JVM of its own (its Jetty 10 cannot share one with the server's Jetty 11):
 * {@code java -Djava.security.egd=file:/dev/./urandom -cp CLASSPATH org.isnad.solr.SolrTestCluster [--empty]}.
 */
public final class SolrTestCluster {
    private SolrTestCluster() {}

    public static void main(String[] args) throws Exception {
        boolean empty = List.of(args).contains("--empty");
        Path dir = Files.createTempDirectory("isnad-solr-cluster");
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, dir).configure();
        SolrTarget target = SolrTarget.parse(cluster.getZkServer().getZkAddress() + "/isnad");
        if (!empty) {
            try (CloudSolrClient c = SolrClients.open(target)) {
                SolrAdmin.uploadConfigSet(c, SolrAdmin.DEFAULT_CONFIG);
                SolrAdmin.createCollection(c, target, SolrAdmin.DEFAULT_CONFIG, 2, 2, 120);
            }
            try (SolrCorpusStore s = SolrCorpusStore.open(target)) {
                new Ingester(s, Ingester.Options.defaults(ArabicPipeline.standard()), null)
                        .run(Inputs.expand(List.of(Path.of("..", "samples", "seeds"))));
            }
        }
        System.out.println("READY " + target);
        System.out.flush();
        while (System.in.read() >= 0) {
            // runs until standard input closes
        }
        cluster.shutdown();
    }
}
