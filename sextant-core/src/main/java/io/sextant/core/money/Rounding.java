package io.sextant.core.money;

import java.math.RoundingMode;

/**
 * A named rounding rule. Every place that loses digits says which rule it uses; the default is
 * {@link #HALF_EVEN} (banker's rounding), which has no bias over many roundings.
 *
 * <p>{@link #FLOOR} and {@link #CEILING} round toward negative and positive infinity. Use them where
 * the side matters: a buy limit price is floored to the tick (never pay more than asked), a sell
 * limit price is ceiled, and a quantity bought with a budget is floored to the lot.
 */
public enum Rounding {
    /** To the nearest; ties to the even neighbour. The default. */
    HALF_EVEN(RoundingMode.HALF_EVEN),
    /** To the nearest; ties away from zero (school rounding). */
    HALF_UP(RoundingMode.HALF_UP),
    /** To the nearest; ties toward zero. */
    HALF_DOWN(RoundingMode.HALF_DOWN),
    /** Toward negative infinity. */
    FLOOR(RoundingMode.FLOOR),
    /** Toward positive infinity. */
    CEILING(RoundingMode.CEILING),
    /** Toward zero (truncation). */
    DOWN(RoundingMode.DOWN),
    /** Away from zero. */
    UP(RoundingMode.UP),
    /** No rounding allowed: an inexact result throws {@link ArithmeticException}. */
    EXACT(RoundingMode.UNNECESSARY);

    private final RoundingMode mode;

    Rounding(RoundingMode mode) {
        this.mode = mode;
    }

    /** The matching {@link RoundingMode}, for {@link java.math.BigDecimal} at the edges. */
    public RoundingMode mode() {
        return mode;
    }
}
