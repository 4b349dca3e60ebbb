package io.sextant.engine.backtest;

import io.sextant.core.id.InstrumentId;
import io.sextant.core.instrument.Instrument;
import io.sextant.core.money.Currency;
import io.sextant.core.money.FixedPoint;
import io.sextant.core.money.Money;
import io.sextant.core.money.Rounding;
import io.sextant.core.order.Order;
import io.sextant.core.order.OrderEvent;
import io.sextant.core.order.OrderFilled;
import io.sextant.core.order.Side;
import io.sextant.core.position.PositionEvent;
import io.sextant.engine.order.OrderListener;
import io.sextant.engine.portfolio.Portfolio;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns fills into round-trip trades. A trade opens when a position leaves flat and closes when it
 * returns to flat; a fill that flips the position closes one trade and opens the next with the
 * remainder (its fee split by quantity). Gross PnL is the position's realized PnL over the trade;
 * MAE and MFE use the bar highs and lows seen while it was open.
 */
final class RoundTripTracker implements OrderListener {
    private final Portfolio portfolio;
    private final Map<InstrumentId, Integer> indexOf;
    private final Trip[] open;
    private final List<RoundTrip> closed = new ArrayList<>();
    private final TradeTally tally = new TradeTally();
    /** False when only the tally is wanted: no trade records are built. */
    private final boolean keepTrades;

    private static final class Trip {
        final Instrument instrument;
        final Side side;
        final long entryTime;
        final long realizedAtStart;
        final ValueSum entries;
        final ValueSum exits;
        long feesRaw;
        /** The position's cumulative fees after this trade's last fill, to find a liquidation's fee. */
        long positionFeesSeen;
        long exitTime;
        double maxHigh = Double.NEGATIVE_INFINITY;
        double minLow = Double.POSITIVE_INFINITY;

        Trip(Instrument instrument, Side side, long entryTime, long realizedAtStart) {
            this.instrument = instrument;
            this.side = side;
            this.entryTime = entryTime;
            this.realizedAtStart = realizedAtStart;
            this.entries = new ValueSum(instrument.sizePrecision(), instrument.pricePrecision());
            this.exits = new ValueSum(instrument.sizePrecision(), instrument.pricePrecision());
        }
    }

    RoundTripTracker(Portfolio portfolio, List<Instrument> instruments, boolean keepTrades) {
        this.portfolio = portfolio;
        this.keepTrades = keepTrades;
        this.indexOf = new HashMap<>();
        for (int i = 0; i < instruments.size(); i++) {
            indexOf.put(instruments.get(i).id(), i);
        }
        this.open = new Trip[instruments.size()];
    }

    /** Updates the open trade's excursions with a bar's range; allocation-free. */
    void onBar(int instrumentIndex, double high, double low) {
        Trip t = open[instrumentIndex];
        if (t != null) {
            if (high > t.maxHigh) {
                t.maxHigh = high;
            }
            if (low < t.minLow) {
                t.minLow = low;
            }
        }
    }

    private OrderFilled lastFill;
    private long quantityBeforeFill;

    @Override
    public void onOrderEvent(Order order, OrderEvent event) {
        if (event instanceof OrderFilled fill) {
            // Called before the portfolio books the fill: remember the position it started from.
            lastFill = fill;
            quantityBeforeFill = portfolio.position(fill.instrumentId()).quantityRaw();
        }
    }

    @Override
    public void onPositionEvent(Order order, PositionEvent event) {
        OrderFilled fill = lastFill;
        if (fill == null || !fill.instrumentId().equals(event.instrumentId())) {
            return;
        }
        lastFill = null;
        int idx = indexOf.get(fill.instrumentId());
        long before = quantityBeforeFill;
        long qty = fill.lastQuantity().raw();
        long signed = fill.side() == Side.BUY ? qty : -qty;
        long closing = before == 0 || Long.signum(before) == Long.signum(signed) ? 0 : Math.min(Math.abs(before), qty);
        long opening = qty - closing;
        long priceRaw = fill.lastPrice().raw();
        double price = fill.lastPrice().toDouble();
        Instrument instrument = portfolio.position(fill.instrumentId()).instrument();
        long fee = fill.commission().currency().equals(instrument.spec().quoteCurrency()) ? fill.commission().raw() : 0;
        long closingFee = Math.round((double) fee * closing / qty);
        long realizedNow = event.realizedPnl().raw();
        Trip t = open[idx];
        if (closing > 0 && t != null) {
            t.exits.add(closing, priceRaw);
            t.feesRaw += closingFee;
            t.exitTime = fill.tsEvent();
            extreme(t, price);
            if (event.kind() == PositionEvent.Kind.CLOSED || event.kind() == PositionEvent.Kind.FLIPPED) {
                finish(t, realizedNow);
                open[idx] = null;
                t = null;
            }
        }
        if (opening > 0) {
            if (t == null) {
                t = new Trip(instrument, fill.side(), fill.tsEvent(), realizedNow);
                open[idx] = t;
            }
            t.entries.add(opening, priceRaw);
            t.feesRaw += fee - closingFee;
            extreme(t, price);
        }
        if (t != null) {
            t.positionFeesSeen = portfolio.position(fill.instrumentId()).feesRaw();
        }
    }

