package org.isnad.arabic.resource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the linguist-editable resource files under {@code isnad/ar/} from the classpath. Format:
 * UTF-8 text, one entry per line, fields separated by TAB; lines starting with {@code #} and blank
 * lines are ignored. A {@code .gz} name is read through gzip.
 */
public final class Resources {
    private Resources() {}

    /** The non-comment lines of a resource, each split on TAB; throws naming the file when missing. */
    public static List<String[]> rows(String path) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(path)) {
            out.add(line.split("\t", -1));
        }
        return out;
    }

    /** The non-comment, non-blank lines of a resource, trimmed of trailing white space. */
    public static List<String> lines(String path) {
        InputStream in = Resources.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing resource on the classpath: " + path);
        }
        List<String> out = new ArrayList<>();
        try (InputStream raw = path.endsWith(".gz") ? new GZIPInputStream(in) : in;
             BufferedReader r = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.stripTrailing();
                if (t.isBlank() || t.startsWith("#")) {
                    continue;
                }
                out.add(t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
        return out;
    }
}
