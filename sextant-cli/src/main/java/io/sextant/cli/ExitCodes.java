package io.sextant.cli;

/** The exit codes of the {@code sextant} command, documented in its help and the README. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** Bad usage: an unknown command or option, a missing or malformed argument. */
    public static final int USAGE = 1;
    /** Bad data: unreadable input, rows that break the rules, a conflict with the catalog. Nothing was changed. */
    public static final int BAD_DATA = 2;
    /** An internal error: a bug or an environment failure (disk full, permissions). */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
