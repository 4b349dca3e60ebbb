package io.sextant.engine.venue;

/**
 * How far a taker fill lands from the price it was aimed at, against the trader. Returns the
 * adverse distance in raw price units (never negative); the venue adds it for buys, subtracts it
 * for sells, rounds to the tick away from the trader, and then clamps the price into the bar's
 * range, so slippage never produces a price the bar did not trade. Maker (resting limit) fills do
 * not slip.
 */
@FunctionalInterface
public interface SlippageModel {

    SlippageModel NONE = in -> 0;

    long adverseRaw(SlippageInput in);

    /** A fixed number of ticks. */
    static SlippageModel fixedTicks(int ticks) {
        if (ticks < 0) {
            throw new IllegalArgumentException("slippage ticks must not be negative, was " + ticks);
        }
        return in -> Math.multiplyExact(in.instrument().tickSize().raw(), (long) ticks);
    }

    /** A fraction of the price in basis points (1 bp = 0.01 %), rounded up to whole ticks. */
    static SlippageModel basisPoints(double bps) {
        if (!(bps >= 0) || Double.isInfinite(bps)) {
            throw new IllegalArgumentException("slippage must be a non-negative number of basis points, was " + bps);
        }
        return in -> roundUpToTick(in.priceRaw() * bps / 10_000.0, in);
    }

    /**
     * Volume-share price impact (the square law of zipline's VolumeShareSlippage): the price moves by
     * {@code impact &times; share&sup2; &times; price}, where {@code share} is the fill quantity over
     * the bar's volume (capped at 1). Without volume (ticks) there is no impact.
     *
     * @param impact the impact coefficient, e.g. 0.1
     */
    static SlippageModel volumeShare(double impact) {
        if (!(impact >= 0) || Double.isInfinite(impact)) {
            throw new IllegalArgumentException("impact must be a non-negative number, was " + impact);
        }
        return in -> {
            if (in.volumeRaw() <= 0) {
                return 0;
            }
            double share = Math.min(1.0, (double) in.quantityRaw() / in.volumeRaw());
            return roundUpToTick(impact * share * share * in.priceRaw(), in);
        };
    }

    private static long roundUpToTick(double rawDistance, SlippageInput in) {
        long tick = in.instrument().tickSize().raw();
        long ticks = (long) Math.ceil(rawDistance / tick - 1e-9);
        return Math.max(0, ticks) * tick;
    }
}
