package io.sextant.engine.portfolio;

import java.math.BigDecimal;
import java.util.List;

/**
 * A perpetual's funding-rate series: at each time {@code tsNs[i]} (epoch ns UTC, strictly increasing)
 * the rate {@code rates[i]} per funding period (0.0001 = 0.01 %) is settled.
 *
 * <p>Sign convention: a positive rate means longs pay shorts. The payment of a position is
 * {@code -(signed quantity &times; mark &times; multiplier) &times; rate}, rounded half-even to the cent:
 * negative (paid) for a long when the rate is positive, positive (received) for a short.
 */
public record FundingRates(long[] tsNs, BigDecimal[] rates) {

    public FundingRates {
        if (tsNs.length != rates.length) {
            throw new IllegalArgumentException("funding rates: " + tsNs.length + " times but " + rates.length + " rates");
        }
        for (int i = 1; i < tsNs.length; i++) {
            if (tsNs[i] <= tsNs[i - 1]) {
                throw new IllegalArgumentException("funding rates: times must increase, row " + i + " (" + tsNs[i]
                        + ") is not after row " + (i - 1) + " (" + tsNs[i - 1] + ")");
            }
        }
    }

    /** A series from (time, rate) pairs already in time order. */
    public static FundingRates of(List<Long> times, List<BigDecimal> rates) {
        return new FundingRates(times.stream().mapToLong(Long::longValue).toArray(), rates.toArray(new BigDecimal[0]));
    }

    public int size() {
        return tsNs.length;
    }
}
