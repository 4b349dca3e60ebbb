package io.sextant.engine.portfolio;

import io.sextant.core.data.QuoteTick;
import io.sextant.core.id.InstrumentId;
import io.sextant.core.instrument.CryptoSpot;
import io.sextant.core.instrument.FxPair;
import io.sextant.core.instrument.Instrument;
import io.sextant.core.instrument.PerpetualSwap;
import io.sextant.core.money.Currency;
import io.sextant.core.money.FixedPoint;
import io.sextant.core.money.Money;
import io.sextant.core.money.Rounding;
import io.sextant.core.order.OrderFilled;
import io.sextant.core.order.Side;
import io.sextant.core.position.Position;
import io.sextant.core.position.PositionEvent;
import io.sextant.core.time.Nanos;
import io.sextant.data.corporate.CorporateAction;
import io.sextant.engine.data.BarEvent;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The account: cash per currency and positions per instrument, in fixed point.
 *
 * <p>Booking rules (every amount rounded half-even to the cent unless stated).
 * <ul>
 *   <li>Fills. A spot instrument's fill (equity, crypto spot, FX) moves its full value
 *   {@code price &times; quantity} between the quote-currency cash and the position; a derivative's
 *   fill moves only its realized PnL. A fee in the quote currency is debited from quote cash and kept
 *   in the position's fees. A crypto spot buy charged in the base asset delivers the quantity less the
 *   fee (floored to the lot; the sub-lot rest is debited from the base-asset balance) while the whole
 *   price is paid, so the fee raises the average price.</li>
 *   <li>Equity is every balance plus spot market values plus derivative unrealized PnL, each converted
 *   to the base currency through {@link FxRates} (rates from the run's own FX and crypto pairs).</li>
 *   <li>Margin. A position's initial rate is {@code max(1 / leverage, instrument initial rate)}; margin used
 *   is {@code |notional at mark| &times; initial rate} over derivatives (and spot in a margin account).
 *   Free margin = equity - margin used.</li>
 *   <li>Liquidation ({@link LiquidationPrice}): checked for derivatives on each bar after the venue has
 *   matched it, against the bar's low for a long and high for a short (the conservative mark inside a
 *   bar). The liquidation price is put on the tick grid away from the trader (a long's up, a short's
 *   down); the whole position is closed at it, even when the bar gapped through it, and a liquidation
 *   fee of {@code rate &times; notional at that price} (half-up) is charged. The strategies get a
 *   {@link PositionEvent.Kind#LIQUIDATED} event; no order fill is emitted and working orders stay.</li>
 *   <li>Funding ({@link FundingRates}): for a perpetual's bar, rates timed before its close are settled at
 *   the previous mark before the liquidation check, and rates timed exactly at its close at that close.</li>
 *   <li>Corporate actions: applied before the venue matches the first bar opening at or after the
 *   start of the ex-date; a split's cash in lieu is valued at that bar's open, a dividend of
 *   {@code amount &times; signed quantity} is credited to longs and debited to shorts on the ex-date
 *   (not the pay date), for the position held over the previous close.</li>
 *   <li>Borrow: a short spot position pays {@code |market value at the bar close| &times; annual rate / 360}
 *   (half-up) for every midnight UTC it is held over, charged at the first bar closing after it.</li>
 * </ul>
 */
public final class Portfolio implements PortfolioView {
    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(360);
    private static final List<PositionEvent> NONE = List.of();

    private final AccountConfig config;
    private final Currency base;
    private final FxRates fx = new FxRates();
    private final Map<Currency, long[]> balances = new LinkedHashMap<>();
    private final Map<InstrumentId, Holding> holdings = new HashMap<>();
    private Holding lastHolding;
    /** The base currency's cash cell (always present), read on every bar. */
    private final long[] baseCell;
    private final boolean chargesBorrow;
    private Holding[] active = new Holding[4];
    private int activeCount;

    public Portfolio(AccountConfig config) {
        this.config = config;
        this.base = config.baseCurrency();
        baseCell = new long[1];
        balances.put(base, baseCell);
        chargesBorrow = config.annualBorrowRate().signum() > 0;
        for (Money m : config.balances()) {
            balances.computeIfAbsent(m.currency(), c -> new long[1])[0] += m.raw();
        }
    }

    @Override
    public AccountType accountType() {
        return config.type();
    }

    public AccountConfig config() {
        return config;
    }

    /** The exchange rates this account converts with; set one by hand where the run has no series for it. */
    public FxRates fx() {
        return fx;
    }

    /** Makes an instrument tradable in this account. Inverse (coin-margined) perpetuals are not booked yet. */
    public void addInstrument(Instrument instrument) {
        if (instrument instanceof PerpetualSwap p && p.inverse()) {
            throw new IllegalArgumentException(instrument.id() + ": inverse (coin-margined) perpetuals are not supported"
                    + " by the portfolio yet; use a linear contract");
        }
        Holding h = holdings.computeIfAbsent(instrument.id(), id -> new Holding(instrument,
                config.positionMode() == PositionMode.HEDGING));
        if ((instrument instanceof FxPair || instrument instanceof CryptoSpot) && h.rate == null) {
            h.rate = fx.cell(instrument.baseCurrency().orElseThrow(), instrument.spec().quoteCurrency());
        }
    }

    /** Settles {@code rates} on the positions in {@code id} at their times (see {@link FundingRates}). */
    public void addFundingRates(InstrumentId id, FundingRates rates) {
        Holding h = holding(id);
        if (h.spot) {
            throw new IllegalArgumentException(id + ": funding applies to perpetuals, not to a spot instrument");
        }
        h.funding = rates;
        h.fundingNext = 0;
    }

    /**
     * Applies {@code actions} to the position in {@code id}; each takes effect at the start of its ex-date
     * in {@code exchangeZone} (America/New_York for US equities).
     */
    public void addCorporateActions(InstrumentId id, List<CorporateAction> actions, ZoneId exchangeZone) {
        Holding h = holding(id);
        h.actions = actions.stream()
                .map(a -> new ScheduledAction(Nanos.ofInstant(a.exDate().atStartOfDay(exchangeZone).toInstant()), a))
                .sorted(Comparator.comparingLong(ScheduledAction::effectiveNs))
                .toArray(ScheduledAction[]::new);
        h.actionNext = 0;
    }

    private Holding holding(InstrumentId id) {
        // Most lookups in a row are for the same instrument (its bar, then its fills): skip the hash.
        Holding last = lastHolding;
        if (last != null && last.instrument.id() == id) {
            return last;
        }
        Holding h = holdings.get(id);
        if (h != null) {
            lastHolding = h;
        }
        if (h == null) {
            throw new IllegalArgumentException("instrument " + id + " is not in this portfolio; known: "
                    + holdings.keySet());
        }
        return h;
    }

    private long[] cell(Currency c) {
        return balances.computeIfAbsent(c, k -> new long[1]);
    }

    /** Books a fill of an order that is not reduce-only; see {@link #applyFill(OrderFilled, boolean, long)}. */
    public PositionEvent applyFill(OrderFilled fill, long tsInit) {
        return applyFill(fill, false, tsInit);
    }

    /**
     * Books a fill and returns the position event it causes.
     *
     * @param fill       the fill; its price and quantity are on the instrument's grid
     * @param reduceOnly whether the order was reduce-only (in hedging mode it then closes the opposite
     *                   position, see {@link PositionMode#HEDGING})
     * @param tsInit     the time the event is created
     */
    public PositionEvent applyFill(OrderFilled fill, boolean reduceOnly, long tsInit) {
        Holding h = holding(fill.instrumentId());
        Position p = legFor(h, fill.side(), reduceOnly, fill.lastQuantity().raw());
        long before = p.quantityRaw();
        Currency quote = p.currency();
        Money fee = fill.commission();
        long qty = fill.lastQuantity().raw();
        long price = fill.lastPrice().raw();
        long valueSigned = p.valueRaw(fill.side().sign() * qty, price);
        long realized;
        if (isBaseAssetFee(h, fill)) {
            realized = applyBaseFeeBuy(h, p, fee, qty, price, fill.tsEvent());
        } else {
            long feeInQuote = fee.currency().equals(quote) ? fee.raw() : 0;
            realized = p.apply(fill.side(), qty, price, feeInQuote, fill.tsEvent());
            cell(fee.currency())[0] -= fee.raw();
        }
        long[] cash = cell(quote);
        if (h.spot) {
            cash[0] -= valueSigned;
        } else {
            cash[0] += realized;
        }
        if (p.isShort() && before >= 0) {
            h.borrowDay = Math.floorDiv(fill.tsEvent(), Nanos.PER_DAY);
        }
        if (!h.marked) {
            h.markRaw = price;
            h.marked = true;
        }
        learnRate(h, price);
        updateActive(h);
        return PositionEvent.after(p, before, fill.tsEvent(), tsInit);
    }

    private static boolean isBaseAssetFee(Holding h, OrderFilled fill) {
        return h.spot && fill.side() == Side.BUY && fill.commission().raw() != 0
                && h.instrument.baseCurrency().map(fill.commission().currency()::equals).orElse(false);
    }

    /**
     * A buy whose fee is taken from the asset bought: the position receives {@code qty - fee} (the fee
     * floored to the lot precision; the sub-lot rest is debited from the base-asset balance) and the cost
     * is the whole price paid. Returns the realized PnL (when the buy covers a short, the undelivered
     * value is a loss on the close).
     */
    private long applyBaseFeeBuy(Holding h, Position p, Money fee, long qty, long price, long ts) {
        int sizePrecision = h.instrument.sizePrecision();
        long feeLots = FixedPoint.rescale(fee.raw(), fee.precision(), sizePrecision, Rounding.FLOOR);
        long dust = fee.raw() - FixedPoint.rescale(feeLots, sizePrecision, fee.precision(), Rounding.EXACT);
        cell(fee.currency())[0] -= dust;
        p.addOtherCurrencyFee(fee.raw());
        long received = qty - feeLots;
        long undelivered = p.valueRaw(qty, price) - p.valueRaw(received, price);
        boolean adding = p.quantityRaw() >= 0;
        long realized = received == 0 ? 0 : p.apply(Side.BUY, received, price, 0, ts);
        if (adding) {
            p.adjustCost(undelivered);
        } else {
            p.addRealized(-undelivered);
            realized -= undelivered;
        }
        return realized;
    }

    private Position legFor(Holding h, Side side, boolean reduceOnly, long qty) {
        if (h.legs.length == 1) {
            return h.legs[0];
        }
        Position leg = (side == Side.BUY) != reduceOnly ? h.legs[0] : h.legs[1];
        if (reduceOnly && leg.quantity().raw() < qty) {
            throw new IllegalStateException(h.instrument.id() + ": a reduce-only " + side + " of " + qty
                    + " (raw) exceeds the " + (leg == h.legs[0] ? "long" : "short") + " position " + leg.quantity());
        }
        return leg;
    }

    private void updateActive(Holding h) {
        boolean open = h.isOpen();
        if (open && h.activeIndex < 0) {
            if (activeCount == active.length) {
                active = Arrays.copyOf(active, activeCount * 2);
            }
            h.activeIndex = activeCount;
            active[activeCount++] = h;
        } else if (!open && h.activeIndex >= 0) {
            Holding last = active[--activeCount];
            active[h.activeIndex] = last;
            last.activeIndex = h.activeIndex;
            active[activeCount] = null;
            h.activeIndex = -1;
        }
    }

    /** Sets the latest price of an instrument (raw at its price precision); a spot pair's price is also an FX rate. */
    public void mark(InstrumentId id, long priceRaw) {
        mark(holding(id), priceRaw);
    }

    private static void mark(Holding h, long priceRaw) {
        h.markRaw = priceRaw;
        h.marked = true;
        learnRate(h, priceRaw);
    }

    /** A spot pair's price (at its tick precision) is the FX rate of its currencies. */
    private static void learnRate(Holding h, long priceRaw) {
        if (h.rate != null && priceRaw > 0) {
            h.rate.set(priceRaw, h.instrument.pricePrecision());
        }
    }

    /** A quote: marks at the mid (half-even to the tick precision); a spot pair's exact mid is an FX rate. */
    public void onQuote(QuoteTick quote) {
        Holding h = holding(quote.instrumentId());
        BigDecimal mid = quote.bid().toBigDecimal().add(quote.ask().toBigDecimal()).divide(BigDecimal.TWO);
        h.markRaw = FixedPoint.fromBigDecimal(mid, h.instrument.pricePrecision(), Rounding.HALF_EVEN);
        h.marked = true;
        if (h.rate != null && mid.signum() > 0) {
            h.rate.set(mid);
        }
    }

    /**
     * Before the venue matches {@code bar}: applies the corporate actions in effect by its open. Returns
     * the {@link PositionEvent.Kind#ADJUSTED} events of splits (usually none).
     */
    /**
     * Told of every split as the portfolio applies it (instrument, ratio of new shares per old share,
     * effective time), whether or not a position is open; the simulated venue adjusts working orders.
     */
    public interface SplitListener {
        void onSplit(InstrumentId id, BigDecimal ratio, long tsNs);
    }

    private final List<SplitListener> splitListeners = new ArrayList<>(1);

    public void addSplitListener(SplitListener listener) {
        splitListeners.add(listener);
    }

    public List<PositionEvent> beforeBar(BarEvent bar) {
        Holding h = holding(bar.instrumentId());
        if (h.actionNext >= h.actions.length || h.actions[h.actionNext].effectiveNs() > bar.tsOpen()) {
            return NONE;
        }
        List<PositionEvent> events = new ArrayList<>();
        while (h.actionNext < h.actions.length && h.actions[h.actionNext].effectiveNs() <= bar.tsOpen()) {
            CorporateAction a = h.actions[h.actionNext++].action();
            Position p = h.legs[0];
            if (a.type() == CorporateAction.Type.SPLIT) {
                long before = p.quantityRaw();
                long cashInLieu = p.split(a.value(), bar.openRaw());
                cell(p.currency())[0] += cashInLieu;
                if (h.marked) {
                    h.markRaw = FixedPoint.fromBigDecimal(FixedPoint.toBigDecimal(h.markRaw, h.instrument.pricePrecision())
                            .divide(a.value(), MathContext.DECIMAL128), h.instrument.pricePrecision(), Rounding.HALF_EVEN);
                }
                if (before != 0) {
                    events.add(PositionEvent.after(p, before, bar.tsOpen(), bar.tsOpen()).withKind(PositionEvent.Kind.ADJUSTED));
                }
                updateActive(h);
                for (SplitListener l : splitListeners) {
                    l.onSplit(h.instrument.id(), a.value(), bar.tsOpen());
                }
            } else {
                long amount = FixedPoint.fromBigDecimal(a.value().multiply(
                        FixedPoint.toBigDecimal(p.quantityRaw(), h.instrument.sizePrecision())), p.currency().precision(),
                        Rounding.HALF_EVEN);
                cell(p.currency())[0] += amount;
                p.addDividend(amount);
            }
        }
        return events;
    }

    /**
     * After the venue matched {@code bar}: funding before the close, the liquidation check, the mark at the
     * close, funding at the close, borrow cost. Returns the {@link PositionEvent.Kind#LIQUIDATED} events.
     */
    public List<PositionEvent> afterBar(BarEvent bar) {
        Holding h = holding(bar.instrumentId());
        long close = bar.tsEvent();
        if (h.funding != null) {
            settleFunding(h, close - 1);
        }
        List<PositionEvent> events = h.spot || !h.isOpen() ? NONE : liquidate(h, bar);
        mark(h, bar.closeRaw());
        if (h.funding != null) {
            settleFunding(h, close);
        }
        if (h.spot && chargesBorrow) {
            chargeBorrow(h, close);
        }
        return events;
    }

    private void settleFunding(Holding h, long upToNs) {
        FundingRates f = h.funding;
        while (h.fundingNext < f.size() && f.tsNs()[h.fundingNext] <= upToNs) {
            BigDecimal rate = f.rates()[h.fundingNext++];
            if (!h.marked) {
                continue;
            }
            for (Position p : h.legs) {
                if (p.isFlat()) {
                    continue;
                }
                BigDecimal notional = BigDecimal.valueOf(p.marketValueRaw(h.markRaw), p.currency().precision());
                long payment = FixedPoint.fromBigDecimal(notional.multiply(rate).negate(), p.currency().precision(),
                        Rounding.HALF_EVEN);
                cell(p.currency())[0] += payment;
                p.addFunding(payment);
            }
        }
    }

    private void chargeBorrow(Holding h, long closeNs) {
        long day = Math.floorDiv(closeNs, Nanos.PER_DAY);
        Position p = h.legs[0];
        if (p.isShort() && day > h.borrowDay) {
            BigDecimal value = BigDecimal.valueOf(-p.marketValueRaw(h.markRaw), p.currency().precision());
            long charge = FixedPoint.fromBigDecimal(value.multiply(config.annualBorrowRate())
                    .multiply(BigDecimal.valueOf(day - h.borrowDay)).divide(DAYS_PER_YEAR, MathContext.DECIMAL128),
                    p.currency().precision(), Rounding.HALF_UP);
            cell(p.currency())[0] -= charge;
            p.addBorrowCost(charge);
        }
        h.borrowDay = day;
    }

    private List<PositionEvent> liquidate(Holding h, BarEvent bar) {
        List<PositionEvent> events = NONE;
        for (Position p : h.legs) {
            if (p.isFlat()) {
                continue;
            }
            Optional<Long> liq = liquidationPriceRaw(h, p);
            if (liq.isEmpty()) {
                continue;
            }
            long price = liq.get();
            boolean hit = p.isLong() ? bar.lowRaw() <= price : bar.highRaw() >= price;
            if (!hit) {
                continue;
            }
            long before = p.quantityRaw();
            long qty = Math.abs(before);
            Side side = p.isLong() ? Side.SELL : Side.BUY;
            long notional = Math.abs(p.valueRaw(qty, price));
            long fee = FixedPoint.fromBigDecimal(BigDecimal.valueOf(notional).multiply(config.liquidationFeeRate()), 0,
                    Rounding.HALF_UP);
            long realized = p.apply(side, qty, price, fee, bar.tsEvent());
            cell(p.currency())[0] += realized - fee;
            if (events == NONE) {
                events = new ArrayList<>(2);
            }
            events.add(PositionEvent.after(p, before, bar.tsEvent(), bar.tsEvent()).withKind(PositionEvent.Kind.LIQUIDATED));
        }
        updateActive(h);
        return events;
    }

    /** The initial margin rate of an instrument in this account: {@code max(1 / leverage, its initial rate)}. */
    @Override
    public BigDecimal initialMarginRate(InstrumentId id) {
        Holding h = holding(id);
        return needsMargin(h) ? initialRate(h.instrument) : BigDecimal.ONE;
    }

    BigDecimal initialRate(Instrument instrument) {
        BigDecimal byLeverage = BigDecimal.ONE.divide(BigDecimal.valueOf(config.leverage()), MathContext.DECIMAL128);
        return byLeverage.max(instrument.spec().margin().initial());
    }

    private boolean needsMargin(Holding h) {
        return !h.spot || config.type() == AccountType.MARGIN;
    }

    /** The liquidation price of a derivative position on the tick grid (a long's rounded up, a short's down). */
    private Optional<Long> liquidationPriceRaw(Holding h, Position p) {
        Instrument inst = h.instrument;
        int cents = p.currency().precision();
        BigDecimal entry = BigDecimal.valueOf(Math.abs(p.costRaw()), cents);
        BigDecimal units = p.quantity().toBigDecimal().multiply(inst.spec().multiplier().toBigDecimal());
        BigDecimal collateral = config.marginMode() == MarginMode.ISOLATED
                ? entry.multiply(initialRate(inst))
                : BigDecimal.valueOf(fx.convert(crossCollateralBaseRaw(p), base, p.currency()), cents);
        return LiquidationPrice.of(p.isLong(), entry, units, collateral, inst.spec().margin().maintenance())
                .map(price -> price.divide(inst.tickSize().toBigDecimal(), 0,
                        p.isLong() ? RoundingMode.CEILING : RoundingMode.FLOOR)
                        .multiply(inst.tickSize().toBigDecimal()))
                .map(price -> FixedPoint.fromBigDecimal(price, inst.pricePrecision(), Rounding.EXACT));
    }

    /** Cross collateral of {@code p}: equity without p's unrealized PnL, less the other derivatives' maintenance margin. */
    private long crossCollateralBaseRaw(Position own) {
        long total = equityRaw();
        for (int i = 0; i < activeCount; i++) {
            Holding h = active[i];
            for (Position p : h.legs) {
                if (p == own) {
                    total -= toBase(p.currency(), h.equityContributionRaw(p));
                } else if (!p.isFlat() && !h.spot) {
                    total -= toBase(p.currency(), marginAtMark(h, p, h.instrument.spec().margin().maintenance()));
                }
            }
        }
        return total;
    }

    private static long marginAtMark(Holding h, Position p, BigDecimal rate) {
        long notional = Math.abs(p.marketValueRaw(h.markRaw));
        return FixedPoint.fromBigDecimal(BigDecimal.valueOf(notional).multiply(rate), 0, Rounding.HALF_UP);
    }

    /** Credits (positive) or debits (negative) cash, e.g. interest. */
    public void adjustCash(Currency currency, long deltaRaw) {
        cell(currency)[0] += deltaRaw;
    }

    /** Equity in the base currency's raw units. Called once per time step. */
    public long equityRaw() {
        long total = 0;
        if (balances.size() == 1) {
            // One currency (the base, which is always present): no conversion, no iteration.
            total = baseCell[0];
        } else {
            for (Map.Entry<Currency, long[]> e : balances.entrySet()) {
                total += toBase(e.getKey(), e.getValue()[0]);
            }
        }
        Holding[] a = active;
        for (int i = 0, n = activeCount; i < n; i++) {
            Holding h = a[i];
            for (Position p : h.legs) {
                total += toBase(p.currency(), h.equityContributionRaw(p));
            }
        }
        return total;
    }

    /** Initial margin of the open positions at their marks, base raw units (see the class comment). */
    public long marginUsedRaw() {
        return marginSum(true);
    }

    /** Maintenance margin of the open positions at their marks, base raw units. */
    public long maintenanceMarginRaw() {
        return marginSum(false);
    }

    private long marginSum(boolean initial) {
        long total = 0;
        for (int i = 0; i < activeCount; i++) {
            Holding h = active[i];
            if (!needsMargin(h)) {
                continue;
            }
            BigDecimal rate = initial ? initialRate(h.instrument) : h.instrument.spec().margin().maintenance();
            for (Position p : h.legs) {
                total += toBase(p.currency(), marginAtMark(h, p, rate));
            }
        }
        return total;
    }

    /** The gross value of open positions in base raw units (absolute market values). */
    public long grossExposureRaw() {
        return exposure(true);
    }

    /** The net value of open positions in base raw units (signed market values). */
    public long netExposureRaw() {
        return exposure(false);
    }

    private long exposure(boolean gross) {
        long total = 0;
        for (int i = 0; i < activeCount; i++) {
            Holding h = active[i];
            for (Position p : h.legs) {
                long v = toBase(p.currency(), p.marketValueRaw(h.markRaw));
                total += gross ? Math.abs(v) : v;
            }
        }
        return total;
    }

    /** Converts raw units of {@code currency} to base raw units at the latest rate ({@link FxRates}). */
    long toBase(Currency currency, long raw) {
        return fx.convert(raw, currency, base);
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

    /** Every position (both legs in hedging mode), in no particular order. */
    public List<Position> positions() {
        return holdings.values().stream().flatMap(h -> Arrays.stream(h.legs)).toList();
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
        if (currency == base) {
            return baseCell[0];
        }
        long[] c = balances.get(currency);
        return c == null ? 0 : c[0];
    }

    @Override
    public Money equity() {
        return new Money(equityRaw(), base);
    }

    @Override
    public Money marginUsed() {
        return new Money(marginUsedRaw(), base);
    }

    @Override
    public Money maintenanceMargin() {
        return new Money(maintenanceMarginRaw(), base);
    }

    /**
     * Netting: the position. Hedging: the open leg when only one is open, else the long leg (use
     * {@link #longPosition}/{@link #shortPosition}).
     */
    @Override
    public Position position(InstrumentId id) {
        Holding h = holding(id);
        return h.legs.length == 2 && h.legs[0].isFlat() ? h.legs[1] : h.legs[0];
    }

    @Override
    public Position longPosition(InstrumentId id) {
        return holding(id).legs[0];
    }

    @Override
    public Position shortPosition(InstrumentId id) {
        Position[] legs = holding(id).legs;
        return legs[legs.length - 1];
    }

    @Override
    public Optional<BigDecimal> liquidationPrice(InstrumentId id) {
        Holding h = holding(id);
        Position p = position(id);
        if (h.spot || p.isFlat()) {
            return Optional.empty();
        }
        return liquidationPriceRaw(h, p).map(raw -> FixedPoint.toBigDecimal(raw, h.instrument.pricePrecision()));
    }

    @Override
    public Money unrealizedPnl(InstrumentId id) {
        Holding h = holding(id);
        long total = 0;
        if (h.marked) {
            for (Position p : h.legs) {
                total += p.unrealizedRaw(h.markRaw);
            }
        }
        return new Money(total, h.instrument.spec().quoteCurrency());
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
