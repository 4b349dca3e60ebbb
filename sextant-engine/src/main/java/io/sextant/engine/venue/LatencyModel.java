package io.sextant.engine.venue;

import java.util.SplittableRandom;

/**
 * How long an order, modify or cancel takes to reach the venue, in nanoseconds. Randomness is
 * seeded, so a run with the same seed is the same run.
 */
@FunctionalInterface
public interface LatencyModel {

    LatencyModel NONE = () -> 0;

    /** The delay of the next message. */
    long nextNs();

    static LatencyModel fixed(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("latency must not be negative, was " + nanos + " ns");
        }
        return () -> nanos;
    }

    /** Uniform between {@code minNs} and {@code maxNs} inclusive, from a seeded generator. */
    static LatencyModel uniform(long minNs, long maxNs, long seed) {
        if (minNs < 0 || maxNs < minNs) {
            throw new IllegalArgumentException("latency range must satisfy 0 <= min <= max, was " + minNs + ".." + maxNs);
        }
        SplittableRandom random = new SplittableRandom(seed);
        return () -> minNs == maxNs ? minNs : random.nextLong(minNs, maxNs + 1);
    }
}
