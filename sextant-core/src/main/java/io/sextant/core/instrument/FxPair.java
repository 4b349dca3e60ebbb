package io.sextant.core.instrument;

import io.sextant.core.money.Currency;

import java.util.Objects;
import java.util.Optional;

/**
 * A spot FX pair: buying one unit of {@code base} for a price in the quote currency.
 *
 * @param spec the common specification
 * @param base the base currency (EUR in EUR/USD)
 */
public record FxPair(InstrumentSpec spec, Currency base) implements Instrument {
    public FxPair {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(base, "base");
        if (base.equals(spec.quoteCurrency())) {
            throw new IllegalArgumentException(spec.id() + ": base and quote currency are both " + base);
        }
    }

    @Override
    public AssetClass assetClass() {
        return AssetClass.FX;
    }

    @Override
    public Optional<Currency> baseCurrency() {
        return Optional.of(base);
    }
}
