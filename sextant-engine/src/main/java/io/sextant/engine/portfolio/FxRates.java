package io.sextant.engine.portfolio;

import io.sextant.core.money.Currency;
import io.sextant.core.money.FixedPoint;
import io.sextant.core.money.Rounding;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;

/**
 * Exchange rates from the run's data: the latest rate seen for each currency pair.
 *
 * <p>Which rate and when. A rate {@code BASE/QUOTE = r} means one unit of BASE costs r units of QUOTE
 * (EUR/USD 1.0850). The portfolio sets it from every spot pair it marks (an {@code FxPair} or
 * {@code CryptoSpot} bar's close, a quote's mid), so a conversion at time t uses the last close (or
 * mid) at or before t: no look-ahead, and a rate is stale until the next bar of its pair. Rates can
 * also be set by hand ({@link #set}). A conversion uses the direct pair (amount &times; r) or else the
 * inverse pair (amount / r); the result is rounded half-even to the target currency's precision.
 */
public final class FxRates {
    private final Map<Currency, Map<Currency, Rate>> rates = new HashMap<>();

    /**
     * One pair's latest rate. A spot pair sets it on every bar as a fixed-point price (no objects); it
     * becomes a {@link BigDecimal} only when a conversion reads it.
     */
    static final class Rate {
        private long raw;
        /** The raw value's decimals; -1 while the rate is only a decimal (set by hand) or not set. */
        private int precision = -1;
        private BigDecimal value;

        /** Sets the rate to {@code raw} at {@code precision} decimals; {@code raw} must be positive. */
        void set(long raw, int precision) {
            if (raw != this.raw || precision != this.precision) {
                this.raw = raw;
                this.precision = precision;
                value = null;
            }
        }

        void set(BigDecimal rate) {
            value = rate;
            precision = -1;
        }

        /** The rate, or null if never set. */
        BigDecimal value() {
            if (value == null && precision >= 0) {
                value = BigDecimal.valueOf(raw, precision);
            }
            return value;
        }
    }

    /** Sets {@code base/quote = rate}: one unit of {@code base} costs {@code rate} units of {@code quote}. */
    public void set(Currency base, Currency quote, BigDecimal rate) {
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("FX rate " + base.code() + "/" + quote.code() + " must be positive, was "
                    + rate.toPlainString());
        }
        cell(base, quote).set(rate);
    }

    /** The cell of {@code base/quote}, created unset; a holder may keep it and set it on every mark. */
    Rate cell(Currency base, Currency quote) {
        return rates.computeIfAbsent(base, k -> new HashMap<>()).computeIfAbsent(quote, k -> new Rate());
    }

    /** The direct rate {@code base/quote}, or null if never set. */
    public BigDecimal rate(Currency base, Currency quote) {
        Map<Currency, Rate> m = rates.get(base);
        Rate r = m == null ? null : m.get(quote);
        return r == null ? null : r.value();
    }

    /** True if {@code from} can be converted to {@code to} now (same currency, direct or inverse rate). */
    public boolean canConvert(Currency from, Currency to) {
        return from.equals(to) || rate(from, to) != null || rate(to, from) != null;
    }

    /**
     * Converts {@code raw} units of {@code from} to raw units of {@code to}, rounded half-even.
     *
     * @throws IllegalStateException if neither {@code from/to} nor {@code to/from} has a rate yet
     */
    public long convert(long raw, Currency from, Currency to) {
        if (from.equals(to) || raw == 0) {
            return raw;
        }
        BigDecimal amount = BigDecimal.valueOf(raw, from.precision());
        BigDecimal direct = rate(from, to);
        BigDecimal converted;
        if (direct != null) {
            converted = amount.multiply(direct);
        } else {
            BigDecimal inverse = rate(to, from);
            if (inverse == null) {
                throw new IllegalStateException("no exchange rate between " + from.code() + " and " + to.code()
                        + " yet: add a " + from.code() + "/" + to.code() + " (or " + to.code() + "/" + from.code()
                        + ") price series to the run, or set the rate before the first conversion");
            }
            converted = amount.divide(inverse, MathContext.DECIMAL128);
        }
        return FixedPoint.fromBigDecimal(converted, to.precision(), Rounding.HALF_EVEN);
    }
}
