package io.sextant.data.text;

/** A line that cannot be split into fields (an unclosed quote, text after a closing quote). */
public final class MalformedLineException extends RuntimeException {
    private final int line;
    private final int column;

    public MalformedLineException(int line, int column, String message) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
