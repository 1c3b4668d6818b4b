package org.isnad.corpus.read;

import java.nio.file.Path;

/** An input file that cannot be analysed; the message names the file and the problem. */
public final class InputException extends Exception {
    private final Path path;

    public InputException(Path path, String problem) {
        super(path + ": " + problem);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
