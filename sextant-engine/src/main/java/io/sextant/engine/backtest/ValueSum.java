package io.sextant.engine.backtest;

import java.math.BigDecimal;

/**
 * The exact sum of quantity &times; price over fills, in raw units at the quantity's plus the price's
 * decimals: a {@code long} while it fits (nearly always), a {@link BigDecimal} from the first
 * overflow on. Also remembers whether every fill had the same price, so a one-price average needs
 * no division.
 */
final class ValueSum {
    private final int quantityPrecision;
    private final int pricePrecision;
    private long quantityRaw;
    private long valueRaw;
    private BigDecimal big;
    private long onlyPriceRaw;
    private boolean onePrice = true;
    private int fills;

    ValueSum(int quantityPrecision, int pricePrecision) {
        this.quantityPrecision = quantityPrecision;
        this.pricePrecision = pricePrecision;
    }

    void add(long qtyRaw, long priceRaw) {
        if (fills++ == 0) {
            onlyPriceRaw = priceRaw;
        } else if (priceRaw != onlyPriceRaw) {
            onePrice = false;
        }
        quantityRaw = Math.addExact(quantityRaw, qtyRaw);
        if (big == null) {
            long hi = Math.multiplyHigh(qtyRaw, priceRaw);
            long lo = qtyRaw * priceRaw;
            if (hi == (lo >> 63)) {
                long sum = valueRaw + lo;
                if (((valueRaw ^ sum) & (lo ^ sum)) >= 0) {
                    valueRaw = sum;
                    return;
                }
            }
            big = BigDecimal.valueOf(valueRaw, quantityPrecision + pricePrecision);
        }
        big = big.add(BigDecimal.valueOf(qtyRaw, quantityPrecision).multiply(BigDecimal.valueOf(priceRaw, pricePrecision)));
    }

    /** Replaces the sum by an exact total (a liquidation's exit value), with the same quantity. */
    void set(BigDecimal total, long qtyRaw) {
        big = total;
        quantityRaw = qtyRaw;
        onePrice = false;
        fills = 2;
    }

    boolean isEmpty() {
        return quantityRaw == 0;
    }

    long quantityRaw() {
        return quantityRaw;
    }

    BigDecimal quantity() {
        return BigDecimal.valueOf(quantityRaw, quantityPrecision);
    }

    BigDecimal value() {
        return big != null ? big : BigDecimal.valueOf(valueRaw, quantityPrecision + pricePrecision);
    }

    /**
     * The quantity-weighted average price, to 16 significant digits (exact when every fill had the
     * same price); zero when empty.
     */
    BigDecimal averagePrice() {
        if (quantityRaw == 0) {
            return BigDecimal.ZERO;
        }
        if (onePrice && big == null) {
            return BigDecimal.valueOf(onlyPriceRaw, pricePrecision);
        }
        return value().divide(quantity(), java.math.MathContext.DECIMAL64);
    }
}
