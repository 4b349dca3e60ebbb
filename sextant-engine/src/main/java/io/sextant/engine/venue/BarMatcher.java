package io.sextant.engine.venue;

import io.sextant.core.order.OrderType;
import io.sextant.core.order.TimeInForce;
import io.sextant.engine.data.BarEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * Matches a book's working orders against one bar along the documented intrabar path: open, the
 * extreme nearer the open (the high on a tie), the other extreme, the close. Along each leg the
 * orders are handled in the order the price reaches them, so a stop-loss and a take-profit hit by
 * the same bar resolve by the path, and an order released or triggered mid-bar can fill later in it.
 */
final class BarMatcher {
    private static final long NONE = Long.MIN_VALUE;

    private final SimulatedVenue venue;
    private final Book book;
    private final BarEvent bar;
    private final boolean dayOpener;
    private final boolean touch;
    private final long low;
    private final long high;
    private final long volume;
    private final boolean closesDay;
    private final List<WorkingOrder> blocked = new ArrayList<>(2);

    BarMatcher(SimulatedVenue venue, Book book, BarEvent bar, boolean dayOpener) {
        this.venue = venue;
        this.book = book;
        this.bar = bar;
        this.dayOpener = dayOpener;
        this.touch = venue.config().limitTouchFills();
        this.low = bar.lowRaw();
        this.high = bar.highRaw();
        this.volume = bar.volumeRaw();
        this.closesDay = bar.tsEvent() >= book.dayEnd(bar.tsOpen());
    }

    void run() {
        book.releaseFromNs = bar.tsOpen();
        expireGoodTillDate();
        long open = bar.openRaw();
        long close = bar.closeRaw();
        boolean highFirst = high - open <= open - low;
        long first = highFirst ? high : low;
        long second = highFirst ? low : high;

        List<WorkingOrder> firstBar = new ArrayList<>();
        List<WorkingOrder> orders = snapshot();
        for (int k = 0; k < orders.size(); k++) {
            WorkingOrder w = orders.get(k);
            if (eligible(w) && w.dayEndNs == Long.MAX_VALUE) {
                w.dayEndNs = book.dayEnd(bar.tsOpen());
                firstBar.add(w);
            }
        }
        walk(open, open, bar.tsOpen(), true);
        cancelImmediateLeftovers(firstBar);
        updateTrailing(open, bar.tsOpen());
        walk(open, first, bar.tsEvent(), false);
        updateTrailing(first, bar.tsEvent());
        walk(first, second, bar.tsEvent(), false);
        updateTrailing(second, bar.tsEvent());
        walk(second, close, bar.tsEvent(), false);
        updateTrailing(close, bar.tsEvent());
        fillMarketOnClose(close);
        expireDayOrders();
        book.releaseFromNs = Long.MAX_VALUE;
    }

    /** The working orders now, copied into the book's reusable buffer (matching may remove orders). */
    private List<WorkingOrder> snapshot() {
        List<WorkingOrder> copy = book.scratch();
        List<WorkingOrder> working = book.working;
        // An indexed copy: addAll would allocate an array through toArray on every step of the walk.
        for (int i = 0, n = working.size(); i < n; i++) {
            copy.add(working.get(i));
        }
        return copy;
    }

    private boolean eligible(WorkingOrder w) {
        return !w.held && w.arrivalNs <= bar.tsOpen() && book.working.contains(w) && !blocked.contains(w);
    }

    private void expireGoodTillDate() {
        List<WorkingOrder> orders = snapshot();
        for (int k = 0; k < orders.size(); k++) {
            WorkingOrder w = orders.get(k);
            if (w.order.timeInForce() == TimeInForce.GTD && !w.held && bar.tsEvent() > w.order.request().expireTimeNs()) {
                venue.expire(w, w.order.request().expireTimeNs());
            }
        }
    }

    private void cancelImmediateLeftovers(List<WorkingOrder> firstBar) {
        for (WorkingOrder w : firstBar) {
            TimeInForce tif = w.order.timeInForce();
            if ((tif == TimeInForce.IOC || tif == TimeInForce.FOK) && book.working.contains(w)) {
                venue.cancelWorking(w, tif + ": not filled at the open of the first bar it could trade in",
                        bar.tsOpen());
            }
        }
    }

    /**
     * Moves the price from {@code from} to {@code to}, handling every order the move reaches, nearest
     * first. {@code atOpen} is the single-point check at the open, where gaps fill at the open.
     */
    private void walk(long from, long to, long ts, boolean atOpen) {
        long cur = from;
        for (int guard = 0; guard < 100_000; guard++) {
            settle(cur);
            WorkingOrder best = null;
            long bestLevel = NONE;
            List<WorkingOrder> orders = snapshot();
            for (int k = 0; k < orders.size(); k++) {
                WorkingOrder w = orders.get(k);
                if (!eligible(w)) {
                    continue;
                }
                long level = level(w, cur, to, atOpen);
                if (level == NONE) {
                    continue;
                }
                if (best == null || Math.abs(level - cur) < Math.abs(bestLevel - cur)
                        || Math.abs(level - cur) == Math.abs(bestLevel - cur) && w.seq < best.seq) {
                    best = w;
                    bestLevel = level;
                }
            }
            if (best == null) {
                return;
            }
            handle(best, bestLevel, ts);
            cur = bestLevel;
        }
        throw new IllegalStateException("order matching did not settle on bar " + bar);
    }

