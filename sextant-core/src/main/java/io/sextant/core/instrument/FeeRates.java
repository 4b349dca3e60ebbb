package io.sextant.core.instrument;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Default fees as fractions of notional. Sign convention: positive is a cost to the trader,
 * negative a rebate (a maker rebate of 1 bp is {@code -0.0001}).
 *
 * @param maker rate for orders that add liquidity
 * @param taker rate for orders that take liquidity
 */
public record FeeRates(BigDecimal maker, BigDecimal taker) {
    public static final FeeRates NONE = new FeeRates(BigDecimal.ZERO, BigDecimal.ZERO);

    public FeeRates {
        Objects.requireNonNull(maker, "maker");
        Objects.requireNonNull(taker, "taker");
        if (maker.abs().compareTo(BigDecimal.ONE) >= 0 || taker.abs().compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("fee rates are fractions of notional (0.001 = 10 bp); got maker="
                    + maker.toPlainString() + " taker=" + taker.toPlainString());
        }
    }

    public static FeeRates of(String maker, String taker) {
        return new FeeRates(new BigDecimal(maker), new BigDecimal(taker));
    }
}
