package io.sextant.data.corporate;

/** A factor file that cannot be read; the message names file:line. */
public final class FactorFileException extends RuntimeException {
    public FactorFileException(String message) {
        super(message);
    }
}
