package io.sextant.engine.backtest;

import io.sextant.core.data.BarType;
import io.sextant.core.instrument.Instrument;
import io.sextant.data.series.BarSeries;

import java.util.Objects;
import java.util.function.LongUnaryOperator;

/**
 * One bar series to feed: its instrument, bar type, the bars as primitive columns, and the rule
 * giving the end of a trading day (for DAY orders and market-on-open/close).
 *
 * @param instrument the instrument; its price and size precision must equal the series' scales
 * @param type       bar type
 * @param bars       the bars
 * @param dayEnd     for a time (epoch ns), the end of its trading day
 */
public record BacktestSeries(Instrument instrument, BarType type, BarSeries bars, LongUnaryOperator dayEnd) {

    public BacktestSeries {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(bars, "bars");
        Objects.requireNonNull(dayEnd, "dayEnd");
        if (instrument.pricePrecision() != bars.priceScale()) {
            throw new IllegalArgumentException(instrument.id() + ": instrument price precision "
                    + instrument.pricePrecision() + " differs from the series' price scale " + bars.priceScale());
        }
        if (bars.hasVolume() && instrument.sizePrecision() != bars.volumeScale()) {
            throw new IllegalArgumentException(instrument.id() + ": instrument size precision "
                    + instrument.sizePrecision() + " differs from the series' volume scale " + bars.volumeScale());
        }
    }
}
