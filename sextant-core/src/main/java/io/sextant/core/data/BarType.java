package io.sextant.core.data;

import io.sextant.core.id.InstrumentId;

import java.util.Objects;

/**
 * What a bar series is: an instrument, a timeframe and the price it aggregates. Written
 * {@code AAPL.NASDAQ-1d-LAST}.
 *
 * @param instrumentId the instrument
 * @param timeframe    the bar length
 * @param priceType    trades, bid, ask or mid
 */
public record BarType(InstrumentId instrumentId, Timeframe timeframe, PriceType priceType) {
    public BarType {
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(timeframe, "timeframe");
        Objects.requireNonNull(priceType, "priceType");
    }

    public static BarType last(InstrumentId id, Timeframe timeframe) {
        return new BarType(id, timeframe, PriceType.LAST);
    }

    @Override
    public String toString() {
        return instrumentId + "-" + timeframe + "-" + priceType;
    }
}
