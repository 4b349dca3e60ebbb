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
public record PercentFee(BigDecimal makerRate, BigDecimal takerRate, FeeCurrency feeCurrency) implements FeeModel {

    /** Where a percentage fee is charged. */
    public enum FeeCurrency {
        QUOTE,
        BASE
    }

    public PercentFee {
        if (makerRate.compareTo(BigDecimal.ONE.negate()) < 0 || makerRate.compareTo(BigDecimal.ONE) >= 0
                || takerRate.signum() < 0 || takerRate.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("fee rates must be in [0, 1) (maker may be a negative rebate), were maker "
                    + makerRate + " taker " + takerRate);
        }
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
        if (rate.signum() == 0) {
            return Money.zero(notional.currency());
        }
        // Exact product of cents and rate (128-bit), then one rounding; rates have at most 9 decimals.
        long rateRaw = FixedPoint.fromBigDecimal(rate, 9, Rounding.EXACT);
        return new Money(FixedPoint.multiply(notional.raw(), notional.precision(), rateRaw, 9, notional.precision(),
                Rounding.HALF_UP), notional.currency());
    }

}
