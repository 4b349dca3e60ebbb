package io.sextant.data.export;

import io.sextant.core.money.FixedPoint;
import io.sextant.data.series.ByteColumn;
import io.sextant.data.series.Column;
import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.LongColumn;
import io.sextant.data.series.SeriesData;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/**
 * Writes a series as CSV with a header of column names: times in the chosen format, prices and
 * sizes as exact plain decimals at their stored precision, exchange codes as letters. The file
 * appears only when complete (written beside it, then renamed).
 */
public final class CsvExporter {
    private CsvExporter() {
    }

    public static void write(SeriesData data, Path out, TimeFormat times, ZoneId zone) throws IOException {
        Exports.atomically(out, tmp -> {
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8), 1 << 16)) {
                write(data, w, times, zone);
            }
        });
    }

    /** Writes the CSV text to {@code w} (no atomicity: for streams). */
    public static void write(SeriesData data, Writer w, TimeFormat times, ZoneId zone) throws IOException {
        List<Column> cols = data.columns();
        for (int c = 0; c < cols.size(); c++) {
            if (c > 0) {
                w.write(',');
            }
            w.write(cols.get(c).name());
        }
        w.write('\n');
        for (int i = 0; i < data.rows(); i++) {
            for (int c = 0; c < cols.size(); c++) {
                if (c > 0) {
                    w.write(',');
                }
                w.write(cell(cols.get(c), i, times, zone));
            }
            w.write('\n');
        }
    }

    static String cell(Column col, int row, TimeFormat times, ZoneId zone) {
        return switch (col) {
            case LongColumn l when isTime(l.name()) -> times.format(l.values()[row], zone);
            case LongColumn l -> FixedPoint.format(l.values()[row], l.scale());
            case ByteColumn b when b.name().equals(ColumnNames.EXCHANGE) -> String.valueOf((char) b.values()[row]);
            case ByteColumn b -> Integer.toString(b.values()[row]);
        };
    }

    static boolean isTime(String column) {
        return column.equals(ColumnNames.TS) || column.equals(ColumnNames.TS_OPEN) || column.equals(ColumnNames.TS_CLOSE);
    }
}
