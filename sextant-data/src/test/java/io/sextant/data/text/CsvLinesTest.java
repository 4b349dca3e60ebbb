package io.sextant.data.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvLinesTest {

    /** One record as the test sees it: its first line, fields, field columns and text. */
    record Rec(int line, List<String> fields, List<Integer> columns, String text) {
        Rec(int line, List<String> fields, List<Integer> columns) {
            this(line, fields, columns, null);
        }
    }

    /** Everything a reader produced: the records, then the error that stopped it (or null). */
    record Outcome(List<Rec> records, Integer errorLine, Integer errorColumn) {
    }

    private static CsvLines csv(String text) {
        return new CsvLines(new ByteArrayInputStream(text.getBytes(UTF_8)), (byte) ',');
    }

    private static List<Rec> all(CsvLines c) throws IOException {
        List<Rec> out = new ArrayList<>();
        while (c.next()) {
            List<Integer> cols = new ArrayList<>();
            for (int i = 0; i < c.fieldCount(); i++) {
                cols.add(c.column(i));
            }
            out.add(new Rec(c.lineNumber(), c.fieldsAsStrings(), cols, c.lineText()));
        }
        return out;
    }

    private static List<Rec> all(String text) throws IOException {
        return all(csv(text));
    }

    /** Records without their text, for the examples that do not care about it. */
    private static List<Rec> plain(String text) throws IOException {
        return all(text).stream().map(r -> new Rec(r.line(), r.fields(), r.columns())).toList();
    }

    // ---------------------------------------------------------------- hand-worked examples

    @Test
    void splitsLinesAndFieldsWithLfEndings() throws IOException {
        assertThat(plain("a,bb,ccc\n1,22,333\n")).containsExactly(
                new Rec(1, List.of("a", "bb", "ccc"), List.of(1, 3, 6)),
                new Rec(2, List.of("1", "22", "333"), List.of(1, 3, 6)));
    }

    @Test
    void crlfEndingsAreNotPartOfTheLastField() throws IOException {
        List<Rec> recs = all("a,b\r\nc,d\r\n");
        assertThat(recs).extracting(Rec::fields).containsExactly(List.of("a", "b"), List.of("c", "d"));
        assertThat(recs).extracting(Rec::text).containsExactly("a,b", "c,d");
    }

    @Test
    void aMissingFinalNewlineStillEndsTheLastLine() throws IOException {
        assertThat(plain("a,b\nc,d")).containsExactly(
                new Rec(1, List.of("a", "b"), List.of(1, 3)),
                new Rec(2, List.of("c", "d"), List.of(1, 3)));
        assertThat(plain("a,b\nc,d\r")).extracting(Rec::fields).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void aUtf8ByteOrderMarkIsSkippedAndColumnsCountFromAfterIt() throws IOException {
        List<Rec> recs = all("\uFEFFdate,close\n2020-01-02,1.5\n");
        assertThat(recs.getFirst().fields()).containsExactly("date", "close");
        assertThat(recs.getFirst().columns()).containsExactly(1, 6);
        assertThat(recs.getFirst().text()).isEqualTo("date,close");
        // Only at the very start: a BOM later in the file is data.
        assertThat(plain("a\n\uFEFFb\n").get(1).fields()).containsExactly("\uFEFFb");
    }

    @Test
    void blankLinesAreSkippedButCounted() throws IOException {
        // lines: 1 "a", 2 "", 3 "\r", 4 "b", 5 "" at the end
        assertThat(plain("a\n\n\r\nb\n\n")).containsExactly(
                new Rec(1, List.of("a"), List.of(1)),
                new Rec(4, List.of("b"), List.of(1)));
        assertThat(all("\n\n\n")).isEmpty();
        assertThat(all("")).isEmpty();
    }

    @Test
    void emptyFieldsAreKeptAndALineOfSeparatorsIsNotBlank() throws IOException {
        assertThat(plain(",,\na,\n,b\n")).containsExactly(
                new Rec(1, List.of("", "", ""), List.of(1, 2, 3)),
                new Rec(2, List.of("a", ""), List.of(1, 3)),
                new Rec(3, List.of("", "b"), List.of(1, 2)));
    }

    @Test
    void quotedFieldsMayHoldSeparatorsAndDoubledQuotes() throws IOException {
        // "x,y" is columns 1-5, the comma 6, the second field's quote column 7 (its text from 8),
        // "he said ""hi""" is 16 characters (columns 7-22), the comma 23, z column 24.
        String line = "\"x,y\",\"he said \"\"hi\"\"\",z";
        Rec r = all(line + "\n").getFirst();
        assertThat(r.fields()).containsExactly("x,y", "he said \"hi\"", "z");
        assertThat(r.columns()).containsExactly(2, 8, 24);
        // The line as the file has it, for messages, although the quotes were unescaped in the buffer.
        assertThat(r.text()).isEqualTo(line);
    }

    @Test
    void quotedEmptyFieldsAndQuotesInsideUnquotedFields() throws IOException {
        assertThat(plain("\"\",a,\"\"\n")).extracting(Rec::fields).containsExactly(List.of("", "a", ""));
        // A quoted empty field is a field, so the line is not blank.
        assertThat(plain("\"\"\n")).containsExactly(new Rec(1, List.of(""), List.of(2)));
        // A quote that does not open a field is an ordinary character.
        assertThat(plain("5'11\",a\"b\n")).extracting(Rec::fields).containsExactly(List.of("5'11\"", "a\"b"));
        // """a""" is a quoted field holding "a" (with its quotes).
        assertThat(plain("\"\"\"a\"\"\"\n")).extracting(Rec::fields).containsExactly(List.of("\"a\""));
    }

    @Test
    void aQuotedFieldMaySpanLinesAndLaterLinesAreNumberedPhysically() throws IOException {
        List<Rec> recs = all("id,note\n1,\"two\r\nlines\"\n2,\"three\n\nlines\"\r\n3,x\n");
        assertThat(recs).extracting(Rec::line).containsExactly(1, 2, 4, 7);
        assertThat(recs.get(1).fields()).containsExactly("1", "two\r\nlines");
        assertThat(recs.get(2).fields()).containsExactly("2", "three\n\nlines");
        assertThat(recs.get(3).fields()).containsExactly("3", "x");
        assertThat(recs.get(1).text()).isEqualTo("1,\"two\r\nlines\"");
    }

    @Test
    void otherSeparators() throws IOException {
        for (char sep : new char[]{';', '\t', '|'}) {
            String text = "a" + sep + "\"b" + sep + "c\"" + sep + "d,e\n";
            CsvLines c = new CsvLines(new ByteArrayInputStream(text.getBytes(UTF_8)), (byte) sep);
            assertThat(all(c)).extracting(Rec::fields).containsExactly(List.of("a", "b" + sep + "c", "d,e"));
        }
    }

    @Test
    void manyFieldsOnOneLine() throws IOException {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            fields.add(i % 3 == 0 ? "" : "f" + i);
        }
        Rec r = all(String.join(",", fields) + "\n").getFirst();
        assertThat(r.fields()).isEqualTo(fields);
    }

    @ParameterizedTest
    @ValueSource(ints = {64, 65, 100, 1 << 20})
    void linesLongerThanTheBufferGrowIt(int bufferSize) throws IOException {
        String long1 = "x".repeat(10_000);
        String long2 = "\"" + "y,\"\"".repeat(3_000) + "\"";
        String text = "a," + long1 + "\n" + long2 + ",b\nc\n";
        CsvLines c = new CsvLines(new ByteArrayInputStream(text.getBytes(UTF_8)), (byte) ',', bufferSize);
        List<Rec> recs = all(c);
        assertThat(recs).extracting(Rec::fields).containsExactly(
                List.of("a", long1), List.of("y,\"".repeat(3_000), "b"), List.of("c"));
        assertThat(c.bytesRead()).isEqualTo(text.length());
    }

    @Test
    void fieldEqualsComparesAsciiText() throws IOException {
        CsvLines c = csv("Date,\"Close\",\n");
        assertThat(c.next()).isTrue();
        assertThat(c.fieldEquals(0, "Date")).isTrue();
        assertThat(c.fieldEquals(0, "date")).isFalse();
        assertThat(c.fieldEquals(0, "Dat")).isFalse();
        assertThat(c.fieldEquals(1, "Close")).isTrue();
        assertThat(c.fieldEquals(2, "")).isTrue();
        assertThat(c.next()).isFalse();
    }

    @Test
    void fieldsAreByteRangesOfTheBuffer() throws IOException {
        CsvLines c = csv("ab,\"c\"\"d\"\n");
        assertThat(c.next()).isTrue();
        assertThat(new String(c.buffer(), c.start(0), c.end(0) - c.start(0), UTF_8)).isEqualTo("ab");
        assertThat(new String(c.buffer(), c.start(1), c.end(1) - c.start(1), UTF_8)).isEqualTo("c\"d");
    }

    @Test
    void bytesReadCountsConsumedInput() throws IOException {
        String text = "\uFEFFa,b\r\n\ncc\n";
        CsvLines c = csv(text);
        assertThat(c.bytesRead()).isZero();
        assertThat(c.next()).isTrue();
        assertThat(c.bytesRead()).isEqualTo(3 + 5); // BOM + "a,b\r\n"
        assertThat(c.next()).isTrue();
        assertThat(c.bytesRead()).isEqualTo(3 + 5 + 1 + 3);
        assertThat(c.next()).isFalse();
        assertThat(c.bytesRead()).isEqualTo(text.getBytes(UTF_8).length);
    }

    @Test
    void drainReadsTheRestOfTheStreamAndEndsTheLines() throws IOException {
        byte[] text = ("h\n" + "row\n".repeat(1_000)).getBytes(UTF_8);
        ByteArrayInputStream in = new ByteArrayInputStream(text);
        CsvLines c = new CsvLines(in, (byte) ',', 64);
        assertThat(c.next()).isTrue();
        c.drain();
        assertThat(in.available()).isZero();
        assertThat(c.next()).isFalse();
    }

    @Test
    void closeClosesTheStream() throws IOException {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(new byte[0]) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new CsvLines(in, (byte) ',').close();
        assertThat(closed[0]).isTrue();
    }

    // ---------------------------------------------------------------- malformed lines

    @Test
    void anUnclosedQuoteNamesTheLineAndColumnOfTheQuote() throws IOException {
        CsvLines c = csv("a,b\nc,\"d\ne\n");
        assertThat(c.next()).isTrue();
        MalformedLineException e = catchThrowableOfType(MalformedLineException.class, c::next);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e).hasMessageContaining("never closed");
    }

    @Test
    void textAfterAClosingQuoteIsMalformed() {
        MalformedLineException e = catchThrowableOfType(MalformedLineException.class, () -> all("x\n\"ab\"c,d\n"));
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(5);
        assertThat(e).hasMessageContaining("after a closing quote");
    }

    @Test
    void errorColumnsCountFromTheStartOfTheirOwnPhysicalLine() {
        // Line 1: 1,"a        line 2: b"x  -> the x is column 3 of line 2.
        MalformedLineException e = catchThrowableOfType(MalformedLineException.class, () -> all("1,\"a\nb\"x\n"));
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(3);
        // Line 1: "a       line 2: b",c,"d   -> the unclosed quote is column 6 of line 2.
        e = catchThrowableOfType(MalformedLineException.class, () -> all("\"a\nb\",c,\"d\n"));
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(6);
    }

    @Test
    void aStrayCarriageReturnAfterAClosingQuoteIsMalformed() {
        assertThatThrownBy(() -> all("\"a\"\rb\n")).isInstanceOf(MalformedLineException.class);
    }

    // ---------------------------------------------------------------- properties

    /**
     * A byte-at-a-time splitter with the same rules, written for clarity rather than speed: the
     * whole input in one array, no refills.
     */
    static Outcome reference(byte[] in, byte sep) {
        int n = in.length;
        int i = n >= 3 && (in[0] & 0xff) == 0xEF && (in[1] & 0xff) == 0xBB && (in[2] & 0xff) == 0xBF ? 3 : 0;
        int line = 1;
        List<Rec> out = new ArrayList<>();
        while (i < n) {
            int recStart = i;
            int physStart = i; // start of the physical line i is on
            int newlines = 0;
            boolean anyQuoted = false;
            List<String> fields = new ArrayList<>();
            List<Integer> cols = new ArrayList<>();
            int lineStop;
            while (true) {
                if (i < n && in[i] == '"') {
                    anyQuoted = true;
                    int quote = i;
                    int quoteLine = line + newlines;
                    int quoteCol = quote - physStart + 1;
                    ByteArrayOutputStream f = new ByteArrayOutputStream();
                    i++;
                    while (true) {
                        if (i >= n) {
                            return new Outcome(out, quoteLine, quoteCol);
                        }
                        if (in[i] == '"') {
                            if (i + 1 < n && in[i + 1] == '"') {
                                f.write('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            break;
                        }
                        if (in[i] == '\n') {
                            newlines++;
                            physStart = i + 1;
                        }
                        f.write(in[i]);
                        i++;
                    }
                    fields.add(f.toString(UTF_8));
                    cols.add(quote - recStart + 2);
                    if (i < n && in[i] == sep) {
                        i++;
                        continue;
                    }
                    int q = i < n && in[i] == '\r' ? i + 1 : i;
                    if (q >= n || in[q] == '\n') {
                        lineStop = q;
                        break;
                    }
                    return new Outcome(out, line + newlines, i - physStart + 1);
                }
                int s = i;
                while (i < n && in[i] != sep && in[i] != '\n') {
                    i++;
                }
                if (i < n && in[i] == sep) {
                    fields.add(new String(in, s, i - s, UTF_8));
                    cols.add(s - recStart + 1);
                    i++;
                    continue;
                }
                int fe = i > s && in[i - 1] == '\r' ? i - 1 : i;
                fields.add(new String(in, s, fe - s, UTF_8));
                cols.add(s - recStart + 1);
                lineStop = i;
                break;
            }
            int textEnd = lineStop > recStart && in[lineStop - 1] == '\r' ? lineStop - 1 : lineStop;
            boolean blank = fields.size() == 1 && !anyQuoted && fields.getFirst().isEmpty();
            if (!blank) {
                out.add(new Rec(line, fields, cols, new String(in, recStart, textEnd - recStart, UTF_8)));
            }
            line += 1 + newlines;
            i = lineStop < n ? lineStop + 1 : lineStop;
        }
        return new Outcome(out, null, null);
    }

    /** What CsvLines makes of {@code in}, read through a stream that hands out at most {@code chunk} bytes a call. */
    static Outcome actual(byte[] in, byte sep, int bufferSize, int chunk, long seed) {
        CsvLines c = new CsvLines(new TrickleStream(in, chunk, seed), sep, bufferSize);
        List<Rec> out = new ArrayList<>();
        try {
            while (c.next()) {
                List<Integer> cols = new ArrayList<>();
                for (int f = 0; f < c.fieldCount(); f++) {
                    cols.add(c.column(f));
                    assertThat(c.fieldEquals(f, c.field(f))).isEqualTo(isAscii(c.field(f)));
                }
                out.add(new Rec(c.lineNumber(), c.fieldsAsStrings(), cols, c.lineText()));
            }
            assertThat(c.bytesRead()).isEqualTo(in.length);
            return new Outcome(out, null, null);
        } catch (MalformedLineException e) {
            return new Outcome(out, e.line(), e.column());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(ch -> ch < 0x80);
    }

    @Test
    void theReferenceAgreesWithTheExamples() {
        Outcome o = reference("a,\"b\"\"c\"\r\n\n\"d\ne\",f".getBytes(UTF_8), (byte) ',');
        assertThat(o.records()).containsExactly(
                new Rec(1, List.of("a", "b\"c"), List.of(1, 4), "a,\"b\"\"c\""),
                new Rec(3, List.of("d\ne", "f"), List.of(2, 7), "\"d\ne\",f"));
        assertThat(o.errorLine()).isNull();
        o = reference("x\n\"a\nb\"c".getBytes(UTF_8), (byte) ',');
        assertThat(o.records()).hasSize(1);
        assertThat(o.errorLine()).isEqualTo(3);
        assertThat(o.errorColumn()).isEqualTo(3);
    }

    /** Arbitrary bytes from the characters that matter: quotes, separators, CR, LF, a two-byte letter. */
    @Test
    void splitsArbitraryTextLikeTheReference() {
        qt().withFixedSeed(20240611L).withExamples(3_000).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            byte sep = pick(r, ",;\t|");
            String alphabet = "ab \"\"\n\n\r" + (char) sep + (char) sep + "é";
            StringBuilder sb = new StringBuilder();
            if (r.nextInt(10) == 0) {
                sb.append('\uFEFF');
            }
            int len = r.nextInt(400);
            for (int k = 0; k < len; k++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            check(sb.toString().getBytes(UTF_8), sep, r);
        });
    }

    /** Well-formed files written from random rows: fields come back exactly, whatever the quoting. */
    @Test
    void readsBackRandomRowsWrittenWithRandomQuoting() {
        qt().withFixedSeed(77L).withExamples(2_000).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            byte sep = pick(r, ",;\t");
            String eol = r.nextBoolean() ? "\n" : "\r\n";
            int rows = r.nextInt(12);
            List<List<String>> expected = new ArrayList<>();
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < rows; k++) {
                if (r.nextInt(6) == 0) {
                    sb.append(eol); // a blank line
                }
                int fields = 1 + r.nextInt(8);
                List<String> row = new ArrayList<>();
                for (int f = 0; f < fields; f++) {
                    String v = randomField(r, sep);
                    row.add(v);
                    boolean mustQuote = v.indexOf(sep) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
                            || v.indexOf('\r') >= 0 || (fields == 1 && v.isEmpty());
                    if (f > 0) {
                        sb.append((char) sep);
                    }
                    if (mustQuote || r.nextInt(4) == 0) {
                        sb.append('"').append(v.replace("\"", "\"\"")).append('"');
                    } else {
                        sb.append(v);
                    }
                }
                expected.add(row);
                if (k < rows - 1 || r.nextBoolean()) {
                    sb.append(eol);
                }
            }
            byte[] bytes = sb.toString().getBytes(UTF_8);
            Outcome o = check(bytes, sep, r);
            assertThat(o.errorLine()).isNull();
            assertThat(o.records()).extracting(Rec::fields).isEqualTo(expected);
        });
    }

    private static Outcome check(byte[] bytes, byte sep, SplittableRandom r) {
        int bufferSize = 64 + r.nextInt(r.nextBoolean() ? 16 : 300);
        int chunk = 1 + r.nextInt(r.nextBoolean() ? 7 : 400);
        Outcome expected = reference(bytes, sep);
        Outcome got = actual(bytes, sep, bufferSize, chunk, r.nextLong());
        assertThat(got).as("buffer %d, chunk %d, input '%s'", bufferSize, chunk, new String(bytes, UTF_8)
                .replace("\r", "\\r").replace("\n", "\\n")).isEqualTo(expected);
        return got;
    }

    private static String randomField(SplittableRandom r, byte sep) {
        String alphabet = "abcxyz0123456789.- \"\r\n" + (char) sep + "é";
        int len = r.nextInt(4) == 0 ? r.nextInt(150) : r.nextInt(8);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < len; k++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static byte pick(SplittableRandom r, String choices) {
        return (byte) choices.charAt(r.nextInt(choices.length()));
    }

    /** Hands out the bytes in random short reads, as network and zip streams do. */
    static final class TrickleStream extends InputStream {
        private final byte[] data;
        private final int maxChunk;
        private final SplittableRandom random;
        private int pos;

        TrickleStream(byte[] data, int maxChunk, long seed) {
            this.data = data;
            this.maxChunk = maxChunk;
            this.random = new SplittableRandom(seed);
        }

        @Override
        public int read() {
            return pos < data.length ? data[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (pos >= data.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, data.length - pos), 1 + random.nextInt(maxChunk));
            System.arraycopy(data, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
