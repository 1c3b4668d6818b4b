package org.isnad.corpus.read;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Expands command-line paths into input files: a file stands for itself (whatever its name), a
 * folder for the files under it whose names match a glob (default {@code *.txt}), recursively, in
 * sorted order, hidden files skipped. A path that does not exist is kept, so that reading it
 * reports the error in its turn.
 */
public final class InputFiles {
    private InputFiles() {}

    public static List<Path> expand(List<Path> paths, String glob) throws IOException {
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        return expand(paths, f -> m.matches(f.getFileName()));
    }

    /** As {@link #expand(List, String)}, the files under a folder chosen by {@code wanted} instead of a glob. */
    public static List<Path> expand(List<Path> paths, Predicate<Path> wanted) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .filter(wanted)
                            .sorted()
                            .forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
