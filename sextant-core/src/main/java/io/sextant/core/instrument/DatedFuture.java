package io.sextant.core.instrument;

import io.sextant.core.money.Currency;

import java.util.Objects;
import java.util.Optional;

/**
 * A future with a fixed expiry, e.g. ES December 2026.
 *
 * @param spec         the common specification (multiplier = contract size, e.g. 50 for ES)
 * @param underlying   what the future delivers or settles against, e.g. {@code SPX}
 * @param expiryNanos  last trading time, epoch nanoseconds UTC
 */
public record DatedFuture(InstrumentSpec spec, String underlying, long expiryNanos) implements Instrument {
    public DatedFuture {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(underlying, "underlying");
        if (underlying.isBlank()) {
            throw new IllegalArgumentException(spec.id() + ": underlying must not be blank");
        }
    }

    @Override
    public AssetClass assetClass() {
        return AssetClass.FUTURE;
    }

    @Override
    public Optional<Currency> baseCurrency() {
        return Optional.empty();
    }

    /** True once {@code nowNanos} is at or after expiry. */
    public boolean isExpired(long nowNanos) {
        return nowNanos >= expiryNanos;
    }
}
