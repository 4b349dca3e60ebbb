package io.sextant.engine.backtest;

import io.sextant.core.time.Nanos;
import io.sextant.data.calendar.Session;
import io.sextant.data.calendar.TradingCalendar;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.LongUnaryOperator;

/**
 * The end of the trading day a time belongs to, from a trading calendar: the session close for
 * intraday bars (16:00 New York on a normal NYSE day, earlier on half days), or the start of the next
 * trading date for daily bars (which close at that midnight, decision 0004). Remembers the last day
 * it computed, so asking once per bar costs a comparison.
 */
public final class TradingDays implements LongUnaryOperator {
    private final TradingCalendar calendar;
    private final boolean intraday;
    private long cachedFrom = Long.MAX_VALUE;
    private long cachedTo = Long.MIN_VALUE;
    private long cachedEnd;

    public TradingDays(TradingCalendar calendar, boolean intraday) {
        this.calendar = calendar;
        this.intraday = intraday;
    }

    @Override
    public long applyAsLong(long ts) {
        if (ts >= cachedFrom && ts < cachedTo) {
            return cachedEnd;
        }
        LocalDate date = calendar.tradingDate(ts);
        long dayStart = startOf(date);
        long nextStart = startOf(date.plusDays(1));
        long end = nextStart;
        if (intraday) {
            Optional<Session> session = sessionOf(date);
            if (session.isPresent() && ts < session.get().closeNs()) {
                end = session.get().closeNs();
                nextStart = end;
            }
        }
        cachedFrom = dayStart;
        cachedTo = nextStart;
        cachedEnd = end;
        return end;
    }

    private Optional<Session> sessionOf(LocalDate date) {
        try {
            return calendar.session(date);
        } catch (IllegalArgumentException outsideRange) {
            return Optional.empty();
        }
    }

    private long startOf(LocalDate date) {
        return Nanos.ofInstant(date.atStartOfDay(calendar.zone()).toInstant().plus(calendar.tradingDayStart()));
    }
}
