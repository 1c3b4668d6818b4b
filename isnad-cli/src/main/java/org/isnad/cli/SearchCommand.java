package org.isnad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.isnad.corpus.store.CorpusStore;
import org.isnad.corpus.store.LuceneCorpusStore;
import org.isnad.corpus.store.SearchQuery;
import org.isnad.corpus.store.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad search QUERY --corpus DIR [filters] [--json]}. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches a corpus: hits with snippets, then facet counts (outlet, year, month, actor, source type,",
                "narrative, via). Spelling is normalised as in the text layer (إسرائيل = اسرائيل) and words lightly stemmed.",
                "Query syntax: words (all required), \"phrases\", OR, -word, title_t:word. An empty query lists all articles."})
final class SearchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Query words (joined by spaces).")
    List<String> query = new ArrayList<>();

    @Option(names = "--corpus", required = true, paramLabel = "DIR")
    Path corpus;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Only this outlet (repeatable; case-insensitive).")
    List<String> outlets = new ArrayList<>();

    @Option(names = "--actor", paramLabel = "ID", description = "Only articles mentioning this entity id (repeatable: any).")
    List<String> actors = new ArrayList<>();

    @Option(names = "--source-type", paramLabel = "T", description = "Only articles with a claim of this source type (repeatable).")
    List<String> sourceTypes = new ArrayList<>();

    @Option(names = "--narrative", paramLabel = "ID", description = "Only articles carrying this narrative (repeatable).")
    List<String> narratives = new ArrayList<>();

    @Option(names = "--via", paramLabel = "ID", description = "Only articles with a claim relayed through this entity (repeatable).")
    List<String> via = new ArrayList<>();

    @Option(names = "--in-claims", description = {"The query words must be in a claim's content (of a claim of the --source-type",
            "given, if any): \"claims about X attributed to an anonymous source\"."})
    boolean inClaims;

    @Option(names = "--from", paramLabel = "DATE", description = "From this date (yyyy, yyyy-mm or yyyy-mm-dd), inclusive.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Up to this date (yyyy, yyyy-mm or yyyy-mm-dd), inclusive.")
    String to;

    @Option(names = "--limit", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Hits to skip (paging).")
    int offset;

    @Option(names = "--facets", defaultValue = "10", description = "Values per facet (0: none; default: ${DEFAULT-VALUE}).")
    int facetTop;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        SearchQuery q = SearchQuery.of(String.join(" ", query))
                .withOutlets(outlets).withActors(actors).withSourceTypes(sourceTypes).withNarratives(narratives).withVia(via)
                .withDates(date(from, false), date(to, true)).withLimit(limit).withOffset(offset)
                .withFacets(facetTop > 0 ? CorpusStore.FACETS : List.of(), facetTop)
                .withHighlight(json ? "<b>" : "[", json ? "</b>" : "]").withInClaims(inClaims);
        SearchResult r;
        try (LuceneCorpusStore store = LuceneCorpusStore.open(corpus, false)) {
            r = store.search(q);
        }
        if (json) {
            out.println(toJson(r));
            return 0;
        }
        out.printf(Locale.ROOT, "%,d articles match (%.1f ms)%n", r.total(), r.millis());
        int i = offset;
        for (SearchResult.Hit h : r.hits()) {
            out.printf(Locale.ROOT, "%n%d. %s  [%s | %s | %s]%n", ++i, h.title() == null ? "(no title)" : h.title(), h.id(),
                    h.outlet() == null ? "-" : h.outlet(), h.date() == null ? "-" : h.date());
            if (h.url() != null) {
                out.println("   " + h.url());
            }
            if (h.snippet() != null) {
                out.println("   " + h.snippet());
            }
            for (SearchResult.ClaimHit c : h.claims()) {
                out.printf("   claim %s (%s: %s%s): %s%n", c.id(), c.sourceType(), c.source() == null ? "-" : c.source(),
                        c.via().isEmpty() ? "" : ", via " + String.join(" < ", c.via()), c.content().replace('\n', ' '));
            }
        }
        for (Map.Entry<String, List<SearchResult.FacetCount>> f : r.facets().entrySet()) {
            if (f.getValue().isEmpty()) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (SearchResult.FacetCount c : f.getValue()) {
                sb.append(sb.length() == 0 ? "" : ", ").append(c.value()).append(" (").append(c.count()).append(')');
            }
            out.printf("%n%s: %s", f.getKey(), sb);
        }
        out.println();
        return 0;
    }

    static String toJson(SearchResult r) throws IOException {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("total", r.total());
        root.put("millis", r.millis());
        ArrayNode hits = root.putArray("hits");
        for (SearchResult.Hit h : r.hits()) {
            ObjectNode hn = hits.addObject().put("id", h.id()).put("score", h.score()).put("title", h.title()).put("outlet", h.outlet())
                    .put("date", h.date() == null ? null : h.date().toString()).put("url", h.url()).put("snippet", h.snippet());
            if (!h.claims().isEmpty()) {
                ArrayNode cs = hn.putArray("claims");
                for (SearchResult.ClaimHit c : h.claims()) {
                    ObjectNode cn = cs.addObject().put("id", c.id()).put("source_type", c.sourceType()).put("source", c.source());
                    c.via().forEach(cn.putArray("via")::add);
                    cn.put("content", c.content()).put("start", c.start()).put("end", c.end());
                }
            }
        }
        ObjectNode facets = root.putObject("facets");
        r.facets().forEach((dim, values) -> {
            ObjectNode f = facets.putObject(dim);
            values.forEach(v -> f.put(v.value(), v.count()));
        });
        return m.writeValueAsString(root);
    }

    /** yyyy, yyyy-mm or yyyy-mm-dd; {@code end} picks the last day of a year or month. */
    static LocalDate date(String s, boolean end) {
        try {
            return org.isnad.corpus.store.DateBound.parse(s, end);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(new SearchCommand()), e.getMessage());
        }
    }
}
