package org.isnad.server;

import org.isnad.corpus.api.CorpusApi;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.isnad.corpus.store.CorpusStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the JSON API under {@code /api/} ({@link CorpusApi}) and the Arabic web UI (static
 * files under {@code isnad/web/} on the classpath) at {@code /}. Reads the store only. Errors are
 * JSON {@code {"status": N, "error": "..."}} with the matching status (400 for a bad parameter, 404 for
 * an unknown id or path under {@code /api/}). A background thread keeps the whole-corpus answers
 * (sources, recurring claims) computed for the store's last commit. {@link #close} stops the server
 * and that thread, not the store.
 */
public final class IsnadServer implements AutoCloseable {
    /** How often the background thread looks for new commits to precompute the whole-corpus answers for. */
    private static final long PRECOMPUTE_SECONDS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(IsnadServer.class);

    private final Javalin app;
    private final ScheduledExecutorService background;

    private IsnadServer(Javalin app, ScheduledExecutorService background) {
        this.app = app;
        this.background = background;
    }

    /** Starts serving {@code store} on {@code host:port} (port 0: a free port, see {@link #port()}). */
    public static IsnadServer start(CorpusStore store, String host, int port) {
        CorpusApi api = new CorpusApi(store);
        byte[] openapi = resource("isnad/server/openapi.json");
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/isnad/web";
                sf.location = Location.CLASSPATH;
            });
        });
        app.get("/api/search", ctx -> json(ctx, api.search(new CorpusApi.SearchParams(ctx.queryParam("q"), list(ctx, "outlet"),
                list(ctx, "actor"), list(ctx, "source_type"), list(ctx, "narrative"), list(ctx, "via"), date(ctx, "from", false),
                date(ctx, "to", true), intParam(ctx, "limit", 20, 0, 1000), intParam(ctx, "offset", 0, 0, 1_000_000),
                "true".equals(ctx.queryParam("in_claims")) || "1".equals(ctx.queryParam("in_claims"))))));
        app.get("/api/articles/{id}", ctx -> json(ctx, api.article(ctx.pathParam("id"),
                "true".equals(ctx.queryParam("html")) || "1".equals(ctx.queryParam("html")))));
        app.get("/api/actors/{id}", ctx -> json(ctx, api.actor(ctx.pathParam("id"), intParam(ctx, "limit", 100, 1, 10_000))));
        app.get("/api/sources", ctx -> json(ctx, api.sources(intParam(ctx, "limit", 50, 1, 100_000))));
        app.get("/api/claims", ctx -> json(ctx, api.claims(list(ctx, "source_type"), list(ctx, "via"), ctx.queryParam("q"),
                intParam(ctx, "limit", 50, 0, 10_000), intParam(ctx, "offset", 0, 0, 1_000_000))));
        app.get("/api/network", ctx -> json(ctx, api.network(ctx.queryParam("actor"), ctx.queryParam("q"),
                intParam(ctx, "min_weight", 1, 1, 1_000_000), intParam(ctx, "limit", 60, 1, 500))));
        app.get("/api/timeline", ctx -> {
            String actor = ctx.queryParam("actor");
            if (actor == null || actor.isBlank()) {
                throw new IllegalArgumentException("actor is required");
            }
            json(ctx, api.timeline(actor.strip(), intParam(ctx, "limit", 500, 1, 10_000)));
        });
        app.get("/api/recurring", ctx -> json(ctx, api.recurring(list(ctx, "actor"), list(ctx, "outlet"), list(ctx, "source_type"),
                intParam(ctx, "min_outlets", 1, 1, 1000), intParam(ctx, "limit", 50, 0, 10_000), intParam(ctx, "offset", 0, 0, 1_000_000))));
        app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
        app.get("/api/<rest>", ctx -> error(ctx, 404, "no such endpoint: " + ctx.path()));
        app.exception(CorpusApi.ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> error(ctx, 500, String.valueOf(e)));
        app.start(host, port);
        // the sources ranking and the recurring claims scan the whole corpus (seconds on 10,000 articles):
        // compute them at start and after each commit, off the request path
        ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "isnad-precompute");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        background.scheduleWithFixedDelay(() -> {
            try {
                api.precompute();
            } catch (Exception e) {
                LOG.warn("precomputing the corpus-wide answers failed: {}", e.toString());
            }
        }, 0, PRECOMPUTE_SECONDS, TimeUnit.SECONDS);
        return new IsnadServer(app, background);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        background.shutdownNow();
        app.stop();
    }

    private static void json(Context ctx, JsonNode node) throws IOException {
        ctx.contentType("application/json; charset=utf-8").result(CorpusApi.JSON.writeValueAsBytes(node));
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).contentType("application/json; charset=utf-8")
                .result(CorpusApi.JSON.createObjectNode().put("status", status).put("error", message).toString());
    }

    /** Values of a repeatable parameter; a comma also separates values. */
    private static List<String> list(Context ctx, String name) {
        List<String> out = new ArrayList<>();
        for (String v : ctx.queryParams(name)) {
            for (String p : v.split(",")) {
                if (!p.isBlank()) {
                    out.add(p.strip());
                }
            }
        }
        return out;
    }

    private static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a number: " + v);
        }
    }

    /** yyyy, yyyy-mm or yyyy-mm-dd; {@code end} picks the last day of a year or month. */
    static LocalDate date(Context ctx, String name, boolean end) {
        try {
            return org.isnad.corpus.store.DateBound.parse(ctx.queryParam(name), end);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage());
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = IsnadServer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
