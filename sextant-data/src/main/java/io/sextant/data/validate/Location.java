package io.sextant.data.validate;

/**
 * Where in the input something is: a file (or {@code archive.zip!entry}), a 1-based line and,
 * where it applies, a 1-based column (0 when the whole line is meant).
 *
 * @param file   the file as the user named it
 * @param line   1-based line, or 0 for the file as a whole
 * @param column 1-based character column, or 0
 */
public record Location(String file, int line, int column) {

    public static Location ofFile(String file) {
        return new Location(file, 0, 0);
    }

    /** {@code file:line:column}, leaving out what is zero. */
    @Override
    public String toString() {
        if (line == 0) {
            return file;
        }
        return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
