package io.sextant.core.order;

import io.sextant.core.money.Money;
import io.sextant.core.money.Quantity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How much an order is for. Units are fixed when the order is created; a notional amount or a
 * percentage of equity is turned into units at fill time, at the fill price and including the fee,
 * floored to the instrument's lot, so a gap does not make an all-in order overspend.
 */
public sealed interface OrderQuantity {

    static OrderQuantity units(Quantity quantity) {
        return new Units(quantity);
    }

    static OrderQuantity notional(Money amount) {
        return new Notional(amount);
    }

    /** {@code percent} of account equity (100 means all of it). */
    static OrderQuantity percentOfEquity(BigDecimal percent) {
        return new PercentOfEquity(percent);
    }

    /** A fixed quantity in the instrument's units. */
    record Units(Quantity quantity) implements OrderQuantity {
        public Units {
            Objects.requireNonNull(quantity, "quantity");
            if (quantity.isZero()) {
                throw new IllegalArgumentException("order quantity must be positive, was " + quantity);
            }
        }

        @Override
        public String toString() {
            return quantity.toString();
        }
    }

    /** An amount to spend (buy) or raise (sell), fees included. */
    record Notional(Money amount) implements OrderQuantity {
        public Notional {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() <= 0) {
                throw new IllegalArgumentException("order notional must be positive, was " + amount);
            }
        }

        @Override
        public String toString() {
            return amount.toString();
        }
    }

    /** A share of equity, in percent, fees included. */
    record PercentOfEquity(BigDecimal percent) implements OrderQuantity {
        public PercentOfEquity {
            Objects.requireNonNull(percent, "percent");
            if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(10_000)) > 0) {
                throw new IllegalArgumentException("percent of equity must be in (0, 10000], was " + percent);
            }
        }

        @Override
        public String toString() {
            return percent.stripTrailingZeros().toPlainString() + "%";
        }
    }
}
