package io.sextant.data.corporate;

import io.sextant.core.money.FixedPoint;
import io.sextant.core.money.Rounding;
import io.sextant.core.time.Nanos;
import io.sextant.data.series.BarSeries;
import io.sextant.data.series.Column;
import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.LongColumn;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKind;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Applies a factor table to raw bars. Each bar takes the factors of the row that covers its date
 * (in the series' zone); prices are multiplied exactly (128-bit) and rounded half-even to four
 * more decimals than the raw prices (at most nine), volumes divided by the split factor and
 * rounded half-even to their own decimals.
 */
public final class Adjuster {
    private static final Set<String> PRICES = Set.of(ColumnNames.OPEN, ColumnNames.HIGH, ColumnNames.LOW,
            ColumnNames.CLOSE, ColumnNames.VWAP);

    private Adjuster() {
    }

    public static BarSeries apply(BarSeries raw, FactorTable factors, Adjustment adjustment, ZoneId zone) {
        if (adjustment == Adjustment.RAW || raw.size() == 0) {
            return raw;
        }
        int n = raw.size();
        long[] tsOpen = raw.tsOpen();
        // The factor applying to each bar, as a fixed-point multiplier; bars after the last row take 1.
        int[] rowOf = new int[n];
        for (int i = 0; i < n; i++) {
            rowOf[i] = factors.rowFor(Nanos.toZoned(tsOpen[i], zone).toLocalDate());
        }
        List<Column> out = new ArrayList<>();
        for (Column c : raw.data().columns()) {
            if (c instanceof LongColumn l && PRICES.contains(l.name())) {
                out.add(scale(l, factors, rowOf, adjustment, true));
            } else if (c instanceof LongColumn l && l.name().equals(ColumnNames.VOLUME)) {
                out.add(scale(l, factors, rowOf, adjustment, false));
            } else {
                out.add(c);
            }
        }
        return BarSeries.of(new SeriesData(SeriesKind.BARS, out));
    }

    private static LongColumn scale(LongColumn col, FactorTable factors, int[] rowOf, Adjustment adjustment, boolean price) {
        int outScale = price ? Math.min(FixedPoint.MAX_PRECISION, col.scale() + 4) : col.scale();
        long[] values = col.values();
        long[] out = new long[values.length];
        int cachedRow = Integer.MIN_VALUE;
        BigDecimal m = BigDecimal.ONE;
        boolean fast = true;
        long mRaw = 1;
        int mScale = 0;
        for (int i = 0; i < values.length; i++) {
            if (rowOf[i] != cachedRow) {
                cachedRow = rowOf[i];
                m = multiplier(factors, cachedRow, adjustment, price).stripTrailingZeros();
                if (m.scale() < 0) {
                    m = m.setScale(0); // 20 strips to 2E+1: its unscaled value must be 20, not 2
                }
                mScale = m.scale();
                fast = mScale <= FixedPoint.MAX_PRECISION && m.unscaledValue().bitLength() < 63;
                mRaw = fast ? m.unscaledValue().longValue() : 0;
            }
            out[i] = fast ? FixedPoint.multiply(values[i], col.scale(), mRaw, mScale, outScale, Rounding.HALF_EVEN)
                    // More than 9 decimals in the multiplier (split x dividend factors): exact decimal arithmetic.
                    : FixedPoint.fromBigDecimal(BigDecimal.valueOf(values[i], col.scale()).multiply(m), outScale,
                    Rounding.HALF_EVEN);
        }
        return new LongColumn(col.name(), out, outScale);
    }

    /** price: split (x dividend) factor, exact; volume: 1 / split factor (to 18 significant digits, half-even). */
    private static BigDecimal multiplier(FactorTable factors, int row, Adjustment adjustment, boolean price) {
        if (row < 0) {
            return BigDecimal.ONE;
        }
        FactorRow r = factors.rows().get(row);
        if (!price) {
            return BigDecimal.ONE.divide(r.splitFactor(), new java.math.MathContext(18, java.math.RoundingMode.HALF_EVEN));
        }
        return adjustment == Adjustment.TOTAL_RETURN ? r.splitFactor().multiply(r.priceFactor()) : r.splitFactor();
    }
}
