package org.isnad.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SolrTargetTest {

    @Test
    void hostsChrootAndCollection() {
        SolrTarget t = SolrTarget.parse("zk1:2181,zk2:2181, zk3:2181/solr/isnad");
        assertEquals(List.of("zk1:2181", "zk2:2181", "zk3:2181"), t.zkHosts());
        assertEquals("/solr", t.chroot());
        assertEquals("isnad", t.collection());
        assertEquals("zk1:2181,zk2:2181,zk3:2181/solr", t.zkConnect());
        SolrTarget plain = SolrTarget.parse("localhost:9983/news_2024");
        assertNull(plain.chroot());
        assertEquals("news_2024", plain.collection());
        assertEquals("localhost:9983/a/b/c", SolrTarget.parse("localhost:9983/a/b/c").zkConnect() + "/c");
    }

    @Test
    void badTargetsSayTheForm() {
        for (String bad : new String[] {"", "localhost:9983", "localhost:9983/", "/isnad", "zk host:1/isnad", "localhost:1/is nad"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SolrTarget.parse(bad), bad);
            assertTrue(e.getMessage().contains("ZK_HOSTS/COLLECTION"), e.getMessage());
        }
    }
}
