package io.sextant.data.corporate;

import static io.sextant.data.testing.Imports.NEW_YORK;
import static org.assertj.core.api.Assertions.assertThat;

import io.sextant.core.time.Nanos;
import io.sextant.data.importer.ImportedSeries;
import io.sextant.data.series.BarSeries;
import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.SeriesData;
import io.sextant.data.testing.Imports;
import io.sextant.data.testing.SharedData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Raw, split-adjusted and total-return views of LEAN daily bars, against BigDecimal arithmetic on the factor rows. */
class AdjusterTest {

    private static ImportedSeries lean(String ticker) {
        return Imports.one(SharedData.file("equities-daily/lean-usa-daily/daily/" + ticker + ".zip"));
    }

    private static BigDecimal close(SeriesData d, LocalDate date) {
        int i = d.indexAtOrAfter(Imports.midnight(date, NEW_YORK));
        assertThat(d.times()[i]).as("a bar on %s", date).isEqualTo(Imports.midnight(date, NEW_YORK));
        return Imports.value(d, ColumnNames.CLOSE, i);
    }

    private static double change(SeriesData d, LocalDate before, LocalDate after) {
        return close(d, after).doubleValue() / close(d, before).doubleValue() - 1;
    }

    @Test
    void aaplSplitViewHasNoJumpWhereTheRawViewDrops() {
        ImportedSeries aapl = lean("aapl");
        BarSeries raw = BarSeries.of(aapl.data());
        SeriesData split = Adjuster.apply(raw, aapl.factors(), Adjustment.SPLIT, NEW_YORK).data();
        SeriesData rawData = Adjuster.apply(raw, aapl.factors(), Adjustment.RAW, NEW_YORK).data();
        assertThat(rawData).isSameAs(aapl.data());

        LocalDate friday = LocalDate.of(2014, 6, 6);
        LocalDate monday = LocalDate.of(2014, 6, 9);
        assertThat(close(rawData, friday)).isEqualByComparingTo("645.57");
        assertThat(close(rawData, monday)).isEqualByComparingTo("93.70");
        assertThat(change(rawData, friday, monday)).isCloseTo(-0.8549, org.assertj.core.data.Offset.offset(0.0001));
        // 645.57 x 0.0357143 = 23.056080651 against 93.70 x 0.25 = 23.425: +1.6 %, an ordinary day.
        assertThat(close(split, friday)).isEqualByComparingTo("23.05608065");
        assertThat(close(split, monday)).isEqualByComparingTo("23.425");
        assertThat(change(split, friday, monday)).isCloseTo(0.016, org.assertj.core.data.Offset.offset(0.001));

        // At every split the raw close falls by the split ratio and the adjusted one moves as on any day.
        for (String[] s : new String[][]{{"2000-06-20", "2000-06-21", "2"}, {"2005-02-25", "2005-02-28", "2"},
                {"2014-06-06", "2014-06-09", "7"}, {"2020-08-28", "2020-08-31", "4"}}) {
            LocalDate before = LocalDate.parse(s[0]);
            LocalDate after = LocalDate.parse(s[1]);
            double ratio = Double.parseDouble(s[2]);
            // (2000-06-21 itself was a +10 % day.)
            assertThat((1 + change(rawData, before, after)) * ratio).as("raw at %s", after).isBetween(0.85, 1.15);
            assertThat(Math.abs(change(split, before, after))).as("split-adjusted at %s", after).isLessThan(0.15);
        }
        // The split view's largest daily move is Apple's real 2000-09-29 crash (-52 %), not a split.
        double worst = 0;
        LocalDate worstDay = null;
        long[] c = split.longs(ColumnNames.CLOSE).values();
        for (int i = 1; i < c.length; i++) {
            double r = (double) c[i] / c[i - 1] - 1;
            if (r < worst) {
                worst = r;
                worstDay = Nanos.toZoned(split.times()[i], NEW_YORK).toLocalDate();
            }
        }
        assertThat(worstDay).isEqualTo(LocalDate.of(2000, 9, 29));
        assertThat(worst).isBetween(-0.53, -0.51);
    }

    /** Adjusted = raw x split factor (x price factor for total return), rounded half-even to 8 decimals, on every bar. */
    @Test
    void adjustedPricesEqualBigDecimalArithmeticOnEveryBar() {
        for (String ticker : List.of("aapl", "aig", "uso")) {
            ImportedSeries s = lean(ticker);
            BarSeries raw = BarSeries.of(s.data());
            for (Adjustment view : List.of(Adjustment.SPLIT, Adjustment.TOTAL_RETURN)) {
                SeriesData adjusted = Adjuster.apply(raw, s.factors(), view, NEW_YORK).data();
                assertThat(adjusted.longs(ColumnNames.CLOSE).scale()).isEqualTo(8);
                assertThat(adjusted.longs(ColumnNames.VOLUME).scale()).isZero();
                for (int i = 0; i < s.data().rows(); i++) {
                    LocalDate date = Nanos.toZoned(s.data().times()[i], NEW_YORK).toLocalDate();
                    FactorRow row = s.factors().rows().get(s.factors().rowFor(date));
                    BigDecimal m = view == Adjustment.SPLIT ? row.splitFactor() : row.splitFactor().multiply(row.priceFactor());
                    for (String c : List.of(ColumnNames.OPEN, ColumnNames.HIGH, ColumnNames.LOW, ColumnNames.CLOSE)) {
                        BigDecimal expected = Imports.value(s.data(), c, i).multiply(m).setScale(8, RoundingMode.HALF_EVEN);
                        if (Imports.value(adjusted, c, i).compareTo(expected) != 0) {
                            throw new AssertionError(ticker + " " + view + " " + date + " " + c + ": "
                                    + Imports.value(adjusted, c, i) + ", expected " + expected);
                        }
                    }
                    BigDecimal volume = Imports.value(s.data(), ColumnNames.VOLUME, i)
                            .divide(row.splitFactor(), 0, RoundingMode.HALF_EVEN);
                    if (Imports.value(adjusted, ColumnNames.VOLUME, i).compareTo(volume) != 0) {
                        throw new AssertionError(ticker + " " + view + " " + date + " volume: "
                                + Imports.value(adjusted, ColumnNames.VOLUME, i) + ", expected " + volume);
                    }
                }
            }
        }
    }

