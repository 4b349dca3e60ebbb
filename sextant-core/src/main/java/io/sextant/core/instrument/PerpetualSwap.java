package io.sextant.core.instrument;

import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;
import io.sextant.core.money.Rounding;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A perpetual swap (no expiry, periodic funding).
 *
 * <p>Linear contracts (USDT-margined) settle in the quote currency: notional = price &times;
 * quantity &times; multiplier. Inverse contracts (coin-margined, e.g. Binance BTCUSD with a
 * 100 USD contract) settle in the base asset: notional = quantity &times; multiplier / price.
 *
 * @param spec                 the common specification
 * @param base                 the underlying asset
 * @param inverse              true for coin-margined (inverse) contracts
 * @param fundingIntervalNanos the funding period in nanoseconds (8 h on most venues)
 */
public record PerpetualSwap(InstrumentSpec spec, Currency base, boolean inverse, long fundingIntervalNanos)
        implements Instrument {

    public static final long EIGHT_HOURS_NANOS = 8L * 3600 * 1_000_000_000L;

    public PerpetualSwap {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(base, "base");
        if (fundingIntervalNanos <= 0) {
            throw new IllegalArgumentException(spec.id() + ": funding interval must be positive");
        }
        if (inverse && !spec.settlementCurrency().equals(base)) {
            throw new IllegalArgumentException(spec.id() + ": an inverse perpetual settles in its base " + base
                    + ", not " + spec.settlementCurrency());
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

    @Override
    public Money notional(Price price, Quantity quantity, Rounding rounding) {
        if (!inverse) {
            return Instrument.super.notional(price, quantity, rounding);
        }
        if (price.signum() <= 0) {
            throw new IllegalArgumentException(id() + ": inverse notional needs a positive price, was " + price);
        }
        // Division is where digits are lost: the caller's rule rounds to the settlement currency's precision.
        BigDecimal quoteValue = quantity.toBigDecimal().multiply(spec.multiplier().toBigDecimal());
        Currency settle = spec.settlementCurrency();
        BigDecimal baseValue = quoteValue.divide(price.toBigDecimal(), settle.precision(), rounding.mode());
        return Money.of(baseValue, settle, Rounding.EXACT);
    }
}
