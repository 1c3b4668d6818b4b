package org.isnad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.isnad.core.model.Document;
import org.isnad.corpus.read.InputException;
import org.isnad.corpus.read.InputFiles;
import org.isnad.corpus.read.TextFileReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code isnad synth-corpus}: a synthetic JSONL corpus for load tests, made from the sentences of
 * the sample articles. Each article draws 6–20 sentences at random, drops a word here and there and
 * replaces numbers, so articles differ as real ones do (little shared text); one in 100 is an exact
 * copy of an earlier article under another outlet (syndication) and one in 100 a near copy (one
 * sentence changed), so dedup has work. Ids, 12 outlets and dates 2015–2024 vary. Same seed, same
 * file.
 */
@Command(name = "synth-corpus", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic JSONL corpus (id, url, outlet, title, date, text) built from sample articles,",
                "with 1% exact and 1% near duplicates, for ingest and search benchmarks."})
final class SynthCorpusCommand implements Callable<Integer> {
    static final String[] OUTLETS = {"Al-Weeam", "Sabq", "Al-Riyadh", "Okaz", "Al-Madina", "Al-Yaum", "Al-Jazirah",
            "Alarabiya", "Aljazeera", "Asharq Al-Awsat", "RT Arabic", "Sputnik Arabic"};

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Source articles (.txt; default: the bundled samples).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Option(names = "--count", defaultValue = "100000", description = "Articles (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--seed", defaultValue = "42")
    long seed;

    @Override
    public Integer call() throws IOException, InputException {
        List<Document> docs = paths.isEmpty() ? BundledSamples.documents() : read(paths);
        List<String[]> sentences = new ArrayList<>();
        for (Document d : docs) {
            for (String s : d.text().split("(?<=[.!؟?])\\s+|\\r?\\n+")) {
                String[] words = s.strip().split("\\s+");
                if (words.length >= 4) {
                    sentences.add(words);
                }
            }
        }
        if (sentences.isEmpty()) {
            throw new IOException("no sentences in the source articles");
        }
        Random rnd = new Random(seed);
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                String text;
                String title;
                if (i >= 100 && i % 100 == 7) {
                    text = texts.get(rnd.nextInt(texts.size())); // syndicated copy
                } else if (i >= 100 && i % 100 == 57) {
                    String base = texts.get(rnd.nextInt(texts.size()));
                    text = base + "\n" + sentence(sentences, rnd); // near copy: one sentence added
                } else {
                    StringBuilder sb = new StringBuilder();
                    int n = 6 + rnd.nextInt(15);
                    for (int k = 0; k < n; k++) {
                        sb.append(k == 0 ? "" : k % 4 == 0 ? "\n" : " ").append(sentence(sentences, rnd));
                    }
                    text = sb.toString();
                }
                String firstLine = text.split("\n", 2)[0];
                String[] tw = firstLine.split("\\s+");
                title = String.join(" ", java.util.Arrays.copyOf(tw, Math.min(tw.length, 8)));
                if (texts.size() < 5000) {
                    texts.add(text);
                } else {
                    texts.set(rnd.nextInt(texts.size()), text);
                }
                String outlet = OUTLETS[rnd.nextInt(OUTLETS.length)];
                LocalDate date = LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(3653));
                String id = String.format(Locale.ROOT, "synth-%06d", i);
                ObjectNode o = json.createObjectNode();
                o.put("id", id);
                o.put("url", "https://" + outlet.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-") + ".example/"
                        + date.getYear() + "/" + date.getMonthValue() + "/" + id);
                o.put("outlet", outlet);
                o.put("title", title);
                o.put("date", date.toString());
                o.put("text", text);
                String line = json.writeValueAsString(o);
                w.write(line);
                w.write('\n');
                bytes += line.length() * 2L;
            }
        }
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        stdout.printf(Locale.ROOT, "%,d articles written to %s (%.0f MiB) from %d source sentences%n", count, out,
                Files.size(out) / 1048576.0, sentences.size());
        return 0;
    }

    /** A source sentence with about one word in ten dropped and numbers replaced. */
    private static String sentence(List<String[]> sentences, Random rnd) {
        String[] words = sentences.get(rnd.nextInt(sentences.size()));
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (rnd.nextInt(10) == 0) {
                continue;
            }
            if (w.chars().anyMatch(Character::isDigit)) {
                w = String.valueOf(1 + rnd.nextInt(2000));
            }
            sb.append(sb.length() == 0 ? "" : " ").append(w);
        }
        return sb.toString();
    }

    private static List<Document> read(List<Path> paths) throws IOException, InputException {
        List<Document> docs = new ArrayList<>();
        TextFileReader r = new TextFileReader();
        for (Path p : InputFiles.expand(paths, "*.txt")) {
            docs.add(r.read(p));
        }
        return docs;
    }
}
