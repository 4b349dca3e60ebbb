package io.sextant.engine.venue;

import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.money.Rounding;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A rate per share (unit) with a minimum per order and a maximum as a fraction of the order's
 * notional, IB-style: e.g. 0.005 per share, at least 1.00, at most 1 % of the trade value.
 *
 * <p>The charge for an order with cumulative quantity {@code Q} and notional {@code N} is
 * {@code min(max(rate × Q, minimum), maxFraction × N)} (the cap wins over the minimum, as at IB, so
 * a tiny order pays at most its cap), computed exactly and rounded half-up to the currency's
 * precision; nothing for {@code Q = 0}. Each fill pays the charge after it minus the charge before
 * it, so an order's fills add up to exactly the charge of the whole order however it was split.
 *
 * @param perShare    the rate per unit, in the quote currency, not negative
 * @param minimum     the minimum per order, in the quote currency, not negative
 * @param maxFraction the cap as a fraction of notional (0.01 = 1 %), positive; null for no cap
 */
public record PerShareFee(BigDecimal perShare, Money minimum, BigDecimal maxFraction) implements FeeModel {

    public PerShareFee {
        Objects.requireNonNull(perShare, "perShare");
        Objects.requireNonNull(minimum, "minimum");
        if (perShare.signum() < 0 || minimum.signum() < 0 || maxFraction != null && maxFraction.signum() <= 0) {
            throw new IllegalArgumentException("per-share fee needs a rate and minimum >= 0 and a cap > 0, were "
                    + perShare + ", " + minimum + ", " + maxFraction);
        }
    }

    /** IB fixed pricing for US stocks: 0.005 USD per share, minimum 1.00 USD, maximum 1 % of trade value. */
    public static PerShareFee interactiveBrokersUs() {
        return new PerShareFee(new BigDecimal("0.005"), Money.of("1.00", Currency.USD), new BigDecimal("0.01"));
    }

    @Override
    public Money fee(FeeInput in) {
        Currency currency = in.notional().currency();
        if (!currency.equals(minimum.currency())) {
            throw new IllegalArgumentException("per-share fee minimum is in " + minimum.currency() + " but "
                    + in.instrument().id() + " trades in " + currency);
        }
        BigDecimal before = charge(in.filledBefore().toBigDecimal(), in.notionalBefore().toBigDecimal());
        BigDecimal after = charge(in.filledBefore().toBigDecimal().add(in.quantity().toBigDecimal()),
                in.notionalBefore().toBigDecimal().add(in.notional().toBigDecimal()));
        return Money.of(after, currency, Rounding.EXACT).minus(Money.of(before, currency, Rounding.EXACT));
    }

    /** The whole order's charge, rounded half-up to the currency's precision (as a decimal at that scale). */
    private BigDecimal charge(BigDecimal quantity, BigDecimal notional) {
        if (quantity.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal fee = perShare.multiply(quantity).max(minimum.toBigDecimal());
        if (maxFraction != null) {
            fee = fee.min(maxFraction.multiply(notional));
        }
        return Money.of(fee, minimum.currency(), Rounding.HALF_UP).toBigDecimal();
    }
}
