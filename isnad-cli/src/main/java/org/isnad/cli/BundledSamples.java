package org.isnad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.arabic.resource.Resources;
import org.isnad.core.model.Document;

/** The sample articles bundled in the jar under {@code isnad/samples/seeds/}, listed in its {@code FILES}. */
final class BundledSamples {
    private static final String DIR = "isnad/samples/seeds/";

    private BundledSamples() {}

    static List<String> names() {
        return Resources.lines(DIR + "FILES");
    }

    static byte[] bytes(String name) throws IOException {
        try (InputStream in = BundledSamples.class.getClassLoader().getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IOException("bundled sample missing: " + name);
            }
            return in.readAllBytes();
        }
    }

    /** The samples as documents. */
    static List<Document> documents() throws IOException {
        List<Document> docs = new ArrayList<>();
        for (String name : names()) {
            docs.add(Document.of(name, new String(bytes(name), StandardCharsets.UTF_8)));
        }
        return docs;
    }

    /** Writes the samples as files into {@code dir}. */
    static void copyTo(Path dir) throws IOException {
        for (String name : names()) {
            Files.write(dir.resolve(name), bytes(name));
        }
    }
}
