package io.sextant.engine.venue;

import io.sextant.core.money.Money;

import java.util.Objects;

/**
 * A fixed amount per order, charged in full on the order's first fill and nothing on later fills
 * (a commission-per-ticket broker). No rounding: the amount is already in the currency's units. An
 * order that never fills pays nothing.
 *
 * @param amount the charge per order, not negative, in the currency it is charged in (usually the quote)
 */
public record FixedOrderFee(Money amount) implements FeeModel {

    public FixedOrderFee {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("a fixed order fee must not be negative, was " + amount);
        }
    }

    @Override
    public Money fee(FeeInput in) {
        return in.firstFill() ? amount : Money.zero(amount.currency());
    }
}
