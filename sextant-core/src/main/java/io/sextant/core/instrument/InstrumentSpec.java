package io.sextant.core.instrument;

import io.sextant.core.id.InstrumentId;
import io.sextant.core.money.Currency;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;

import java.util.Objects;

/**
 * What every instrument has, whatever its kind: where it trades, its price and size grid, the
 * currency it is quoted and settled in, its contract multiplier, margin and default fees.
 *
 * @param id                 the instrument id
 * @param quoteCurrency      the currency prices are quoted in
 * @param settlementCurrency the currency PnL and margin settle in
 * @param tickSize           the price increment; also fixes the price precision
 * @param lotSize            the quantity increment; also fixes the size precision
 * @param minQuantity        the smallest order quantity the venue accepts
 * @param multiplier         units of the underlying per unit of quantity (1 for cash instruments)
 * @param margin             initial and maintenance margin rates
 * @param fees               default maker and taker fees
 */
public record InstrumentSpec(
        InstrumentId id,
        Currency quoteCurrency,
        Currency settlementCurrency,
        Price tickSize,
        Quantity lotSize,
        Quantity minQuantity,
        Quantity multiplier,
        MarginRates margin,
        FeeRates fees) {

    public InstrumentSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(quoteCurrency, "quoteCurrency");
        Objects.requireNonNull(settlementCurrency, "settlementCurrency");
        Objects.requireNonNull(tickSize, "tickSize");
        Objects.requireNonNull(lotSize, "lotSize");
        Objects.requireNonNull(minQuantity, "minQuantity");
        Objects.requireNonNull(multiplier, "multiplier");
        Objects.requireNonNull(margin, "margin");
        Objects.requireNonNull(fees, "fees");
        if (tickSize.signum() <= 0) {
            throw new IllegalArgumentException(id + ": tick size must be positive, was " + tickSize);
        }
        if (lotSize.isZero()) {
            throw new IllegalArgumentException(id + ": lot size must be positive, was " + lotSize);
        }
        if (multiplier.isZero()) {
            throw new IllegalArgumentException(id + ": multiplier must be positive, was " + multiplier);
        }
    }

    /**
     * A cash instrument's spec: settled in its quote currency, minimum quantity one lot,
     * multiplier 1, no leverage, no fees. Adjust with the {@code with...} methods.
     */
    public static InstrumentSpec of(InstrumentId id, Currency quote, String tickSize, String lotSize) {
        Quantity lot = Quantity.of(lotSize);
        return new InstrumentSpec(id, quote, quote, Price.of(tickSize), lot, lot, Quantity.of(1),
                MarginRates.CASH, FeeRates.NONE);
    }

    public InstrumentSpec withSettlementCurrency(Currency settlement) {
        return new InstrumentSpec(id, quoteCurrency, settlement, tickSize, lotSize, minQuantity, multiplier, margin, fees);
    }

    public InstrumentSpec withMinQuantity(Quantity min) {
        return new InstrumentSpec(id, quoteCurrency, settlementCurrency, tickSize, lotSize, min, multiplier, margin, fees);
    }

    public InstrumentSpec withMultiplier(Quantity m) {
        return new InstrumentSpec(id, quoteCurrency, settlementCurrency, tickSize, lotSize, minQuantity, m, margin, fees);
    }

    public InstrumentSpec withMargin(MarginRates m) {
        return new InstrumentSpec(id, quoteCurrency, settlementCurrency, tickSize, lotSize, minQuantity, multiplier, m, fees);
    }

    public InstrumentSpec withFees(FeeRates f) {
        return new InstrumentSpec(id, quoteCurrency, settlementCurrency, tickSize, lotSize, minQuantity, multiplier, margin, f);
    }
}