    /**
     * Limits that are active and not marketable at {@code price} start resting: from now on they fill
     * only when the path goes through (or touches) their price, as makers. A limit marketable when it
     * becomes active (at the open, on release mid-bar, on a stop-limit's trigger) takes liquidity.
     */
    private void settle(long price) {
        List<WorkingOrder> working = book.working;
        for (int k = 0; k < working.size(); k++) {
            WorkingOrder w = working.get(k);
            if (!w.resting && !w.awaitingTrigger() && !w.executesAsMarket() && eligible(w) && !marketable(w, price)) {
                w.resting = true;
            }
        }
    }

    /** The price at which something happens to {@code w} on the move cur → to, or NONE. */
    private long level(WorkingOrder w, long cur, long to, boolean atOpen) {
        OrderType type = w.type();
        if (type == OrderType.MARKET_ON_CLOSE) {
            return NONE;
        }
        if (type == OrderType.MARKET_ON_OPEN) {
            return atOpen && dayOpener ? cur : NONE;
        }
        if (w.awaitingTrigger()) {
            long t = w.triggerRaw;
            if (t == NONE) {
                return NONE;
            }
            if (w.triggersUpward()) {
                return cur >= t ? cur : (to >= t ? t : NONE);
            }
            return cur <= t ? cur : (to <= t ? t : NONE);
        }
        if (w.executesAsMarket()) {
            return cur;
        }
        long limit = w.limitRaw;
        if (marketable(w, cur)) {
            return cur;
        }
        if (!w.resting) {
            return NONE;
        }
        if (w.buy) {
            return to < limit || touch && to <= limit ? limit : NONE;
        }
        return to > limit || touch && to >= limit ? limit : NONE;
    }

    private boolean marketable(WorkingOrder w, long price) {
        long limit = w.limitRaw;
        boolean atTouch = price == limit && (touch || !w.resting);
        return w.buy ? price < limit || atTouch : price > limit || atTouch;
    }

    private void handle(WorkingOrder w, long level, long ts) {
        if (w.awaitingTrigger()) {
            venue.trigger(w, ts);
            if (!w.executesAsMarket()) {
                // A triggered stop-limit works as a limit from here: a taker if marketable now, else it rests.
                w.resting = false;
                if (!marketable(w, level)) {
                    w.resting = true;
                }
                return;
            }
        }
        boolean taker = w.executesAsMarket() || !w.resting;
        long filled = venue.fillAt(book, w, level, low, high, ts, taker, volume);
        if (book.working.contains(w) && filled >= 0) {
            if (!w.executesAsMarket() && !w.resting) {
                w.resting = true;
            }
            if (filled == 0 || w.order.isWorking()) {
                blocked.add(w);
            }
        }
    }

    private void updateTrailing(long price, long ts) {
        List<WorkingOrder> orders = snapshot();
        for (int k = 0; k < orders.size(); k++) {
            WorkingOrder w = orders.get(k);
            if (w.type() != OrderType.TRAILING_STOP_MARKET || w.triggered || w.held || !book.working.contains(w)) {
                continue;
            }
            boolean newExtreme = w.extremeRaw == Long.MIN_VALUE
                    || (w.buy ? price < w.extremeRaw : price > w.extremeRaw);
            if (newExtreme) {
                w.extremeRaw = price;
            }
            long distance = venue.trailingDistanceRaw(book, w, w.extremeRaw);
            if (distance < 0) {
                continue;
            }
            long trigger = w.buy ? w.extremeRaw + distance : w.extremeRaw - distance;
            boolean tighter = w.triggerRaw == Long.MIN_VALUE || (w.buy ? trigger < w.triggerRaw : trigger > w.triggerRaw);
            if (tighter) {
                venue.moveTrailingTrigger(w, trigger, ts);
            }
        }
    }

    private void fillMarketOnClose(long close) {
        if (!closesDay) {
            return;
        }
        List<WorkingOrder> orders = snapshot();
        for (int k = 0; k < orders.size(); k++) {
            WorkingOrder w = orders.get(k);
            if (w.type() == OrderType.MARKET_ON_CLOSE && eligible(w)) {
                venue.fillAt(book, w, close, low, high, bar.tsEvent(), true, volume);
            }
        }
    }

    private void expireDayOrders() {
        List<WorkingOrder> orders = snapshot();
        for (int k = 0; k < orders.size(); k++) {
            WorkingOrder w = orders.get(k);
            if (w.order.timeInForce() == TimeInForce.DAY && !w.held && w.dayEndNs <= bar.tsEvent()
                    && book.working.contains(w)) {
                venue.expire(w, bar.tsEvent());
            }
        }
    }
}
