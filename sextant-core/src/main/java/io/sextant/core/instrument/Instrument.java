package io.sextant.core.instrument;

import io.sextant.core.id.InstrumentId;
import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;
import io.sextant.core.money.Rounding;
import io.sextant.core.order.Side;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A tradable instrument. The kinds are closed: {@link Equity}, {@link FxPair}, {@link CryptoSpot},
 * {@link PerpetualSwap} and {@link DatedFuture}; each carries the common {@link InstrumentSpec}
 * and adds what is its own.
 *
 * <p>Prices and quantities are put on the instrument's grid here, with a named rule: the side-aware
 * helpers round a buy price down and a sell price up (never more aggressive than asked) and a
 * quantity down to the lot (never more than asked or affordable).
 */
public sealed interface Instrument permits Equity, FxPair, CryptoSpot, PerpetualSwap, DatedFuture {

    InstrumentSpec spec();

    AssetClass assetClass();

    /** The asset bought or sold, where it is a currency (FX, crypto); empty for equities and futures. */
    Optional<Currency> baseCurrency();

    default InstrumentId id() {
        return spec().id();
    }

    default Price tickSize() {
        return spec().tickSize();
    }

    default Quantity lotSize() {
        return spec().lotSize();
    }

    default int pricePrecision() {
        return spec().tickSize().precision();
    }

    default int sizePrecision() {
        return spec().lotSize().precision();
    }

    /** {@code price} on the tick grid, rounded with {@code rounding}, at the tick's precision. */
    default Price roundPrice(Price price, Rounding rounding) {
        // A multiple of the tick is exact at the tick's precision; roundTo may return more decimals.
        return price.roundTo(tickSize(), rounding).withPrecision(pricePrecision(), Rounding.EXACT);
    }

    /** A limit price on the tick grid that is never more aggressive than {@code price}: buys floor, sells ceil. */
    default Price passivePrice(Side side, Price price) {
        return roundPrice(price, side == Side.BUY ? Rounding.FLOOR : Rounding.CEILING);
    }

    /** {@code quantity} on the lot grid, rounded with {@code rounding}, at the lot's precision. */
    default Quantity roundQuantity(Quantity quantity, Rounding rounding) {
        return quantity.roundTo(lotSize(), rounding).withPrecision(sizePrecision(), Rounding.EXACT);
    }

    /** The largest lot multiple not above {@code quantity}. */
    default Quantity floorToLot(Quantity quantity) {
        return roundQuantity(quantity, Rounding.FLOOR);
    }

    /**
     * Why a venue would refuse this order quantity (zero, below the minimum, off the lot grid), or
     * empty if it is acceptable.
     */
    default Optional<String> quantityProblem(Quantity quantity) {
        if (quantity.isZero()) {
            return Optional.of(id() + ": quantity is zero");
        }
        if (quantity.compareTo(spec().minQuantity()) < 0) {
            return Optional.of(id() + ": quantity " + quantity + " is below the minimum " + spec().minQuantity());
        }
        if (!quantity.isMultipleOf(lotSize())) {
            return Optional.of(id() + ": quantity " + quantity + " is not a multiple of the lot size " + lotSize());
        }
        return Optional.empty();
    }

    /**
     * The notional value {@code price &times; quantity &times; multiplier} in the quote currency
     * (the currency prices are in), rounded with {@code rounding} to that currency's precision.
     * Converting it to a different settlement currency is the portfolio's job, at a rate it knows.
     * Inverse contracts, whose value is in the base asset, override this.
     */
    default Money notional(Price price, Quantity quantity, Rounding rounding) {
        Quantity multiplier = spec().multiplier();
        Currency quote = spec().quoteCurrency();
        if (multiplier.isOne()) {
            return Money.product(price, quantity, quote, rounding);
        }
        // One rounding, of the exact triple product: quantity x multiplier need not fit at 9 decimals.
        BigDecimal exact = price.toBigDecimal().multiply(quantity.toBigDecimal()).multiply(multiplier.toBigDecimal());
        return Money.of(exact, quote, rounding);
    }
}
