package io.sextant.cli;

/** A command used wrongly in a way the option parser cannot see (e.g. a bad timeframe text); exit code 1. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
