package io.sextant.engine.venue;

import io.sextant.core.instrument.Instrument;
import io.sextant.core.money.FixedPoint;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;
import io.sextant.core.money.Rounding;
import io.sextant.core.order.Order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Optional;

/**
 * Adjusts a book's working orders for a split of {@code ratio} new shares per old share (4 for a
 * 4-for-1, 0.1 for a 1-for-10 reverse split), as brokers adjust open orders, so each keeps its
 * value: what is left to fill is multiplied by the ratio and floored to the lot (an order left below
 * the lot or the minimum is cancelled, saying so); a limit price is divided by the ratio and rounded
 * passively to the tick (buys down, sells up), a trigger price (and a trailing stop's best price) to
 * the nearest tick, ties to even. The strategy learns the new terms from an {@code OrderUpdated}. The
 * last close arriving orders are compared with is divided too. A trailing stop's offset stays as
 * given (an absolute offset is not rescaled), and the venue's ATR for trailing offsets keeps its
 * pre-split bars.
 */
final class SplitAdjustment {
    private final SimulatedVenue venue;
    private final Book book;
    private final BigDecimal ratio;
    private final long ts;

    SplitAdjustment(SimulatedVenue venue, Book book, BigDecimal ratio, long ts) {
        if (ratio.signum() <= 0) {
            throw new IllegalArgumentException(book.instrument.id() + ": split ratio must be positive, was " + ratio);
        }
        this.venue = venue;
        this.book = book;
        this.ratio = ratio;
        this.ts = ts;
    }

    void run() {
        if (book.hasBar) {
            book.lastBarCloseRaw = onGrid(book.lastBarCloseRaw, RoundingMode.HALF_EVEN);
        }
        for (WorkingOrder w : new ArrayList<>(book.working)) {
            adjust(w);
        }
    }

    private void adjust(WorkingOrder w) {
        Order order = w.order;
        Instrument instrument = book.instrument;
        Quantity quantity = order.quantity();
        if (quantity != null) {
            Quantity leaves = order.leavesQuantity();
            Quantity scaled = instrument.floorToLot(Quantity.of(leaves.toBigDecimal().multiply(ratio)
                    .setScale(instrument.sizePrecision(), RoundingMode.DOWN)));
            Optional<String> problem = instrument.quantityProblem(scaled);
            if (problem.isPresent()) {
                venue.cancelWorking(w, "split " + ratio.stripTrailingZeros().toPlainString() + " for 1: the " + leaves
                        + " left becomes " + scaled + "; " + problem.get(), ts);
                return;
            }
            quantity = order.filledQuantity().plus(scaled);
        }
        if (w.limitRaw != Long.MIN_VALUE) {
            w.limitRaw = onGrid(w.limitRaw, w.buy ? RoundingMode.FLOOR : RoundingMode.CEILING);
        }
        if (w.triggerRaw != Long.MIN_VALUE) {
            w.triggerRaw = onGrid(w.triggerRaw, RoundingMode.HALF_EVEN);
        }
        if (w.extremeRaw != Long.MIN_VALUE) {
            w.extremeRaw = onGrid(w.extremeRaw, RoundingMode.HALF_EVEN);
        }
        int pp = instrument.pricePrecision();
        venue.splitAdjusted(w, quantity, w.limitRaw == Long.MIN_VALUE ? null : new Price(w.limitRaw, pp),
                w.triggerRaw == Long.MIN_VALUE ? null : new Price(w.triggerRaw, pp), ts);
    }

    /** {@code raw / ratio} rounded once, as {@code mode} says, to a whole number of ticks (raw units). */
    private long onGrid(long raw, RoundingMode mode) {
        long tick = book.instrument.tickSize().raw();
        BigDecimal ticks = BigDecimal.valueOf(raw).divide(ratio.multiply(BigDecimal.valueOf(tick)), 0, mode);
        return FixedPoint.fromBigDecimal(ticks.multiply(BigDecimal.valueOf(tick)), 0, Rounding.EXACT);
    }
}
