package io.sextant.data.text;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads delimited text line by line straight from bytes, without making a String per field: the
 * fields of the current line are ranges of {@link #buffer()}. Accepts LF and CRLF endings, a
 * missing final newline, a UTF-8 byte-order mark, blank lines (skipped, still counted) and RFC 4180
 * quoted fields (a doubled quote inside is unescaped in place; a quoted field may span lines).
 *
 * <p>Line numbers are 1-based physical lines of the source, so an error can point at the line a
 * text editor shows.
 */
public final class CsvLines implements Closeable {
    private static final int MAX_FIELDS_START = 32;
    /** The longest line (or quoted record) read; beyond it the input is not line-structured text. */
    static final int MAX_LINE_BYTES = 64 << 20;

    private final InputStream in;
    private final byte separator;
    private byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    private long consumedBefore;
    private int line;
    private int nextLine = 1;
    private int lineStart;
    private int lineEnd;
    private int[] starts = new int[MAX_FIELDS_START];
    private int[] ends = new int[MAX_FIELDS_START];
    private int fields;
    private boolean sawDoubledQuote;
    private byte[] originalLine;

    public CsvLines(InputStream in, byte separator) {
        this(in, separator, 1 << 20);
    }

    CsvLines(InputStream in, byte separator, int bufferSize) {
        this.in = in;
        this.separator = separator;
        this.buf = new byte[Math.max(64, bufferSize)];
    }

    /** Advances to the next non-blank line; false at the end of the input. */
    public boolean next() throws IOException {
        while (true) {
            if (pos >= limit) {
                fill();
                if (pos >= limit) {
                    return false;
                }
            }
            if (consumedBefore == 0 && pos == 0 && limit >= 3
                    && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) {
                pos = 3;
            }
            int status = scanLine();
            if (status == NEED_MORE) {
                fill();
            } else if (status == DONE) {
                return true;
            }
        }
    }

    private static final int DONE = 0;
    private static final int NEED_MORE = 1;
    private static final int BLANK = 2;

    /**
     * Splits the line starting at {@code pos} into fields. Returns NEED_MORE if the buffer ends
     * before the line does (and the input has more); nothing is changed in that case, so the scan
     * can simply run again after a refill.
     */
    private int scanLine() {
        final byte[] b = buf;
        final byte sep = separator;
        final int end = limit;
        int p = pos;
        int f = 0;
        int newlines = 0;
        boolean anyQuoted = false;
        sawDoubledQuote = false;
        int lineStop;
        while (true) {
            int fieldStart = p;
            if (p < end && b[p] == '"') {
                int close = scanQuoted(p);
                if (close < 0) {
                    if (eof) {
                        throw new MalformedLineException(nextLine + newlines, columnAt(p), "a quoted field is never closed");
                    }
                    return NEED_MORE;
                }
                newlines += countNewlines(p, close);
                f = addField(f, -(p + 1) - 1, close); // negative start marks "unescape me"
                anyQuoted = true;
                p = close + 1;
                if (p < end && b[p] == sep) {
                    p++;
                    continue;
                }
                int q = p < end && b[p] == '\r' ? p + 1 : p;
                if (q < end && b[q] == '\n') {
                    lineStop = q;
                    break;
                }
                if (q >= end) {
                    if (!eof) {
                        return NEED_MORE;
                    }
                    lineStop = q;
                    break;
                }
                throw new MalformedLineException(nextLine + newlines, columnAt(p), "unexpected character after a closing quote");
            }
            int q = p;
            while (q < end) {
                byte c = b[q];
                if (c == sep || c == '\n') {
                    break;
                }
                q++;
            }
            if (q >= end && !eof) {
                return NEED_MORE;
            }
            if (q < end && b[q] == sep) {
                f = addField(f, fieldStart, q);
                p = q + 1;
                continue;
            }
            int fe = q > fieldStart && b[q - 1] == '\r' ? q - 1 : q;
            f = addField(f, fieldStart, fe);
            lineStop = q;
            break;
        }
        lineStart = pos;
        lineEnd = lineStop > pos && b[lineStop - 1] == '\r' ? lineStop - 1 : lineStop;
        // Unescaping rewrites the buffer, so keep the line as the file has it for lineText().
        originalLine = sawDoubledQuote ? Arrays.copyOfRange(b, lineStart, lineEnd) : null;
        if (anyQuoted) {
            for (int i = 0; i < f; i++) {
                if (starts[i] < 0) {
                    starts[i] = -starts[i] - 1;
                    ends[i] = unescape(starts[i], ends[i]);
                }
            }
        }
        pos = lineStop < end ? lineStop + 1 : lineStop;
        line = nextLine;
        nextLine += 1 + newlines;
        fields = f;
        return f == 1 && !anyQuoted && ends[0] == starts[0] ? BLANK : DONE;
    }

    private int scanQuoted(int open) {
        int p = open + 1;
        while (p < limit) {
            if (buf[p] == '"') {
                if (p + 1 < limit && buf[p + 1] == '"') {
                    sawDoubledQuote = true;
                    p += 2;
                    continue;
                }
                if (p + 1 >= limit && !eof) {
                    return -1;
                }
                return p;
            }
            p++;
        }
        return -1;
    }

    /** The 1-based column of buffer position {@code p} on its own physical line (the current line starts at pos). */
    private int columnAt(int p) {
        int s = p;
        while (s > pos && buf[s - 1] != '\n') {
            s--;
        }
        return p - s + 1;
    }

    private int countNewlines(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (buf[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    /** Removes doubled quotes in [from, to) in place; returns the new end. */
    private int unescape(int from, int to) {
        int w = from;
        for (int r = from; r < to; r++) {
            buf[w++] = buf[r];
            if (buf[r] == '"') {
                r++;
            }
        }
        return w;
    }

    private int addField(int f, int start, int end) {
        if (f == starts.length) {
            starts = Arrays.copyOf(starts, f * 2);
            ends = Arrays.copyOf(ends, f * 2);
        }
        starts[f] = start;
        ends[f] = end;
        return f + 1;
    }

    /** Keeps the unread bytes, reads more after them (growing the buffer for a long line); sets eof at the end. */
    private void fill() throws IOException {
        if (eof) {
            return;
        }
        if (pos > 0) {
            int rest = limit - pos;
            System.arraycopy(buf, pos, buf, 0, rest);
            consumedBefore += pos;
            limit = rest;
            pos = 0;
        }
        if (limit == buf.length) {
            if (buf.length >= MAX_LINE_BYTES) {
                throw new MalformedLineException(nextLine, 1, "a line is longer than " + (MAX_LINE_BYTES >> 20)
                        + " MiB: is a quote never closed, or is this not a text file?");
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    /** The 1-based line number of the current line. */
    public int lineNumber() {
        return line;
    }

    public int fieldCount() {
        return fields;
    }

    /** The bytes the current fields point into; valid until the next call to {@link #next()}. */
    public byte[] buffer() {
        return buf;
    }

    public int start(int field) {
        return starts[field];
    }

    public int end(int field) {
        return ends[field];
    }

    /**
     * 1-based character column where {@code field} starts (bytes, so exact for ASCII). For a quoted
     * field it is the column of the first character after the quote; in a record whose quoted field
     * spans lines it counts from the start of the record's first line.
     */
    public int column(int field) {
        return starts[field] - lineStart + 1;
    }

    public String field(int field) {
        return new String(buf, starts[field], ends[field] - starts[field], StandardCharsets.UTF_8);
    }

    /** True if {@code field} holds exactly {@code text} (ASCII). */
    public boolean fieldEquals(int field, String text) {
        int s = starts[field];
        int len = ends[field] - s;
        if (len != text.length()) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (buf[s + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    public List<String> fieldsAsStrings() {
        List<String> out = new ArrayList<>(fields);
        for (int i = 0; i < fields; i++) {
            out.add(field(i));
        }
        return out;
    }

    /** The current line's text (without its line ending), for messages. */
    public String lineText() {
        return originalLine != null ? new String(originalLine, StandardCharsets.UTF_8)
                : new String(buf, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
    }

    /** Bytes of input consumed so far, for progress reporting. */
    public long bytesRead() {
        return consumedBefore + pos;
    }

    /** Reads and discards the rest of the input (so that a checking stream sees its end). */
    public void drain() throws IOException {
        in.transferTo(java.io.OutputStream.nullOutputStream());
        pos = limit;
        eof = true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
