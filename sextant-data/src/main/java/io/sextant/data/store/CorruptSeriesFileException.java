package io.sextant.data.store;

import java.nio.file.Path;

/** A series file that is damaged, truncated or not a series file at all. */
public final class CorruptSeriesFileException extends RuntimeException {
    public CorruptSeriesFileException(Path path, String reason) {
        super(path + ": corrupt series file: " + reason);
    }
}