    @Test
    void totalReturnOfAaplOnChosenDates() {
        ImportedSeries aapl = lean("aapl");
        SeriesData tr = Adjuster.apply(BarSeries.of(aapl.data()), aapl.factors(), Adjustment.TOTAL_RETURN, NEW_YORK).data();
        // raw x price_factor x split_factor, by hand from the factor file rows that cover each date.
        assertThat(close(tr, LocalDate.of(1998, 1, 2))).isEqualByComparingTo(new BigDecimal("16.25")
                .multiply(new BigDecimal("0.8613657")).multiply(new BigDecimal("0.00892857")).setScale(8, RoundingMode.HALF_EVEN));
        assertThat(close(tr, LocalDate.of(2012, 8, 8))).isEqualByComparingTo(new BigDecimal("619.86")
                .multiply(new BigDecimal("0.8613657")).multiply(new BigDecimal("0.0357143")).setScale(8, RoundingMode.HALF_EVEN));
        BigDecimal exDay = close(aapl.data(), LocalDate.of(2012, 8, 9));
        assertThat(close(tr, LocalDate.of(2012, 8, 9))).isEqualByComparingTo(exDay.multiply(new BigDecimal("0.8650639"))
                .multiply(new BigDecimal("0.0357143")).setScale(8, RoundingMode.HALF_EVEN));
        // After the last factor row with a factor below 1 (2021-02-04), prices are raw.
        assertThat(close(tr, LocalDate.of(2021, 3, 31))).isEqualByComparingTo(close(aapl.data(), LocalDate.of(2021, 3, 31)));
        // Total return rises more than price alone: over 2012-08-08 .. 2021-03-31 by the dividends' share.
        double price = close(Adjuster.apply(BarSeries.of(aapl.data()), aapl.factors(), Adjustment.SPLIT, NEW_YORK).data(),
                LocalDate.of(2021, 3, 31)).doubleValue()
                / close(Adjuster.apply(BarSeries.of(aapl.data()), aapl.factors(), Adjustment.SPLIT, NEW_YORK).data(),
                LocalDate.of(2012, 8, 8)).doubleValue();
        double total = close(tr, LocalDate.of(2021, 3, 31)).doubleValue() / close(tr, LocalDate.of(2012, 8, 8)).doubleValue();
        assertThat(total / price).isCloseTo(1 / 0.8613657, org.assertj.core.data.Offset.offset(1e-6));
    }

    /** AIG's 1-for-20 (2009-07-01) and USO's 1-for-8 (2020-04-29) reverse splits: raw prices jump up, adjusted do not. */
    @Test
    void reverseSplits() {
        for (String[] s : new String[][]{{"aig", "2009-06-30", "2009-07-01", "20"}, {"uso", "2020-04-28", "2020-04-29", "8"}}) {
            ImportedSeries e = lean(s[0]);
            SeriesData split = Adjuster.apply(BarSeries.of(e.data()), e.factors(), Adjustment.SPLIT, NEW_YORK).data();
            LocalDate before = LocalDate.parse(s[1]);
            LocalDate after = LocalDate.parse(s[2]);
            double ratio = Double.parseDouble(s[3]);
            // AIG fell 20 % on 2009-07-01 (1.13 x 20 = 22.60 to 18.08): its raw close rose sixteen-fold.
            assertThat((1 + change(e.data(), before, after)) / ratio).as(s[0] + " raw").isBetween(0.75, 1.25);
            assertThat(Math.abs(change(split, before, after))).as(s[0] + " split-adjusted").isLessThan(0.25);
            // Before the reverse split, the split view multiplies by the factor (> 1) and divides volumes by it.
            int i = e.data().indexAtOrAfter(Imports.midnight(before, NEW_YORK));
            BigDecimal factor = e.factors().rows().get(e.factors().rowFor(before)).splitFactor();
            assertThat(factor).isEqualByComparingTo(s[3]);
            assertThat(Imports.value(split, ColumnNames.CLOSE, i))
                    .isEqualByComparingTo(Imports.value(e.data(), ColumnNames.CLOSE, i).multiply(factor));
            assertThat(Imports.value(split, ColumnNames.VOLUME, i)).isEqualByComparingTo(
                    Imports.value(e.data(), ColumnNames.VOLUME, i).divide(factor, 0, RoundingMode.HALF_EVEN));
        }
    }
}
