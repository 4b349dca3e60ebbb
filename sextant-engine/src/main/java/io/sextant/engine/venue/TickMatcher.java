package io.sextant.engine.venue;

import io.sextant.core.order.OrderType;
import io.sextant.core.order.TimeInForce;

import java.util.ArrayList;
import java.util.List;

/**
 * Matches a book's working orders against one quote or trade tick. Buys execute against
 * {@code buyPrice} (the ask, or the trade price) and sells against {@code sellPrice} (the bid, or the
 * trade price): market orders cross the spread. Stops trigger when the price they execute against
 * reaches the trigger. A resting limit fills at its own price when the market trades through it (the
 * ask below a buy limit, a trade below it), or on a touch with touch-fills on; a limit that is
 * marketable on arrival takes the quote as a taker.
 */
final class TickMatcher {
    private final SimulatedVenue venue;
    private final Book book;
    private final long buyPrice;
    private final long sellPrice;
    private final long ts;
    private final long volumeRaw;
    private final boolean touch;

    TickMatcher(SimulatedVenue venue, Book book, long buyPrice, long sellPrice, long ts, long volumeRaw) {
        this.venue = venue;
        this.book = book;
        this.buyPrice = buyPrice;
        this.sellPrice = sellPrice;
        this.ts = ts;
        this.volumeRaw = volumeRaw;
        this.touch = venue.config().limitTouchFills();
    }

    void run() {
        book.usedVolumeRaw = 0;
        book.releaseFromNs = ts;
        List<WorkingOrder> orders = new ArrayList<>(book.working);
        orders.sort((a, b) -> Long.compare(a.seq, b.seq));
        for (WorkingOrder w : orders) {
            if (w.held || w.arrivalNs > ts || !book.working.contains(w)) {
                continue;
            }
            TimeInForce tif = w.order.timeInForce();
            if (tif == TimeInForce.GTD && ts > w.order.request().expireTimeNs()) {
                venue.expire(w, w.order.request().expireTimeNs());
                continue;
            }
            if (w.dayEndNs == Long.MAX_VALUE) {
                w.dayEndNs = book.dayEnd(w.arrivalNs);
            }
            if (tif == TimeInForce.DAY && ts >= w.dayEndNs) {
                venue.expire(w, w.dayEndNs);
                continue;
            }
            match(w);
            if ((tif == TimeInForce.IOC || tif == TimeInForce.FOK) && book.working.contains(w)) {
                venue.cancelWorking(w, tif + ": not filled by the first tick after arrival", ts);
            }
        }
        book.releaseFromNs = Long.MAX_VALUE;
    }

    private void match(WorkingOrder w) {
        long px = w.buy ? buyPrice : sellPrice;
        OrderType type = w.type();
        if (type == OrderType.MARKET_ON_OPEN || type == OrderType.MARKET_ON_CLOSE) {
            return;
        }
        if (w.type() == OrderType.TRAILING_STOP_MARKET && !w.triggered) {
            trail(w, px);
        }
        if (w.awaitingTrigger()) {
            long t = w.triggerRaw;
            boolean hit = t != Long.MIN_VALUE && (w.triggersUpward() ? px >= t : px <= t);
            if (!hit) {
                return;
            }
            venue.trigger(w, ts);
            w.resting = false;
        }
        if (w.executesAsMarket()) {
            venue.fillAt(book, w, px, Long.MIN_VALUE, Long.MAX_VALUE, ts, true, volumeRaw);
            return;
        }
        long limit = w.limitRaw;
        boolean marketable = w.buy ? px <= limit : px >= limit;
        if (!w.resting) {
            if (marketable) {
                venue.fillAt(book, w, px, Long.MIN_VALUE, Long.MAX_VALUE, ts, true, volumeRaw);
            }
            w.resting = true;
            return;
        }
        boolean through = w.buy ? px < limit || touch && px == limit : px > limit || touch && px == limit;
        if (through) {
            venue.fillAt(book, w, limit, Long.MIN_VALUE, Long.MAX_VALUE, ts, false, volumeRaw);
        }
    }

    private void trail(WorkingOrder w, long px) {
        // A sell trails the best bid upward; a buy trails the best ask downward.
        long mark = w.buy ? buyPrice : sellPrice;
        if (w.extremeRaw == Long.MIN_VALUE || (w.buy ? mark < w.extremeRaw : mark > w.extremeRaw)) {
            w.extremeRaw = mark;
        }
        long distance = venue.trailingDistanceRaw(book, w, w.extremeRaw);
        if (distance < 0) {
            return;
        }
        long trigger = w.buy ? w.extremeRaw + distance : w.extremeRaw - distance;
        if (w.triggerRaw == Long.MIN_VALUE || (w.buy ? trigger < w.triggerRaw : trigger > w.triggerRaw)) {
            venue.moveTrailingTrigger(w, trigger, ts);
        }
    }
}
