package io.sextant.core.instrument;

import io.sextant.core.money.Currency;

import java.util.Objects;
import java.util.Optional;

/**
 * A share or an exchange-traded fund.
 *
 * @param spec the common specification
 */
public record Equity(InstrumentSpec spec) implements Instrument {
    public Equity {
        Objects.requireNonNull(spec, "spec");
    }

    @Override
    public AssetClass assetClass() {
        return AssetClass.EQUITY;
    }

    @Override
    public Optional<Currency> baseCurrency() {
        return Optional.empty();
    }
}
