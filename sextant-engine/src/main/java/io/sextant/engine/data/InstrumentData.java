package io.sextant.engine.data;

import io.sextant.core.data.QuoteTick;
import io.sextant.core.data.TradeTick;
import io.sextant.core.instrument.Instrument;
import io.sextant.indicators.Indicator;

import java.util.Arrays;

/** What the engine knows about one instrument's market: its bar view, history, indicators and last ticks. */
final class InstrumentData {
    final Instrument instrument;
    BarEvent bar;
    BarWindow window;
    Indicator[] indicators = new Indicator[0];
    QuoteTick quote;
    TradeTick trade;
    double lastPrice = Double.NaN;

    InstrumentData(Instrument instrument) {
        this.instrument = instrument;
    }

    void addIndicator(Indicator indicator) {
        indicators = Arrays.copyOf(indicators, indicators.length + 1);
        indicators[indicators.length - 1] = indicator;
    }

    void onBar(BarEvent event) {
        Indicator[] ind = indicators;
        double o = event.open();
        double h = event.high();
        double l = event.low();
        double c = event.close();
        double v = event.volume();
        for (Indicator i : ind) {
            i.update(o, h, l, c, v);
        }
        if (window != null) {
            window.add(event);
        }
        lastPrice = c;
    }
}
