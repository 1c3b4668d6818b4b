package org.isnad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.arabic.ArabicPipeline;
import org.isnad.corpus.ingest.Ingester;
import org.isnad.corpus.ingest.Inputs;
import org.isnad.corpus.store.LuceneCorpusStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in headless Chromium (Debian's chromium and chromium-driver; skipped when they are not
 * installed): search, open seed 004, check its highlighted claims against the stored analysis; the
 * network and timeline pages; the recurring-claims page over the SaudiNewsNet slice of {@code ../shared}. The
 * screenshot goes to {@code target/article-004.png}, or to the path in the system property
 * {@code isnad.screenshot}.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static LuceneCorpusStore store;
    private static IsnadServer server;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser test skipped: needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install -y chromium chromium-driver)");
        store = LuceneCorpusStore.open(SeedCorpus.folder(), false);
        server = IsnadServer.start(store, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private static WebDriver chromium(Path profile) {
        // the driver and browser are given explicitly, so Selenium Manager has nothing to download
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1200,1600", "--lang=ar");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, o);
    }

    @Test
    void searchOpenArticleAndCheckHighlightedClaims(@TempDir Path profile) throws Exception {
        String base = "http://127.0.0.1:" + server.port() + "/";
        String id004 = SeedCorpus.id004(store);
        JsonNode analysis = new ObjectMapper().readTree(store.get(id004).orElseThrow().analysisJson());
        WebDriver d = chromium(profile);
        try {
            WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(20));
            d.get(base);
            assertEquals("rtl", d.findElement(By.tagName("html")).getAttribute("dir"));
            assertEquals("ar", d.findElement(By.tagName("html")).getAttribute("lang"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
            WebElement q = d.findElement(By.id("q"));
            q.sendKeys("سبوتنيك");
            d.findElement(By.id("go")).click();
            wait.until(ExpectedConditions.urlContains("q="));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "سبوتنيك"));
            List<WebElement> hits = d.findElements(By.cssSelector("a.hit-link"));
            assertEquals(1, hits.size());
            hits.get(0).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text span.claim")));
            assertEquals("rtl", d.findElement(By.tagName("html")).getAttribute("dir"));
            assertTrue(d.getCurrentUrl().contains(id004), d.getCurrentUrl());

            // a claim may come out as several elements where spans overlap: join them per claim id
            Map<String, StringBuilder> shown = new LinkedHashMap<>();
            Map<String, String> titles = new LinkedHashMap<>();
            for (WebElement e : d.findElements(By.cssSelector("#text span.claim"))) {
                String cid = e.getAttribute("data-claim");
                shown.computeIfAbsent(cid, k -> new StringBuilder()).append(e.getAttribute("textContent"));
                titles.putIfAbsent(cid, e.getAttribute("title"));
                assertTrue(e.getAttribute("class").contains("src-" + e.getAttribute("data-source-type")));
            }
            assertFalse(shown.isEmpty());
            int checked = 0;
            for (JsonNode c : analysis.path("claims")) {
                String cid = c.path("id").asText();
                if (!c.path("content").isObject()) {
                    continue;
                }
                assertTrue(shown.containsKey(cid), "claim " + cid + " highlighted");
                assertEquals(c.path("content").path("text").asText(), shown.get(cid).toString(), "claim " + cid);
                checked++;
            }
            assertTrue(checked >= 3, "claims checked: " + checked);
            assertTrue(titles.containsValue("مصدر مطلع ← سبوتنيك"), titles.toString());
            assertFalse(d.findElements(By.cssSelector("#text a.mention[href='actor.html?id=sputnik']")).isEmpty());

            d.manage().window().setSize(new Dimension(1200, 1600));
            File shot = ((ChromeDriver) d).getScreenshotAs(OutputType.FILE);
            Path target = Path.of(System.getProperty("isnad.screenshot", "target/article-004.png"));
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            assertTrue(Files.size(target) > 10_000);

            // the actor page of sputnik, reached through a mention link
            d.findElement(By.cssSelector("#text a.mention[href='actor.html?id=sputnik']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("name"), "سبوتنيك"));
            d.get(base + "sources.html");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("types"), "مصدر مجهول"));
        } finally {
            d.quit();
        }
    }

    @Test
    void networkDrawsActorsAndLeadsToTheTimeline(@TempDir Path profile) throws Exception {
        String base = "http://127.0.0.1:" + server.port() + "/";
        String isis = "تنظيم الدولة الإسلامية";
        WebDriver d = chromium(profile);
        try {
            WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(20));
            d.get(base + "network.html");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg#graph g.node")));
            List<WebElement> nodes = d.findElements(By.cssSelector("svg#graph g.node"));
            assertTrue(nodes.size() > 5, "nodes drawn: " + nodes.size());
            assertFalse(d.findElements(By.cssSelector("svg#graph .edge")).isEmpty(), "edges drawn");
            WebElement isisNode = null;
            for (WebElement n : nodes) {
                if (isis.equals(n.findElement(By.tagName("text")).getAttribute("textContent"))) {
                    isisNode = n;
                }
            }
            assertTrue(isisNode != null, "a node labelled " + isis);
            assertEquals("isis", isisNode.getAttribute("data-id"));
            File shot = ((ChromeDriver) d).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), Path.of("target/network.png"), StandardCopyOption.REPLACE_EXISTING);

            // a click on the node opens the actor page, which links to the actor's timeline
            // dispatched, not a pointer click: in a dense layout a smaller node may lie over the centre of ISIS
            ((JavascriptExecutor) d).executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))",
                    isisNode.findElement(By.tagName("circle")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("name"), isis));
            d.findElement(By.id("timeline-link")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline .tl-item")));
            assertFalse(d.findElements(By.cssSelector("#timeline .tl-item a[href^='article.html?id=']")).isEmpty());
            boolean feb2021 = false;
            for (WebElement h : d.findElements(By.cssSelector(".tl-month h2 bdi[dir=ltr]"))) {
                feb2021 |= "2021-02".equals(h.getText());
            }
            assertTrue(feb2021, "a month bucket 2021-02");
            Files.copy(((ChromeDriver) d).getScreenshotAs(OutputType.FILE).toPath(), Path.of("target/timeline.png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            d.quit();
        }
    }

    /** 250 real articles in which several outlets print the same agency reports (CC BY-NC-SA: read from ../shared, not copied). */
    private static final Path SAUDI_NEWS_NET = Path.of("..", "..", "shared", "data", "saudinewsnet-isis", "articles.jsonl");

    @Test
    void recurringClaimsPageLeadsToTheFirstAppearanceHighlighted(@TempDir Path profile, @TempDir Path corpus) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SAUDI_NEWS_NET), "recurring-claims browser test skipped: needs " + SAUDI_NEWS_NET);
        try (LuceneCorpusStore snn = LuceneCorpusStore.open(corpus, true)) {
            new Ingester(snn, Ingester.Options.defaults(ArabicPipeline.standard()), null)
                    .run(Inputs.expand(List.of(SAUDI_NEWS_NET.toAbsolutePath().normalize(), SeedCorpus.seedsDir())));
            try (IsnadServer srv = IsnadServer.start(snn, "127.0.0.1", 0)) {
                String base = "http://127.0.0.1:" + srv.port() + "/";
                WebDriver d = chromium(profile);
                try {
                    // up to two minutes: the first answer waits for the clusters to be computed (a 503 and retries)
                    WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(120));
                    d.get(base + "index.html");
                    // the shared navigation bar links every page to the new one
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header#nav a[href='recurring.html']")));
                    d.findElement(By.cssSelector("header#nav a[href='recurring.html']")).click();
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#clusters .cluster")));
                    assertEquals("rtl", d.findElement(By.tagName("html")).getAttribute("dir"));
                    assertEquals("page", d.findElement(By.cssSelector("header#nav a.on")).getAttribute("aria-current"));
                    WebElement first = d.findElements(By.cssSelector("#clusters .cluster")).get(0);
                    // the largest cluster: one agency report printed by several outlets, counts and date left-to-right
                    List<WebElement> counts = first.findElements(By.cssSelector(".counts bdi[dir=ltr]"));
                    assertTrue(Integer.parseInt(counts.get(0).getText()) >= 5, "articles: " + counts.get(0).getText());
                    assertTrue(Integer.parseInt(counts.get(1).getText()) >= 3, "outlets: " + counts.get(1).getText());
                    String date = first.findElement(By.cssSelector(".first bdi[dir=ltr]")).getText();
                    assertTrue(date.matches("\\d{4}-\\d{2}-\\d{2}"), date);
                    assertTrue(first.findElements(By.cssSelector(".tags a[href^='recurring.html?outlet=']")).size() >= 3);
                    Files.copy(((ChromeDriver) d).getScreenshotAs(OutputType.FILE).toPath(), Path.of("target/recurring.png"),
                            StandardCopyOption.REPLACE_EXISTING);

                    WebElement link = first.findElement(By.cssSelector("a.first-link"));
                    java.net.URI href = java.net.URI.create(link.getAttribute("href"));
                    Map<String, String> params = new LinkedHashMap<>();
                    for (String kv : href.getRawQuery().split("&")) {
                        String[] p = kv.split("=", 2);
                        params.put(p[0], java.net.URLDecoder.decode(p[1], java.nio.charset.StandardCharsets.UTF_8));
                    }
                    link.click();
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text span.claim.focus")));
                    // the marked claim is that claim of that article, whole, and the article is the earliest of the cluster
                    JsonNode an = new ObjectMapper().readTree(snn.get(params.get("id")).orElseThrow().analysisJson());
                    String content = null;
                    for (JsonNode c : an.path("claims")) {
                        if (c.path("id").asText().equals(params.get("claim"))) {
                            content = c.path("content").path("text").asText();
                        }
                    }
                    StringBuilder shown = new StringBuilder();
                    for (WebElement e : d.findElements(By.cssSelector("#text span.claim.focus"))) {
                        assertEquals(params.get("claim"), e.getAttribute("data-claim"));
                        shown.append(e.getAttribute("textContent"));
                    }
                    assertEquals(content, shown.toString());
                    assertTrue(d.findElement(By.id("meta")).getText().contains(date), d.findElement(By.id("meta")).getText());
                    Files.copy(((ChromeDriver) d).getScreenshotAs(OutputType.FILE).toPath(), Path.of("target/recurring-article.png"),
                            StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    d.quit();
                }
            }
        }
    }
}
