package io.sextant.data.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.sextant.data.series.ByteColumn;
import io.sextant.data.series.Column;
import io.sextant.data.series.LongColumn;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKind;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The catalog's file format for one series: a small JSON header, then each column as raw
 * little-endian primitives (8-byte aligned, so loading is a bulk copy from a memory map), then a
 * trailer. Every column carries a CRC32C in the header, and the header's own CRC32C is in the
 * trailer; all are checked on load, so a damaged or truncated file (a flipped digit in a scale
 * included) is refused, never half-read.
 *
 * <pre>
 *   "SXTSER01" | int32 header length | header JSON | pad to 8 | column 0 | pad | column 1 | ... | pad
 *   | int32 header CRC32C | int32 0 | "SXTEND01"
 * </pre>
 * Integers are little-endian. Format version 2 (version 1 had no header checksum).
 */
public final class SeriesFile {
    static final byte[] MAGIC = "SXTSER01".getBytes(StandardCharsets.US_ASCII);
    static final byte[] END = "SXTEND01".getBytes(StandardCharsets.US_ASCII);
    static final int FORMAT_VERSION = 2;
    /** The header's CRC32C (int32), four zero bytes, and the end marker. */
    static final int TRAILER = 16;
    private static final ValueLayout.OfLong LONG_LE = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt INT_LE = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The header must be exactly one JSON object: a header length that reaches past it is refused. */
    private static final ObjectReader HEADER_READER = JSON.readerFor(Header.class)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final long CRC_CHUNK = 1L << 30;

    private SeriesFile() {
    }

