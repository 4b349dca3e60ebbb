package io.sextant.core.instrument;

import io.sextant.core.money.Currency;

import java.util.Objects;
import java.util.Optional;

/**
 * A spot crypto pair, e.g. BTC/USDT.
 *
 * @param spec the common specification
 * @param base the asset bought (BTC in BTC/USDT)
 */
public record CryptoSpot(InstrumentSpec spec, Currency base) implements Instrument {
    public CryptoSpot {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(base, "base");
        if (base.equals(spec.quoteCurrency())) {
            throw new IllegalArgumentException(spec.id() + ": base and quote currency are both " + base);
        }
    }

    @Override
    public AssetClass assetClass() {
        return AssetClass.CRYPTO;
    }

    @Override
    public Optional<Currency> baseCurrency() {
        return Optional.of(base);
    }
}
