package io.sextant.data.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.sextant.data.series.ByteColumn;
import io.sextant.data.series.Column;
import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.LongColumn;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKind;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SeriesFileTest {

    @TempDir
    Path dir;

    private final AtomicInteger names = new AtomicInteger();

    private Path fresh() {
        return dir.resolve("s" + names.incrementAndGet() + ".sxt");
    }

    /** A series of {@code kind} with every optional column, random values (extremes included) and random scales. */
    static SeriesData random(SeriesKind kind, int rows, SplittableRandom r) {
        List<Column> cols = new ArrayList<>();
        List<String> names = new ArrayList<>(kind.requiredColumns());
        names.addAll(kind.optionalColumns());
        int priceScale = r.nextInt(10);
        int sizeScale = r.nextInt(10);
        for (String name : names) {
            if (name.equals(ColumnNames.EXCHANGE) || name.equals(ColumnNames.SUSPICIOUS)) {
                byte[] v = new byte[rows];
                r.nextBytes(v);
                cols.add(new ByteColumn(name, v));
                continue;
            }
            long[] v = new long[rows];
            for (int i = 0; i < rows; i++) {
                v[i] = switch (r.nextInt(8)) {
                    case 0 -> Long.MAX_VALUE;
                    case 1 -> Long.MIN_VALUE;
                    case 2 -> 0;
                    case 3 -> r.nextLong();
                    default -> r.nextLong(-1_000_000, 1_000_000);
                };
            }
            int scale = kind.priceColumns().contains(name) ? priceScale
                    : kind.sizeColumns().contains(name) ? sizeScale
                    : name.equals(ColumnNames.VWAP) ? r.nextInt(10) : 0;
            cols.add(new LongColumn(name, v, scale));
        }
        return new SeriesData(kind, cols);
    }

    static void assertSame(SeriesData got, SeriesData expected) {
        assertThat(got.kind()).isEqualTo(expected.kind());
        assertThat(got.rows()).isEqualTo(expected.rows());
        assertThat(got.columns()).hasSameSizeAs(expected.columns());
        for (int i = 0; i < expected.columns().size(); i++) {
            Column e = expected.columns().get(i);
            Column g = got.columns().get(i);
            assertThat(g.name()).isEqualTo(e.name());
            switch (e) {
                case LongColumn l -> {
                    assertThat(g).isInstanceOf(LongColumn.class);
                    assertThat(((LongColumn) g).scale()).as(e.name()).isEqualTo(l.scale());
                    assertThat(((LongColumn) g).values()).as(e.name()).isEqualTo(l.values());
                }
                case ByteColumn b -> {
                    assertThat(g).isInstanceOf(ByteColumn.class);
                    assertThat(((ByteColumn) g).values()).as(e.name()).isEqualTo(b.values());
                }
            }
        }
    }

    private SeriesData roundTrip(SeriesData data) throws IOException {
        Path p = fresh();
        SeriesFile.write(p, data);
        return SeriesFile.read(p);
    }

    // ---------------------------------------------------------------- round trips

    @ParameterizedTest
    @EnumSource(SeriesKind.class)
    void everyKindRoundTripsForManyRowCounts(SeriesKind kind) throws IOException {
        SplittableRandom r = new SplittableRandom(kind.ordinal());
        for (int rows : new int[]{0, 1, 2, 3, 5, 7, 8, 9, 10, 31, 100, 1_000, 12_345}) {
            SeriesData data = random(kind, rows, r);
            assertSame(roundTrip(data), data);
        }
    }

    @Test
    void randomSeriesRoundTrip() {
        qt().withFixedSeed(12L).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            SeriesKind kind = SeriesKind.values()[r.nextInt(4)];
            SeriesData data = random(kind, r.nextInt(r.nextBoolean() ? 20 : 3_000), r);
            try {
                assertSame(roundTrip(data), data);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void onlyTheRequiredColumns() throws IOException {
        SeriesData data = new SeriesData(SeriesKind.QUOTES, List.of(new LongColumn(ColumnNames.TS, new long[]{1, 2}, 0),
                new LongColumn(ColumnNames.BID, new long[]{10, 11}, 1), new LongColumn(ColumnNames.ASK, new long[]{12, 13}, 1)));
        assertSame(roundTrip(data), data);
    }

    @Test
    void theHeaderDescribesTheLayout() throws IOException {
        SeriesData data = random(SeriesKind.TRADES, 3, new SplittableRandom(1));
        Path p = fresh();
        SeriesFile.write(p, data);
        SeriesFile.Header h = SeriesFile.readHeader(p);
        assertThat(h.format()).isEqualTo(2);
        assertThat(h.kind()).isEqualTo("trades");
        assertThat(h.rows()).isEqualTo(3);
        assertThat(h.columns()).extracting(SeriesFile.ColumnEntry::name)
                .containsExactly("ts", "price", "size", "exchange", "condition", "suspicious");
        assertThat(h.columns()).extracting(SeriesFile.ColumnEntry::type).containsExactly("i64", "i64", "i64", "i8", "i64", "i8");
        byte[] file = Files.readAllBytes(p);
        assertThat(Arrays.copyOf(file, 8)).isEqualTo("SXTSER01".getBytes(StandardCharsets.US_ASCII));
        assertThat(Arrays.copyOfRange(file, file.length - 8, file.length)).isEqualTo("SXTEND01".getBytes(StandardCharsets.US_ASCII));
        ByteBuffer le = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        long previousEnd = 12 + le.getInt(8);
        for (SeriesFile.ColumnEntry e : h.columns()) {
            assertThat(e.offset() % 8).as(e.name()).isZero();
            assertThat(e.offset()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(e.bytes()).isEqualTo(e.type().equals("i64") ? 3 * 8 : 3);
            previousEnd = e.offset() + e.bytes();
        }
        // Little-endian values at the column's offset.
        SeriesFile.ColumnEntry ts = h.columns().getFirst();
        assertThat(le.getLong((int) ts.offset() + 8)).isEqualTo(data.times()[1]);
        // Trailer: the header's CRC32C, four zero bytes, the end marker.
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(file, 12, le.getInt(8));
        int trailer = (int) SeriesFile.align(previousEnd);
        assertThat(le.getInt(trailer)).isEqualTo((int) crc.getValue());
        assertThat(le.getInt(trailer + 4)).isZero();
        assertThat(trailer + 16).isEqualTo(file.length);
    }

    @Test
    void neverOverwritesAFile() throws IOException {
        Path p = fresh();
        Files.writeString(p, "keep me");
        assertThatThrownBy(() -> SeriesFile.write(p, random(SeriesKind.BARS, 2, new SplittableRandom(2))))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(p)).isEqualTo("keep me");
    }

    // ---------------------------------------------------------------- damage

    private Path written(SeriesKind kind, int rows) throws IOException {
        Path p = fresh();
        SeriesFile.write(p, random(kind, rows, new SplittableRandom(rows)));
        return p;
    }

    private Path copyWith(byte[] bytes) throws IOException {
        Path p = fresh();
        Files.write(p, bytes);
        return p;
    }

    /** Reading a damaged file must refuse it as corrupt: no other exception, and never a result. */
    private void assertRefused(byte[] bytes, String what) throws IOException {
        Path p = copyWith(bytes);
        Throwable t = catchThrowable(() -> SeriesFile.read(p));
        assertThat(t).as(what).isInstanceOf(CorruptSeriesFileException.class);
        Files.delete(p);
    }

    @ParameterizedTest
    @EnumSource(SeriesKind.class)
    void aFlippedByteInAnyColumnIsRefused(SeriesKind kind) throws IOException {
        Path p = written(kind, 3);
        byte[] good = Files.readAllBytes(p);
        SeriesFile.Header h = SeriesFile.readHeader(p);
        for (SeriesFile.ColumnEntry e : h.columns()) {
            for (long at = e.offset(); at < e.offset() + e.bytes(); at++) {
                for (int bit : new int[]{0, 7}) {
                    byte[] bad = good.clone();
                    bad[(int) at] ^= (byte) (1 << bit);
                    assertRefused(bad, e.name() + " byte " + (at - e.offset()) + " bit " + bit);
                }
            }
        }
    }

    @Test
    void aTruncatedFileIsRefusedAtEveryLength() throws IOException {
        byte[] good = Files.readAllBytes(written(SeriesKind.BARS, 4));
        for (int len = 0; len < good.length; len++) {
            assertRefused(Arrays.copyOf(good, len), "truncated to " + len);
        }
    }

    @Test
    void aFileWithBytesAppendedIsRefused() throws IOException {
        byte[] good = Files.readAllBytes(written(SeriesKind.BARS, 4));
        byte[] longer = Arrays.copyOf(good, good.length + 8);
        assertRefused(longer, "8 zero bytes appended");
    }

    @Test
    void aBadMagicIsRefused() throws IOException {
        byte[] good = Files.readAllBytes(written(SeriesKind.TRADES, 2));
        for (int i = 0; i < 8; i++) {
            byte[] bad = good.clone();
            bad[i] ^= 0x20;
            assertRefused(bad, "magic byte " + i);
        }
        assertRefused("not a series file at all, just text".getBytes(StandardCharsets.US_ASCII), "text");
        assertRefused(new byte[0], "empty");
    }

    @Test
    void aDamagedEndMarkerIsRefused() throws IOException {
        byte[] good = Files.readAllBytes(written(SeriesKind.QUOTES, 2));
        for (int i = good.length - 8; i < good.length; i++) {
            byte[] bad = good.clone();
            bad[i] ^= 0x01;
            assertRefused(bad, "end marker byte " + i);
        }
    }

    @ParameterizedTest
    @EnumSource(SeriesKind.class)
    void aWrongHeaderLengthIsRefused(SeriesKind kind) throws IOException {
        byte[] good = Files.readAllBytes(written(kind, 2));
        int len = ByteBuffer.wrap(good).order(ByteOrder.LITTLE_ENDIAN).getInt(8);
        List<Integer> wrong = new ArrayList<>(List.of(0, -1, -len, Integer.MIN_VALUE, Integer.MAX_VALUE, good.length,
                good.length - 11, len * 2));
        for (int d = 1; d <= 24; d++) {
            wrong.add(len - d);
            wrong.add(len + d);
        }
        for (int w : wrong) {
            byte[] bad = good.clone();
            ByteBuffer.wrap(bad).order(ByteOrder.LITTLE_ENDIAN).putInt(8, w);
            assertRefused(bad, "header length " + w + " instead of " + len);
        }
    }

    /** Header JSON that parses but does not describe a valid series: refused as corrupt, not with another exception. */
    @Test
    void aHeaderThatLiesIsRefused() throws IOException {
        byte[] good = Files.readAllBytes(written(SeriesKind.BARS, 2));
        int len = ByteBuffer.wrap(good).order(ByteOrder.LITTLE_ENDIAN).getInt(8);
        String header = new String(good, 12, len, StandardCharsets.UTF_8);
        String[][] edits = {
                {"\"kind\":\"bars\"", "\"kind\":\"bats\""},               // no such kind
                {"\"kind\":\"bars\"", "\"kind\":\"qute\""},
                {"\"rows\":2", "\"rows\":3"},                            // columns hold 2 rows
                {"\"rows\":2", "\"rows\":1"},
                {"\"type\":\"i64\"", "\"type\":\"i32\""},                // unknown type
                {"\"name\":\"open\"", "\"name\":\"opem\""},              // not a column of bars
                {"\"name\":\"open\"", "\"name\":\"high\""},              // high twice
                {"\"scale\":0", "\"scale\":-"},                          // not JSON
                {"\"format\":2", "\"format\":1"},                        // unsupported version
                {"{\"format\"", "[\"format\""},
        };
        for (String[] e : edits) {
            assertThat(header).as("the sample header holds %s", e[0]).contains(e[0]);
            String edited = header.replaceFirst(java.util.regex.Pattern.quote(e[0]), e[1]);
            byte[] h = edited.getBytes(StandardCharsets.UTF_8);
            assertThat(h.length).isEqualTo(len);
            byte[] bad = good.clone();
            System.arraycopy(h, 0, bad, 12, len);
            assertRefused(bad, "header with " + e[1]);
            // Re-sealed with a matching header checksum, the lie must still be caught by the layout checks.
            assertRefused(resealed(bad), "re-sealed header with " + e[1]);
        }
    }

    @Test
    void aHeaderWithAnImpossibleScaleIsRefused() throws IOException {
        SeriesData data = new SeriesData(SeriesKind.QUOTES, List.of(new LongColumn(ColumnNames.TS, new long[]{1}, 0),
                new LongColumn(ColumnNames.BID, new long[]{10}, 1), new LongColumn(ColumnNames.ASK, new long[]{12}, 1)));
        Path p = fresh();
        SeriesFile.write(p, data);
        byte[] good = Files.readAllBytes(p);
        int len = ByteBuffer.wrap(good).order(ByteOrder.LITTLE_ENDIAN).getInt(8);
        String header = new String(good, 12, len, StandardCharsets.UTF_8);
        byte[] h = header.replaceFirst("\"scale\":1", "\"scale\":-").getBytes(StandardCharsets.UTF_8);
        byte[] bad = good.clone();
        System.arraycopy(h, 0, bad, 12, len);
        assertRefused(bad, "scale -");
        assertRefused(resealed(bad), "re-sealed scale -");
    }

    @Test
    void aChangedDigitInTheHeaderIsCaughtByItsChecksum() throws IOException {
        // Scale 2 -> 3 keeps valid JSON and a valid layout, but would read 10.50 as 1.050.
        SeriesData data = new SeriesData(SeriesKind.QUOTES, List.of(new LongColumn(ColumnNames.TS, new long[]{1}, 0),
                new LongColumn(ColumnNames.BID, new long[]{1050}, 2), new LongColumn(ColumnNames.ASK, new long[]{1051}, 2)));
        Path p = fresh();
        SeriesFile.write(p, data);
        byte[] good = Files.readAllBytes(p);
        int len = ByteBuffer.wrap(good).order(ByteOrder.LITTLE_ENDIAN).getInt(8);
        String header = new String(good, 12, len, StandardCharsets.UTF_8);
        byte[] h = header.replaceFirst("\"scale\":2", "\"scale\":3").getBytes(StandardCharsets.UTF_8);
        byte[] bad = good.clone();
        System.arraycopy(h, 0, bad, 12, len);
        Path q = copyWith(bad);
        assertThatThrownBy(() -> SeriesFile.read(q)).isInstanceOf(CorruptSeriesFileException.class)
                .hasMessageContaining("the header fails its checksum");
    }

    /** {@code file} with the trailer's header checksum recomputed for its (edited) header. */
    private static byte[] resealed(byte[] file) {
        byte[] out = file.clone();
        ByteBuffer le = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        int len = le.getInt(8);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(out, 12, len);
        le.putInt(out.length - 16, (int) crc.getValue());
        return out;
    }

    @Test
    void readHeaderRefusesADamagedHeaderToo() throws IOException {
        byte[] good = Files.readAllBytes(written(SeriesKind.BARS, 2));
        byte[] bad = good.clone();
        bad[12] = '['; // the JSON object's opening brace
        Path p = copyWith(bad);
        assertThatThrownBy(() -> SeriesFile.readHeader(p)).isInstanceOf(CorruptSeriesFileException.class);
        byte[] shortLen = good.clone();
        ByteBuffer.wrap(shortLen).order(ByteOrder.LITTLE_ENDIAN).putInt(8, 10);
        Path q = copyWith(shortLen);
        assertThatThrownBy(() -> SeriesFile.readHeader(q)).isInstanceOf(CorruptSeriesFileException.class)
                .hasMessageContaining(q.toString());
    }
}
