package io.sextant.data.corporate;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A LEAN factor file: the cumulative split and dividend factors of one equity over time, sorted by
 * date. Events are derived from consecutive rows: a change in the split factor is a split of
 * {@code next / row} new shares per old share; a change in the price factor is a dividend of
 * {@code referencePrice &times; (1 - row / next)}.
 *
 * @param rows the rows, ascending by date
 */
public record FactorTable(List<FactorRow> rows) {
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    public FactorTable {
        rows = List.copyOf(rows);
        for (int i = 1; i < rows.size(); i++) {
            if (!rows.get(i).date().isAfter(rows.get(i - 1).date())) {
                throw new IllegalArgumentException("factor rows must be in increasing date order: " + rows.get(i).date()
                        + " follows " + rows.get(i - 1).date());
            }
        }
    }

    /** Reads a LEAN factor file {@code yyyyMMdd,price_factor,split_factor,reference_price}; bad lines name file:line. */
    public static FactorTable read(Path file, String displayName) throws IOException {
        List<FactorRow> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.strip().split(",");
                if (f.length != 4) {
                    throw new FactorFileException(displayName + ":" + n + ": expected 4 fields "
                            + "(yyyyMMdd,price_factor,split_factor,reference_price), found " + f.length);
                }
                try {
                    rows.add(new FactorRow(LocalDate.parse(f[0].strip(), DATE), new BigDecimal(f[1].strip()),
                            new BigDecimal(f[2].strip()), new BigDecimal(f[3].strip())));
                } catch (DateTimeParseException | NumberFormatException e) {
                    throw new FactorFileException(displayName + ":" + n + ": cannot read '" + line.strip() + "': " + e.getMessage());
                } catch (IllegalArgumentException e) {
                    throw new FactorFileException(displayName + ":" + n + ": " + e.getMessage());
                }
            }
        }
        if (rows.isEmpty()) {
            throw new FactorFileException(displayName + ": the factor file is empty");
        }
        try {
            return new FactorTable(rows);
        } catch (IllegalArgumentException e) {
            throw new FactorFileException(displayName + ": " + e.getMessage());
        }
    }

    /** Index of the row whose factors apply to a bar dated {@code date} (the first row dated on or after it), or -1. */
    public int rowFor(LocalDate date) {
        int lo = 0;
        int hi = rows.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rows.get(mid).date().isBefore(date)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < rows.size() ? lo : -1;
    }

    /**
     * The splits and dividends, each dated on the first of {@code barDates} after its factor row
     * (the ex-date). Events after the last bar date are left out.
     */
    public List<CorporateAction> actions(List<LocalDate> barDates) {
        List<CorporateAction> out = new ArrayList<>();
        for (int i = 0; i + 1 < rows.size(); i++) {
            FactorRow row = rows.get(i);
            FactorRow next = rows.get(i + 1);
            LocalDate exDate = firstAfter(barDates, row.date());
            if (exDate == null) {
                break;
            }
            if (row.splitFactor().compareTo(next.splitFactor()) != 0) {
                BigDecimal ratio = next.splitFactor().divide(row.splitFactor(), new MathContext(12, RoundingMode.HALF_EVEN))
                        .setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
                out.add(new CorporateAction(exDate, CorporateAction.Type.SPLIT, plain(ratio)));
            }
            if (row.priceFactor().compareTo(next.priceFactor()) != 0) {
                BigDecimal fraction = BigDecimal.ONE.subtract(row.priceFactor().divide(next.priceFactor(),
                        new MathContext(16, RoundingMode.HALF_EVEN)));
                BigDecimal amount = row.referencePrice().multiply(fraction).setScale(4, RoundingMode.HALF_EVEN)
                        .stripTrailingZeros();
                out.add(new CorporateAction(exDate, CorporateAction.Type.DIVIDEND, plain(amount)));
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static BigDecimal plain(BigDecimal v) {
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    private static LocalDate firstAfter(List<LocalDate> sorted, LocalDate date) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (!sorted.get(mid).isAfter(date)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < sorted.size() ? sorted.get(lo) : null;
    }
}
