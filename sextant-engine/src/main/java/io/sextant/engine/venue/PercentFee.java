package io.sextant.engine.venue;

import io.sextant.core.instrument.Instrument;
import io.sextant.core.money.Currency;
import io.sextant.core.money.FixedPoint;
import io.sextant.core.money.Money;
import io.sextant.core.money.Rounding;
import io.sextant.core.order.LiquiditySide;

import java.math.BigDecimal;

/**
 * A percentage of the fill's notional, with separate maker and taker rates (0.001 = 0.1 %).
 * Charged in the quote currency by default; {@link FeeCurrency#BASE} charges crypto spot buys in
 * the asset received (the fee is {@code rate &times; quantity}, as Binance does without BNB),
 * sells still in the quote currency. Rounded half-up to the currency's precision (venues round fees
 * up or half-up; never in the trader's favour by more than half a unit).
 *
 * @param makerRate   the rate for maker fills
 * @param takerRate   the rate for taker fills
 * @param feeCurrency where the fee is charged
 */
public final class PercentFee implements FeeModel {
    private final BigDecimal makerRate;
    private final BigDecimal takerRate;
    private final FeeCurrency feeCurrency;
    /** The rates at 9 decimals, for the exact fixed-point product on every fill. */
    private final long makerRaw;
    private final long takerRaw;

    /** Where a percentage fee is charged. */
    public enum FeeCurrency {
        QUOTE,
        BASE
    }

    public PercentFee(BigDecimal makerRate, BigDecimal takerRate, FeeCurrency feeCurrency) {
        if (makerRate.compareTo(BigDecimal.ONE.negate()) < 0 || makerRate.compareTo(BigDecimal.ONE) >= 0
                || takerRate.signum() < 0 || takerRate.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("fee rates must be in [0, 1) (maker may be a negative rebate), were maker "
                    + makerRate + " taker " + takerRate);
        }
        this.makerRate = makerRate;
        this.takerRate = takerRate;
        this.feeCurrency = java.util.Objects.requireNonNull(feeCurrency, "feeCurrency");
        // Rates have at most 9 decimals (EXACT refuses more, naming the rate).
        this.makerRaw = FixedPoint.fromBigDecimal(makerRate, 9, Rounding.EXACT);
        this.takerRaw = FixedPoint.fromBigDecimal(takerRate, 9, Rounding.EXACT);
    }

    public BigDecimal makerRate() {
        return makerRate;
    }

    public BigDecimal takerRate() {
        return takerRate;
    }

    public FeeCurrency feeCurrency() {
        return feeCurrency;
    }

    /** The same rate for maker and taker, in the quote currency. */
    public static PercentFee of(BigDecimal rate) {
        return new PercentFee(rate, rate, FeeCurrency.QUOTE);
    }

    public BigDecimal rate(LiquiditySide side) {
        return side == LiquiditySide.MAKER ? makerRate : takerRate;
    }

    @Override
    public Money fee(FeeInput in) {
        BigDecimal rate = rate(in.liquiditySide());
        Instrument instrument = in.instrument();
        if (feeCurrency == FeeCurrency.BASE && in.side() == io.sextant.core.order.Side.BUY
                && instrument.baseCurrency().isPresent()) {
            Currency base = instrument.baseCurrency().get();
            BigDecimal qty = in.quantity().toBigDecimal().multiply(rate);
            return Money.of(qty, base, Rounding.HALF_UP);
        }
        Money notional = in.notional();
        long rateRaw = in.liquiditySide() == LiquiditySide.MAKER ? makerRaw : takerRaw;
        if (rateRaw == 0) {
            return Money.zero(notional.currency());
        }
        // Exact product of cents and rate (128-bit), then one rounding.
        return new Money(FixedPoint.multiply(notional.raw(), notional.precision(), rateRaw, 9, notional.precision(),
                Rounding.HALF_UP), notional.currency());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PercentFee f && makerRate.equals(f.makerRate) && takerRate.equals(f.takerRate)
                && feeCurrency == f.feeCurrency;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(makerRate, takerRate, feeCurrency);
    }

    @Override
    public String toString() {
        return "PercentFee[makerRate=" + makerRate + ", takerRate=" + takerRate + ", feeCurrency=" + feeCurrency + "]";
    }
}