    /** Writes {@code data} to a new file at {@code path} (which must not exist) and forces it to disk. */
    public static void write(Path path, SeriesData data) throws IOException {
        // Lay out with the widest possible checksums, so the real header always fits the space reserved.
        // The offsets in the header depend on where the data starts, which depends on the header's
        // length: iterate until the reserved space holds the header with its final offsets.
        long dataStart = 0;
        List<ColumnEntry> entries = layout(data, dataStart, null);
        while (true) {
            long needed = align(12 + JSON.writeValueAsBytes(header(data, entries)).length);
            if (needed <= dataStart) {
                break;
            }
            dataStart = needed;
            entries = layout(data, dataStart, null);
        }
        long end = entries.isEmpty() ? dataStart : align(entries.getLast().offset() + entries.getLast().bytes());
        long total = end + TRAILER;
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
             Arena arena = Arena.ofConfined()) {
            MemorySegment seg = ch.map(FileChannel.MapMode.READ_WRITE, 0, total, arena);
            int i = 0;
            for (Column c : data.columns()) {
                ColumnEntry e = entries.get(i++);
                switch (c) {
                    case LongColumn l -> MemorySegment.copy(l.values(), 0, seg, LONG_LE, e.offset(), l.length());
                    case ByteColumn b -> MemorySegment.copy(MemorySegment.ofArray(b.values()), 0, seg, e.offset(), b.length());
                }
            }
            entries = layout(data, dataStart, seg);
            byte[] header = JSON.writeValueAsBytes(header(data, entries));
            if (12 + header.length > dataStart) {
                throw new IllegalStateException(path + ": the header (" + header.length
                        + " bytes) does not fit the space reserved for it (" + (dataStart - 12) + ")");
            }
            MemorySegment.copy(MemorySegment.ofArray(MAGIC), 0, seg, 0, MAGIC.length);
            seg.set(INT_LE, 8, header.length);
            MemorySegment.copy(MemorySegment.ofArray(header), 0, seg, 12, header.length);
            CRC32C headerCrc = new CRC32C();
            headerCrc.update(header);
            seg.set(INT_LE, end, (int) headerCrc.getValue());
            seg.set(INT_LE, end + 4, 0);
            MemorySegment.copy(MemorySegment.ofArray(END), 0, seg, end + 8, END.length);
            seg.force();
        }
    }

    /** Column offsets from {@code dataStart}; checksums from the written file, or the widest value if not yet written. */
    private static List<ColumnEntry> layout(SeriesData data, long dataStart, MemorySegment written) {
        List<ColumnEntry> entries = new ArrayList<>();
        long offset = dataStart;
        for (Column c : data.columns()) {
            long bytes = c.byteSize();
            long crc = 0xFFFF_FFFFL;
            if (written != null) {
                CRC32C crc32c = new CRC32C();
                update(crc32c, written.asSlice(offset, bytes));
                crc = crc32c.getValue();
            }
            entries.add(switch (c) {
                case LongColumn l -> new ColumnEntry(l.name(), "i64", l.scale(), offset, bytes, crc);
                case ByteColumn b -> new ColumnEntry(b.name(), "i8", 0, offset, bytes, crc);
            });
            offset = align(offset + bytes);
        }
        return entries;
    }

    private static Header header(SeriesData data, List<ColumnEntry> entries) {
        return new Header(FORMAT_VERSION, data.kind().label(), data.rows(), entries);
    }

    private static void update(CRC32C crc, MemorySegment seg) {
        for (long at = 0; at < seg.byteSize(); at += CRC_CHUNK) {
            crc.update(seg.asSlice(at, Math.min(CRC_CHUNK, seg.byteSize() - at)).asByteBuffer());
        }
    }

    /** Reads the header only (kind, rows, columns) without loading any data. */
    public static Header readHeader(Path path) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ);
             Arena arena = Arena.ofConfined()) {
            MemorySegment seg = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size(), arena);
            return header(path, seg);
        }
    }

    /** Loads every column, checking each CRC; throws {@link CorruptSeriesFileException} on any mismatch. */
    public static SeriesData read(Path path) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ);
             Arena arena = Arena.ofConfined()) {
            MemorySegment seg = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size(), arena);
            Header h = header(path, seg);
            List<Column> columns = new ArrayList<>(h.columns().size());
            for (ColumnEntry e : h.columns()) {
                if (e.bytes() < 0 || e.offset() < 0 || e.offset() > seg.byteSize()) {
                    throw new CorruptSeriesFileException(path, "column " + e.name() + " lies outside the file");
                }
                if (e.offset() < 0 || e.offset() + e.bytes() > seg.byteSize() - TRAILER) {
                    throw new CorruptSeriesFileException(path, "column " + e.name() + " lies outside the file");
                }
                MemorySegment slice = seg.asSlice(e.offset(), e.bytes());
                CRC32C crc = new CRC32C();
                update(crc, slice);
                if (crc.getValue() != e.crc32c()) {
                    throw new CorruptSeriesFileException(path, "column " + e.name() + " fails its checksum");
                }
                try {
                    columns.add(switch (e.type()) {
                        case "i64" -> {
                            long[] values = new long[checkedRows(path, e, 8, h.rows())];
                            MemorySegment.copy(slice, LONG_LE, 0, values, 0, values.length);
                            yield new LongColumn(e.name(), values, e.scale());
                        }
                        case "i8" -> new ByteColumn(e.name(), slice.toArray(ValueLayout.JAVA_BYTE));
                        default -> throw new CorruptSeriesFileException(path, "unknown column type " + e.type());
                    });
                } catch (IllegalArgumentException bad) {
                    throw new CorruptSeriesFileException(path, bad.getMessage());
                }
            }
            try {
                return new SeriesData(SeriesKind.parse(h.kind()), columns);
            } catch (IllegalArgumentException bad) {
                throw new CorruptSeriesFileException(path, bad.getMessage());
            }
        }
    }

    private static int checkedRows(Path path, ColumnEntry e, int width, long rows) {
        if (e.bytes() != rows * width) {
            throw new CorruptSeriesFileException(path, "column " + e.name() + " holds " + e.bytes()
                    + " bytes, expected " + rows * width);
        }
        return Math.toIntExact(rows);
    }

    private static Header header(Path path, MemorySegment seg) throws IOException {
        if (seg.byteSize() < 12 + TRAILER || seg.asSlice(0, MAGIC.length).mismatch(MemorySegment.ofArray(MAGIC)) != -1) {
            throw new CorruptSeriesFileException(path, "not a Sextant series file (bad magic)");
        }
        if (seg.asSlice(seg.byteSize() - END.length).mismatch(MemorySegment.ofArray(END)) != -1) {
            throw new CorruptSeriesFileException(path, "truncated (end marker missing)");
        }
        int len = seg.get(INT_LE, 8);
        if (len <= 0 || 12L + len > seg.byteSize() - TRAILER) {
            throw new CorruptSeriesFileException(path, "bad header length " + len);
        }
        CRC32C crc = new CRC32C();
        crc.update(seg.asSlice(12, len).asByteBuffer());
        if ((int) crc.getValue() != seg.get(INT_LE, seg.byteSize() - TRAILER)) {
            throw new CorruptSeriesFileException(path, "the header fails its checksum");
        }
        Header h;
        try {
            h = HEADER_READER.readValue(seg.asSlice(12, len).toArray(ValueLayout.JAVA_BYTE));
        } catch (IOException unreadable) {
            throw new CorruptSeriesFileException(path, "unreadable header (is the header length " + len + " right?): "
                    + unreadable.getMessage().lines().findFirst().orElse(""));
        }
        if (h == null) {
            throw new CorruptSeriesFileException(path, "empty header");
        }
        if (h.format() != FORMAT_VERSION) {
            throw new CorruptSeriesFileException(path, "format version " + h.format() + " is not supported (expected "
                    + FORMAT_VERSION + ")");
        }
        checkLayout(path, h, 12L + len, seg.byteSize());
        return h;
    }

    /**
     * The header must describe the layout {@link #write} makes: a known kind, every column of
     * {@code rows} values of its type, each 8-aligned right after the one before (the first after
     * the header), and the end marker right after the last.
     */
    private static void checkLayout(Path path, Header h, long headerEnd, long fileSize) {
        if (h.kind() == null || h.columns() == null) {
            throw new CorruptSeriesFileException(path, "the header lacks the kind or the columns");
        }
        try {
            SeriesKind.parse(h.kind());
        } catch (IllegalArgumentException e) {
            throw new CorruptSeriesFileException(path, e.getMessage());
        }
        if (h.rows() < 0 || h.rows() > Integer.MAX_VALUE) {
            throw new CorruptSeriesFileException(path, "bad row count " + h.rows());
        }
        long at = headerEnd;
        boolean first = true;
        for (ColumnEntry e : h.columns()) {
            if (e == null || e.name() == null || e.type() == null) {
                throw new CorruptSeriesFileException(path, "a column entry lacks its name or type");
            }
            long width = switch (e.type()) {
                case "i64" -> 8;
                case "i8" -> 1;
                default -> throw new CorruptSeriesFileException(path, "unknown column type " + e.type());
            };
            if (e.bytes() != h.rows() * width) {
                throw new CorruptSeriesFileException(path, "column " + e.name() + " holds " + e.bytes()
                        + " bytes, expected " + h.rows() * width);
            }
            boolean placed = first ? e.offset() >= at && e.offset() % 8 == 0 : e.offset() == align(at);
            if (!placed || e.offset() > fileSize) {
                throw new CorruptSeriesFileException(path, "column " + e.name() + " is at offset " + e.offset()
                        + ", not where the layout puts it");
            }
            at = e.offset() + e.bytes();
            first = false;
        }
        if (align(at) + TRAILER != fileSize) {
            throw new CorruptSeriesFileException(path, "the file is " + fileSize + " bytes, its columns end at "
                    + align(at) + " (plus the " + TRAILER + "-byte trailer)");
        }
    }

    static long align(long n) {
        return (n + 7) & ~7L;
    }

    /**
     * The file header.
     *
     * @param format  format version
     * @param kind    series kind label
     * @param rows    number of rows
     * @param columns column layout
     */
    public record Header(int format, String kind, long rows, List<ColumnEntry> columns) {
    }

    /**
     * Where a column lies in the file.
     *
     * @param name   column name
     * @param type   {@code i64} or {@code i8}
     * @param scale  fixed-point scale
     * @param offset byte offset in the file
     * @param bytes  byte length
     * @param crc32c CRC32C of the bytes
     */
    public record ColumnEntry(String name, String type, int scale, long offset, long bytes, long crc32c) {
    }
}
