package org.isnad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.isnad.corpus.store.LuceneCorpusStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The REST API over the seed samples, through HTTP. */
class ApiTest {
    private static LuceneCorpusStore store;
    private static IsnadServer server;
    private static String id004;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        store = LuceneCorpusStore.open(SeedCorpus.folder(), false);
        id004 = SeedCorpus.id004(store);
        server = IsnadServer.start(store, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        store.close();
    }

    private record Answer(int status, JsonNode body, String contentType) {}

    private static Answer get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), JSON.readTree(r.body()), r.headers().firstValue("content-type").orElse(""));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void searchFindsSputnikIn004WithFacets() throws Exception {
        Answer a = get("/api/search?q=" + enc("سبوتنيك"));
        assertEquals(200, a.status());
        assertTrue(a.contentType().startsWith("application/json"), a.contentType());
        assertEquals(1, a.body().path("total").asInt());
        JsonNode hit = a.body().path("hits").path(0);
        assertEquals(id004, hit.path("id").asText());
        assertTrue(hit.path("snippet_html").asText().contains("<b>سبوتنيك</b>"), hit.path("snippet_html").asText());
        assertTrue(a.body().path("facets").path("actor").size() > 0);
        assertEquals("2021", a.body().path("facets").path("year").path(0).path("value").asText());
        // filters: the via facet value of 004 selects it; a date range outside it selects nothing
        assertEquals(id004, get("/api/search?via=sputnik").body().path("hits").path(0).path("id").asText());
        assertEquals(0, get("/api/search?q=" + enc("سبوتنيك") + "&from=2022&to=2023").body().path("total").asInt());
    }

    @Test
    void article004HasClaimsViaSputnikAndHighlightedHtml() throws Exception {
        Answer a = get("/api/articles/" + id004 + "?html=true");
        assertEquals(200, a.status());
        JsonNode an = a.body().path("analysis");
        String text = a.body().path("text").asText();
        boolean viaSputnik = false;
        for (JsonNode c : an.path("claims")) {
            for (JsonNode v : c.path("via")) {
                viaSputnik |= "sputnik".equals(v.path("entity").asText());
            }
            JsonNode content = c.path("content");
            assertEquals(content.path("text").asText(), text.substring(content.path("start").asInt(), content.path("end").asInt()));
        }
        assertTrue(viaSputnik, "a claim of 004 is relayed via sputnik");
        for (String layer : new String[] {"entities", "claims", "quantities", "times", "events", "narratives", "boilerplate"}) {
            assertTrue(an.has(layer), layer);
        }
        String html = a.body().path("html").asText();
        assertTrue(html.contains("class=\"claim src-anonymous\""), "anonymous claim highlighted");
        assertTrue(html.contains("title=\"مصدر مطلع ← سبوتنيك\""), "chain in the title");
        assertTrue(html.contains("href=\"actor.html?id=sputnik\""), "mentions link to the actor page");
    }

    @Test
    void sourcesRankAnonymousSources() throws Exception {
        Answer a = get("/api/sources");
        assertEquals(200, a.status());
        boolean anonymous = false;
        for (JsonNode t : a.body().path("by_source_type")) {
            anonymous |= "anonymous".equals(t.path("key").asText()) && t.path("claims").asInt() > 0;
        }
        assertTrue(anonymous, a.body().toString());
        JsonNode by = a.body().path("by_source_type");
        for (int i = 1; i < by.size(); i++) {
            assertTrue(by.path(i - 1).path("claims").asInt() >= by.path(i).path("claims").asInt(), "ranked");
        }
        boolean sputnikRelays = false;
        for (JsonNode v : a.body().path("by_via")) {
            sputnikRelays |= "sputnik".equals(v.path("key").asText());
        }
        assertTrue(sputnikRelays);
    }

    @Test
    void claimsFilteredBySourceTypeAndChain() throws Exception {
        Answer a = get("/api/claims?source_type=anonymous&via=sputnik");
        assertEquals(200, a.status());
        assertTrue(a.body().path("total").asInt() > 0);
        for (JsonNode c : a.body().path("claims")) {
            assertEquals("anonymous", c.path("source_type").asText());
            assertEquals(id004, c.path("article").asText());
            assertTrue(c.path("chain").asText().endsWith("سبوتنيك"), c.path("chain").asText());
        }
    }

    @Test
    void actorPage() throws Exception {
        Answer a = get("/api/actors/sputnik");
        assertEquals(200, a.status());
        assertTrue(a.body().path("mention_count").asInt() > 0);
        assertFalse(a.body().path("claims_via").isEmpty());
        assertFalse(a.body().path("co_occurring").isEmpty());
    }

    @Test
    void networkJoinsUsaAndIsis() throws Exception {
        Answer a = get("/api/network");
        assertEquals(200, a.status());
        assertTrue(hasEdge(a.body(), "usa", "isis"), "an edge between usa and isis");
        boolean typedRelation = false;
        for (JsonNode e : a.body().path("edges")) {
            typedRelation |= "relation".equals(e.path("kind").asText()) && e.path("type").asText().length() > 0;
        }
        assertTrue(typedRelation, "event relations among the edges");
        JsonNode isis = null;
        for (JsonNode n : a.body().path("nodes")) {
            if ("isis".equals(n.path("id").asText())) {
                isis = n;
            }
        }
        assertTrue(isis != null && isis.path("mentions").asInt() > 0 && isis.path("name").asText().length() > 0, String.valueOf(isis));
        // focused on isis: it comes first, every node is tied to it, heavy thresholds drop co-occurrence edges
        Answer f = get("/api/network?actor=isis&limit=5");
        assertEquals("isis", f.body().path("nodes").path(0).path("id").asText());
        assertTrue(f.body().path("nodes").size() <= 5);
        assertTrue(hasEdge(f.body(), "usa", "isis"));
        for (JsonNode e : get("/api/network?min_weight=1000").body().path("edges")) {
            assertEquals("relation", e.path("kind").asText());
        }
        assertEquals(400, get("/api/network?limit=0").status());
    }

    private static boolean hasEdge(JsonNode net, String x, String y) {
        for (JsonNode e : net.path("edges")) {
            String s = e.path("source").asText();
            String t = e.path("target").asText();
            if ((s.equals(x) && t.equals(y)) || (s.equals(y) && t.equals(x))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void timelineOfIsisHasFebruary2021ClaimsOf004() throws Exception {
        Answer a = get("/api/timeline?actor=isis");
        assertEquals(200, a.status());
        assertTrue(a.body().path("total").asInt() > 0);
        boolean feb004 = false;
        String prev = "";
        for (JsonNode m : a.body().path("months")) {
            String month = m.path("month").asText("~");
            assertTrue(month.compareTo(prev) > 0, "months ascending: " + prev + " " + month);
            prev = month;
            for (JsonNode c : m.path("claims")) {
                feb004 |= "2021-02".equals(month) && id004.equals(c.path("article").asText());
                assertTrue(c.path("chain").asText().length() > 0);
            }
        }
        assertTrue(feb004, "a claim of 004 in 2021-02");
        assertEquals(400, get("/api/timeline").status());
        assertEquals(404, get("/api/timeline?actor=no_such_actor").status());
    }

    @Test
    void unknownIdsAreJson404() throws Exception {
        for (String path : new String[] {"/api/articles/nope", "/api/actors/no_such_actor", "/api/nothing"}) {
            Answer a = get(path);
            assertEquals(404, a.status(), path);
            assertEquals(404, a.body().path("status").asInt());
            assertTrue(a.body().path("error").asText().length() > 0);
        }
        assertEquals(400, get("/api/search?limit=abc").status());
        assertEquals(400, get("/api/search?from=2021-13").status());
    }

    @Test
    void openApiAndUi() throws Exception {
        Answer a = get("/api/openapi.json");
        assertEquals("3.0.3", a.body().path("openapi").asText());
        assertTrue(a.body().path("paths").has("/api/claims"));
        assertTrue(a.body().path("paths").has("/api/network"));
        assertTrue(a.body().path("paths").has("/api/timeline"));
        assertTrue(a.body().path("paths").has("/api/recurring"));
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("dir=\"rtl\""));
    }

    @Test
    void recurringOverTheSeedsFindsNothingAndChecksItsParameters() throws Exception {
        // the server's background thread may be computing the clusters: 503 until it is done
        Answer a = get("/api/recurring");
        for (int i = 0; i < 120 && a.status() == 503; i++) {
            Thread.sleep(500);
            a = get("/api/recurring");
        }
        assertEquals(200, a.status(), a.body()::toString);
        // five different opinion pieces: no claim repeated in another article
        assertEquals(0, a.body().path("total").asInt());
        assertEquals(5, a.body().path("articles_read").asInt());
        assertEquals(0, a.body().path("clusters").size());
        assertEquals(400, get("/api/recurring?min_outlets=0").status());
        assertEquals(400, get("/api/recurring?limit=x").status());
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/recurring.html")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("ادعاءات متكررة"));
    }
}
