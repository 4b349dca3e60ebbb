package io.sextant.data.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Small daily CSV files in the Kaggle layout, written for catalog tests. */
final class Fixtures {
    static final String HEADER = "Date,Open,High,Low,Close,Volume,OpenInt";

    private Fixtures() {
    }

    /**
     * {@code days} weekday bars from {@code first}: close = 100 + i (so values are easy to check), open = close - 0.5,
     * high = close + 1, low = close - 1, volume = 1000 + i.
     */
    static Path daily(Path dir, String file, LocalDate first, int days) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        LocalDate d = first;
        for (int i = 0; i < days; i++) {
            while (d.getDayOfWeek().getValue() > 5) {
                d = d.plusDays(1);
            }
            int c = 100 + i;
            sb.append(d).append(',').append(c - 0.5).append(',').append(c + 1).append(',').append(c - 1).append(',')
                    .append(c).append(',').append(1000 + i).append(",0\n");
            d = d.plusDays(1);
        }
        return write(dir.resolve(file), sb.toString());
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
