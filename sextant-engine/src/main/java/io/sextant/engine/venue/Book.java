package io.sextant.engine.venue;

import io.sextant.core.instrument.Instrument;
import io.sextant.indicators.Atr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;

/** The venue's state for one instrument: working orders and what it last saw of the market. */
final class Book {
    final Instrument instrument;
    private final LongUnaryOperator dayEnd;
    /** The last day asked for: times in [dayFrom, dayTo) end their day at dayTo. */
    private long dayFrom = Long.MAX_VALUE;
    private long dayTo = Long.MIN_VALUE;
    final List<WorkingOrder> working = new ArrayList<>();
    /** An ATR(14) of this instrument's bars, for trailing stops with an ATR offset. */
    final Atr atr = new Atr(TRAILING_ATR_PERIOD);
    static final int TRAILING_ATR_PERIOD = 14;
    boolean hasBar;
    long lastBarCloseRaw;
    long lastBarTsEvent;
    long lastBarVolumeRaw;
    boolean dayOpenerNext = true;
    boolean hasQuote;
    long bidRaw;
    long askRaw;
    long lastTradeRaw;
    boolean hasTrade;
    /**
     * The time from which the data being matched can fill an order: the open of the bar, or the tick's
     * time (Long.MAX_VALUE outside matching). OTO children released during matching start working from it.
     */
    long releaseFromNs = Long.MAX_VALUE;
    /** Volume already taken by fills in the bar being matched (volume cap). */
    long usedVolumeRaw;

    Book(Instrument instrument, LongUnaryOperator dayEnd) {
        this.instrument = instrument;
        this.dayEnd = dayEnd;
    }

    /**
     * The end of the trading day containing {@code ts}. The last answer is kept: a time between the
     * one it was asked for and that day's end lies in the same day (the days are contiguous
     * intervals), so bars of one day cost one call of the day function.
     */
    long dayEnd(long ts) {
        if (ts >= dayFrom && ts < dayTo) {
            return dayTo;
        }
        long end = dayEnd.applyAsLong(ts);
        dayFrom = ts;
        dayTo = end;
        return end;
    }

    private final List<WorkingOrder> scratch = new ArrayList<>();
    private final List<WorkingOrder> scratch2 = new ArrayList<>();
    private boolean flip;

    /**
     * An empty list to copy the working orders into while matching. Two buffers alternate, because a
     * loop over one snapshot may take another (the walk takes one per step while the caller iterates).
     */
    List<WorkingOrder> scratch() {
        flip = !flip;
        List<WorkingOrder> l = flip ? scratch : scratch2;
        l.clear();
        return l;
    }

    /** The price an order arriving now is compared with: the quote side, the last trade, or the last bar close. */
    long referencePrice(boolean buy) {
        if (hasQuote) {
            return buy ? askRaw : bidRaw;
        }
        if (hasTrade) {
            return lastTradeRaw;
        }
        return lastBarCloseRaw;
    }

    boolean hasReference() {
        return hasQuote || hasTrade || hasBar;
    }
}
