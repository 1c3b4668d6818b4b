package org.isnad.arabic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Locates the project's {@code ../shared} folder (corpus, gold, datasets) from a module's working
 * directory. A user's clone has none: tests that need it call {@code assumeTrue(present(), ...)}.
 */
public final class SharedData {
    private SharedData() {}

    public static final String ABSENT = "../shared (corpus, gold, datasets) not present beside the repository: test skipped";

    public static Optional<Path> root() {
        for (Path p : List.of(Path.of("../../shared"), Path.of("../shared"))) {
            if (Files.isDirectory(p.resolve("gold"))) {
                return Optional.of(p.normalize());
            }
        }
        return Optional.empty();
    }

    public static boolean present() {
        return root().isPresent();
    }

    public static Path path(String rel) {
        return root().orElseThrow().resolve(rel);
    }

    /** The bundled sample corpus ({@code samples/seeds} at the repository root). */
    public static Path samples() {
        Path p = Path.of("../samples/seeds");
        return Files.isDirectory(p) ? p : Path.of("samples/seeds");
    }
}
