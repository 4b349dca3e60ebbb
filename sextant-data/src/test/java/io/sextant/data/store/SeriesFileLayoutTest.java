package io.sextant.data.store;

import io.sextant.data.series.ByteColumn;
import io.sextant.data.series.Column;
import io.sextant.data.series.LongColumn;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The header holds column offsets, whose digit count depends on the header's own length. Regression for a writer that
 * sized the header with offsets counted from zero, so the real header could overrun the first column: round trips of
 * every kind, with all optional columns, at row counts that give offsets of every width from 2 to 7 digits.
 */
class SeriesFileLayoutTest {
    @TempDir
    Path tmp;

    @Test
    void everyKindRoundTripsAtEveryRowCount() throws IOException {
        Random random = new Random(7);
        int n = 0;
        for (SeriesKind kind : SeriesKind.values()) {
            for (int rows : new int[]{0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 100, 1_000, 1_250, 12_345, 100_001}) {
                SeriesData data = series(kind, rows, random);
                Path file = tmp.resolve("s" + n++ + ".sxc");
                SeriesFile.write(file, data);
                SeriesData back = SeriesFile.read(file);
                assertThat(back.rows()).isEqualTo(rows);
                for (int c = 0; c < data.columns().size(); c++) {
                    Column a = data.columns().get(c);
                    Column b = back.columns().get(c);
                    assertThat(b.name()).isEqualTo(a.name());
                    if (a instanceof LongColumn la) {
                        assertThat(((LongColumn) b).values()).as(kind + " " + rows + " " + a.name()).isEqualTo(la.values());
                        assertThat(((LongColumn) b).scale()).isEqualTo(la.scale());
                    } else {
                        assertThat(((ByteColumn) b).values()).isEqualTo(((ByteColumn) a).values());
                    }
                }
            }
        }
    }

    private static SeriesData series(SeriesKind kind, int rows, Random random) {
        List<Column> cols = new ArrayList<>();
        List<String> names = new ArrayList<>(kind.requiredColumns());
        names.addAll(kind.optionalColumns());
        int priceScale = random.nextInt(10);
        int sizeScale = random.nextInt(10);
        for (String name : names) {
            if (name.equals("exchange") || name.equals("suspicious")) {
                byte[] b = new byte[rows];
                random.nextBytes(b);
                cols.add(new ByteColumn(name, b));
            } else {
                int scale = kind.priceColumns().contains(name) ? priceScale
                        : kind.sizeColumns().contains(name) ? sizeScale : random.nextInt(10);
                cols.add(new LongColumn(name, random.longs(rows).toArray(), scale));
            }
        }
        return new SeriesData(kind, cols);
    }
}
