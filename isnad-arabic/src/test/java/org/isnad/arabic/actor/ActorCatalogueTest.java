package org.isnad.arabic.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.isnad.core.model.MentionKind;
import org.junit.jupiter.api.Test;

/** The catalogue loads, is large enough, and keeps the ids and readings the gold uses. */
class ActorCatalogueTest {
    static final ActorCatalogue C = ActorCatalogue.shared();

    @Test
    void sizeAndTypes() {
        Map<String, Integer> byType = new TreeMap<>();
        C.actors().values().forEach(a -> byType.merge(a.type(), 1, Integer::sum));
        System.out.println("ACTOR CATALOGUE actors=" + C.actors().size() + " byType=" + byType
                + " phrases=" + C.phraseCount() + " namesByFile=" + C.namesByFile());
        assertTrue(C.actors().size() > 1500, "actors " + C.actors().size());
        assertTrue(C.phraseCount() > 3000, "phrases " + C.phraseCount());
    }

    @Test
    void goldIdsAndReadings() {
        for (String id : new String[] {"usa", "isis", "intl_coalition", "syria", "mosul", "iraq", "sputnik", "barack_obama",
                "washington_dc", "al_tanf_base", "gulf_states", "the_west"}) {
            assertNotNull(C.actor(id), id);
        }
        assertEquals("isis", C.lookup("داعش").get(0).id());
        assertEquals("isis", C.lookup("بداعش").get(0).id());
        assertEquals(MentionKind.METONYM, C.lookup("واشنطن").stream()
                .filter(h -> h.kind() == MentionKind.METONYM).findFirst().orElseThrow().kind());
        assertEquals("washington_dc", C.literalOf("واشنطن"));
        assertEquals("syria", C.lookup("النظام السوري").get(0).id());
        assertTrue(C.lookup("السوري").isEmpty(), "nationality adjective is not a phrase");
        assertTrue(C.actor("usa").is("state"));
        assertTrue(C.actor("isis").is("armed_group"));
    }

    @Test
    void slugsAreStable() {
        assertEquals("nwry_almalky", Slugs.slug("نوري المالكي"));
        assertEquals("tikrit", Slugs.slug("tikrit"));
    }

    /**
     * The hand-edited actor files stay well-formed: 5 to 8 TAB-separated fields, one row per id, and
     * no name given to two actors (the first would silently win).
     */
    @Test
    void handEditedFilesAreWellFormed() {
        Map<String, String> owner = new java.util.HashMap<>();
        List<String> problems = new java.util.ArrayList<>();
        for (String file : List.of("curated.tsv", "regions.tsv")) {
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (String[] r : org.isnad.arabic.resource.Resources.rows(ActorCatalogue.DIR + file)) {
                if (r.length < 5 || r.length > 8) {
                    problems.add(file + ": " + r.length + " fields: " + String.join("|", r));
                    continue;
                }
                if (!ids.add(r[0])) {
                    problems.add(file + ": id twice: " + r[0]);
                }
                for (int c = 4; c <= 5 && c < r.length; c++) {
                    for (String name : r[c].split("\\|")) {
                        String key = String.join(" ", ActorCatalogue.words(name));
                        String was = key.isEmpty() ? null : owner.putIfAbsent(key, r[0]);
                        if (was != null && !was.equals(r[0])) {
                            problems.add(file + ": " + name + " names " + was + " and " + r[0]);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** Each homograph row names two catalogue actors, and the word is a name of the default one. */
    @Test
    void homographRowsNameTwoActorsOfTheCatalogue() {
        ActorCatalogue c = ActorCatalogue.shared();
        List<String[]> rows = org.isnad.arabic.resource.Resources.rows(ActorCatalogue.DIR + "homographs.tsv");
        assertTrue(!rows.isEmpty());
        for (String[] r : rows) {
            assertEquals(6, r.length, String.join("|", r));
            String word = ActorCatalogue.norm(r[0]);
            assertTrue(c.actor(r[1].trim()) != null && c.actor(r[2].trim()) != null, String.join("|", r));
            assertEquals(r[1].trim(), c.lookup(word).get(0).id(), word);
            assertTrue(c.homograph(word) != null, word);
        }
    }
}
