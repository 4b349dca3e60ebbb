package io.sextant.data.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The first lines of a source, for recognising its layout without reading it all.
 *
 * @param source   the source
 * @param lines    up to {@link #MAX_LINES} non-blank lines, without line endings
 * @param pathText the file's last {@value #PATH_DEPTH} path elements and the entry name, lower case with '/'
 *                 separators, for layouts that key on folder names (LEAN's {@code equity/usa/daily/aapl.zip});
 *                 only the nearest folders count, so a user's own folder names further up cannot change the reading
 */
public record Sample(Source source, List<String> lines, String pathText) {
    public static final int MAX_LINES = 50;
    private static final int MAX_BYTES = 64 * 1024;

    public static Sample of(Source source) throws IOException {
        byte[] head;
        try (InputStream in = source.open()) {
            head = in.readNBytes(MAX_BYTES);
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = new ArrayList<>();
        boolean truncated = head.length == MAX_BYTES;
        String[] parts = text.split("\n", -1);
        int usable = truncated ? parts.length - 1 : parts.length;
        for (int i = 0; i < usable && lines.size() < MAX_LINES; i++) {
            String l = parts[i].endsWith("\r") ? parts[i].substring(0, parts[i].length() - 1) : parts[i];
            if (!l.isBlank()) {
                lines.add(l);
            }
        }
        String path = nearPath(source.path()) + (source.entry() != null ? "!" + source.entry() : "");
        return new Sample(source, List.copyOf(lines), path.toLowerCase(Locale.ROOT));
    }

    /** How many trailing path elements {@link #pathText()} keeps (LEAN's deepest layout is market/type/resolution/ticker/file). */
    public static final int PATH_DEPTH = 5;

    private static String nearPath(java.nio.file.Path path) {
        java.nio.file.Path p = path.toAbsolutePath().normalize();
        int n = p.getNameCount();
        return p.subpath(Math.max(0, n - PATH_DEPTH), n).toString().replace('\\', '/');
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The first line, or "" for an empty source. */
    public String firstLine() {
        return lines.isEmpty() ? "" : lines.getFirst();
    }

    /** Splits a sample line on {@code separator} (no quote handling: enough to recognise a layout). */
    public static String[] split(String line, char separator) {
        return line.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1);
    }

    /** The data lines after {@code skip} header lines. */
    public List<String> dataLines(int skip) {
        return lines.subList(Math.min(skip, lines.size()), lines.size());
    }
}
