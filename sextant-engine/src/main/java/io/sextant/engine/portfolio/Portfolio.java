package io.sextant.engine.portfolio;

import io.sextant.core.id.InstrumentId;
import io.sextant.core.instrument.Instrument;
import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.order.OrderFilled;
import io.sextant.core.position.Position;
import io.sextant.core.position.PositionEvent;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The account: cash per currency and a netting position per instrument, in fixed point.
 *
 * <p>Booking rules. A fill of a spot instrument (equity, crypto spot, FX) moves its full value
 * ({@code price &times; quantity}, rounded half-even to the cent) between cash and the position; a
 * derivative's fill moves only its realized PnL. Fees are debited from the currency they are charged
 * in. Equity is cash plus spot market values plus derivative unrealized PnL, at the latest marks.
 */
public final class Portfolio implements PortfolioView {
    private final AccountConfig config;
    private final Currency base;
    private final Map<Currency, long[]> balances = new LinkedHashMap<>();
    private final Map<InstrumentId, Holding> holdings = new HashMap<>();
    private Holding[] active = new Holding[4];
    private int activeCount;

    public Portfolio(AccountConfig config) {
        this.config = config;
        this.base = config.baseCurrency();
        balances.put(base, new long[1]);
        for (Money m : config.balances()) {
            balances.computeIfAbsent(m.currency(), c -> new long[1])[0] += m.raw();
        }
    }

    public AccountConfig config() {
        return config;
    }

    /** Makes an instrument tradable in this account. */
    public void addInstrument(Instrument instrument) {
        holdings.computeIfAbsent(instrument.id(), id -> new Holding(instrument));
    }

    private Holding holding(InstrumentId id) {
        Holding h = holdings.get(id);
        if (h == null) {
            throw new IllegalArgumentException("instrument " + id + " is not in this portfolio; known: "
                    + holdings.keySet());
        }
        return h;
    }

    private long[] cell(Currency c) {
        return balances.computeIfAbsent(c, k -> new long[1]);
    }

    /**
     * Books a fill and returns the position event it causes.
     *
     * @param fill   the fill; its price and quantity are on the instrument's grid
     * @param tsInit the time the event is created
     */
    public PositionEvent applyFill(OrderFilled fill, long tsInit) {
        Holding h = holding(fill.instrumentId());
        Position p = h.position;
        long before = p.quantityRaw();
        Currency quote = p.currency();
        long feeInQuote = fill.commission().currency().equals(quote) ? fill.commission().raw() : 0;
        long valueSigned = p.valueRaw(fill.side().sign() * fill.lastQuantity().raw(), fill.lastPrice().raw());
        long realized = p.apply(fill.side(), fill.lastQuantity().raw(), fill.lastPrice().raw(), feeInQuote,
                fill.tsEvent());
        long[] cash = cell(quote);
        if (h.spot) {
            cash[0] -= valueSigned;
        } else {
            cash[0] += realized;
        }
        long[] feeCell = cell(fill.commission().currency());
        feeCell[0] -= fill.commission().raw();
        if (!h.marked) {
            h.markRaw = fill.lastPrice().raw();
            h.marked = true;
        }
        updateActive(h);
        return PositionEvent.after(p, before, fill.tsEvent(), tsInit);
    }

    private void updateActive(Holding h) {
        boolean flat = h.position.isFlat();
        if (!flat && h.activeIndex < 0) {
            if (activeCount == active.length) {
                active = Arrays.copyOf(active, activeCount * 2);
            }
            h.activeIndex = activeCount;
            active[activeCount++] = h;
        } else if (flat && h.activeIndex >= 0) {
            Holding last = active[--activeCount];
            active[h.activeIndex] = last;
            last.activeIndex = h.activeIndex;
            active[activeCount] = null;
            h.activeIndex = -1;
        }
    }

    /** Sets the latest price of an instrument (raw at its price precision). */
    public void mark(InstrumentId id, long priceRaw) {
        Holding h = holding(id);
        h.markRaw = priceRaw;
        h.marked = true;
    }

    /** Credits (positive) or debits (negative) cash, e.g. a dividend, funding or interest. */
    public void adjustCash(Currency currency, long deltaRaw) {
        cell(currency)[0] += deltaRaw;
    }

    /** Equity in the base currency's raw units. Allocation-free; called once per time step. */
    public long equityRaw() {
        long total = 0;
        for (Map.Entry<Currency, long[]> e : balances.entrySet()) {
            total += toBase(e.getKey(), e.getValue()[0]);
        }
        Holding[] a = active;
        for (int i = 0, n = activeCount; i < n; i++) {
            Holding h = a[i];
            total += toBase(h.position.currency(), h.equityContributionRaw());
        }
        return total;
    }

    /** The gross value of open positions in base raw units (absolute market values). */
    public long grossExposureRaw() {
        long total = 0;
        for (int i = 0; i < activeCount; i++) {
            Holding h = active[i];
            total += Math.abs(toBase(h.position.currency(), h.position.marketValueRaw(markOf(h))));
        }
        return total;
    }

    /** The net value of open positions in base raw units (signed market values). */
    public long netExposureRaw() {
        long total = 0;
        for (int i = 0; i < activeCount; i++) {
            Holding h = active[i];
            total += toBase(h.position.currency(), h.position.marketValueRaw(markOf(h)));
        }
        return total;
    }

    private static long markOf(Holding h) {
        return h.markRaw;
    }

    /** Converts raw units of {@code currency} to base raw units. */
    long toBase(Currency currency, long raw) {
        if (currency.equals(base)) {
            return raw;
        }
        if (raw == 0) {
            return 0;
        }
        throw new IllegalStateException("no exchange rate from " + currency + " to the base currency " + base
                + " (multi-currency accounts need FX rates from data)");
    }

    /** The latest mark of an instrument at its price precision; fails if it was never marked. */
    public long markRaw(InstrumentId id) {
        Holding h = holding(id);
        if (!h.marked) {
            throw new IllegalStateException("instrument " + id + " has no price yet");
        }
        return h.markRaw;
    }

    public boolean hasMark(InstrumentId id) {
        return holding(id).marked;
    }

    /** True if any position is open. */
    public boolean hasOpenPositions() {
        return activeCount > 0;
    }

    /** Every instrument's position, in no particular order. */
    public List<Position> positions() {
        return holdings.values().stream().map(h -> h.position).toList();
    }

    @Override
    public Currency baseCurrency() {
        return base;
    }

    @Override
    public Money balance(Currency currency) {
        long[] c = balances.get(currency);
        return new Money(c == null ? 0 : c[0], currency);
    }

    public long balanceRaw(Currency currency) {
        long[] c = balances.get(currency);
        return c == null ? 0 : c[0];
    }

    @Override
    public Money equity() {
        return new Money(equityRaw(), base);
    }

    @Override
    public Position position(InstrumentId id) {
        return holding(id).position;
    }

    @Override
    public Money unrealizedPnl(InstrumentId id) {
        Holding h = holding(id);
        return new Money(h.marked ? h.position.unrealizedRaw(h.markRaw) : 0, h.position.currency());
    }

    @Override
    public double grossExposure() {
        long eq = equityRaw();
        return eq == 0 ? 0 : (double) grossExposureRaw() / eq;
    }

    @Override
    public double netExposure() {
        long eq = equityRaw();
        return eq == 0 ? 0 : (double) netExposureRaw() / eq;
    }
}
