package io.sextant.core.id;

/** The one rule every identifier value follows: 1..64 visible characters, no spaces. */
final class Ids {
    static final int MAX_LENGTH = 64;

    private Ids() {
    }

    static String require(String value, String kind) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(kind + " must not be empty");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(kind + " '" + value.substring(0, 20) + "...' is longer than "
                    + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > ' ' && c < 0x7f) {
                continue; // printable ASCII, the usual case: none of the checks below can fail
            }
            // Also no-break spaces (isSpaceChar), C1 controls and invisible format characters such as a
            // byte-order mark or zero-width space, which a CSV cell can carry unseen.
            if (c <= ' ' || Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.FORMAT) {
                throw new IllegalArgumentException(kind + " '" + value + "' contains a space or control character at "
                        + i);
            }
        }
        return value;
    }
}