    /**
     * A liquidation closes the open trade without a fill: its exit value follows from the realized PnL
     * (long: exits = entries + gross / multiplier; short: entries - gross / multiplier) and its fee
     * is the position's fee increase.
     */
    @Override
    public void onAccountEvent(PositionEvent event) {
        int idx = indexOf.get(event.instrumentId());
        Trip t = open[idx];
        if (t == null || event.kind() != PositionEvent.Kind.LIQUIDATED) {
            return;
        }
        var position = portfolio.position(event.instrumentId());
        long realizedNow = event.realizedPnl().raw();
        long gross = realizedNow - t.realizedAtStart;
        BigDecimal multiplier = t.instrument.spec().multiplier().toBigDecimal();
        BigDecimal grossUnits = BigDecimal.valueOf(gross, t.instrument.spec().quoteCurrency().precision())
                .divide(multiplier, MathContext.DECIMAL64);
        BigDecimal exitTotal = t.side == Side.BUY ? t.entries.value().add(grossUnits)
                : t.entries.value().subtract(grossUnits);
        t.exits.set(exitTotal, t.entries.quantityRaw());
        t.feesRaw += position.feesRaw() - t.positionFeesSeen;
        t.exitTime = event.tsEvent();
        finish(t, realizedNow);
        open[idx] = null;
    }

    private static void extreme(Trip t, double price) {
        t.maxHigh = Math.max(t.maxHigh, price);
        t.minLow = Math.min(t.minLow, price);
    }

    private void finish(Trip t, long realizedNow) {
        Currency ccy = t.instrument.spec().quoteCurrency();
        long gross = realizedNow - t.realizedAtStart;
        tally.add(FixedPoint.toDouble(gross - t.feesRaw, ccy.precision()));
        if (keepTrades) {
            closed.add(record(t, gross, ccy));
        }
    }

    private static RoundTrip record(Trip t, long gross, Currency ccy) {
        BigDecimal entryPx = t.entries.averagePrice();
        BigDecimal exitPx = t.exits.averagePrice();
        BigDecimal entryQty = t.entries.quantity();
        var multiplier = t.instrument.spec().multiplier();
        double units = (multiplier.isOne() ? entryQty
                : entryQty.multiply(multiplier.toBigDecimal())).doubleValue();
        double sign = t.side == Side.BUY ? 1 : -1;
        double best = t.side == Side.BUY ? t.maxHigh : t.minLow;
        double worst = t.side == Side.BUY ? t.minLow : t.maxHigh;
        double mfe = Math.max(0, sign * (best - entryPx.doubleValue()) * units);
        double mae = Math.min(0, sign * (worst - entryPx.doubleValue()) * units);
        return new RoundTrip(t.instrument.id(), t.side, t.entryTime, t.exitTime, entryQty,
                round(entryPx, t), round(exitPx, t), new Money(gross, ccy), new Money(t.feesRaw, ccy),
                new Money(gross - t.feesRaw, ccy), cents(mae, ccy), cents(mfe, ccy));
    }

    /** An excursion (a double estimate from bar extremes) to the currency's smallest unit, half-even. */
    private static Money cents(double amount, Currency ccy) {
        return new Money(Math.round(Math.rint(amount * Math.pow(10, ccy.precision()))), ccy);
    }

    private static BigDecimal round(BigDecimal price, Trip t) {
        // Average prices get four more decimals than the tick, enough to reproduce PnL by hand.
        return price.setScale(t.instrument.pricePrecision() + 4, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    /** The count and PnL sums of the closed trades (kept or not). */
    TradeTally tally() {
        return tally;
    }

    /** Closed trades in the order they closed; empty when trades are not kept. */
    List<RoundTrip> closed() {
        return closed;
    }
}
