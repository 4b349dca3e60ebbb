package io.sextant.engine.venue;

import io.sextant.core.data.QuoteTick;
import io.sextant.core.data.TradeTick;
import io.sextant.core.id.ClientOrderId;
import io.sextant.core.id.InstrumentId;
import io.sextant.core.id.TradeId;
import io.sextant.core.instrument.DatedFuture;
import io.sextant.core.instrument.Instrument;
import io.sextant.core.instrument.PerpetualSwap;
import io.sextant.core.money.Currency;
import io.sextant.core.money.FixedPoint;
import io.sextant.core.money.Money;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;
import io.sextant.core.money.Rounding;
import io.sextant.core.order.ContingencyType;
import io.sextant.core.order.LiquiditySide;
import io.sextant.core.order.Order;
import io.sextant.core.order.OrderAccepted;
import io.sextant.core.order.OrderCanceled;
import io.sextant.core.order.OrderExpired;
import io.sextant.core.order.OrderFilled;
import io.sextant.core.order.OrderModifyRejected;
import io.sextant.core.order.OrderQuantity;
import io.sextant.core.order.OrderRejected;
import io.sextant.core.order.OrderTriggered;
import io.sextant.core.order.OrderType;
import io.sextant.core.order.OrderUpdated;
import io.sextant.core.order.Side;
import io.sextant.core.order.TimeInForce;
import io.sextant.core.position.Position;
import io.sextant.core.time.Clock;
import io.sextant.engine.data.BarEvent;
import io.sextant.engine.execution.ExecutionClient;
import io.sextant.engine.execution.ExecutionEvents;
import io.sextant.engine.portfolio.AccountType;
import io.sextant.engine.portfolio.PortfolioView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.LongConsumer;
import java.util.function.LongUnaryOperator;

/**
 * A venue simulated from market data. It implements the same {@link ExecutionClient} a live
 * adapter does, and is fed each bar (and quote and trade) before strategies see it.
 *
 * <h2>Bar rules</h2>
 * <ul>
 *   <li>An order can fill on a bar only if it reached the venue at or before the bar's open. A
 *       market order placed on bar t's close therefore fills at bar t+1's open
 *       ({@link BarFillMode#NEXT_OPEN}), unless {@link BarFillMode#SIGNAL_CLOSE} is chosen.</li>
 *   <li>Intrabar path: open, then the extreme nearer the open (the high on a tie), then the other
 *       extreme, then the close. Orders are matched in the order the path reaches their prices.</li>
 *   <li>A stop or if-touched order whose trigger the open has already passed fills at the open (the
 *       gap), otherwise at its trigger; market-type fills are takers and slip, and the slipped price
 *       is clamped into [low, high].</li>
 *   <li>A resting limit fills at its price only if the path goes through it (strictly beyond), or
 *       touches it with {@link VenueConfig#limitTouchFills()}; if the open is already beyond it, at
 *       the open. Resting limit fills are makers and do not slip.</li>
 *   <li>Fills at the open carry the bar's open time; intrabar and close fills carry its close time.</li>
 *   <li>Volume cap: with a participation share p, one bar's fills in an instrument take at most
 *       floor(p &times; volume) to the lot; the rest keeps working, or is cancelled for IOC and FOK.</li>
 *   <li>DAY orders expire at the end of the trading day of the first bar they worked in; GTD orders
 *       expire before the first bar that closes after their expire time.</li>
 *   <li>Latency: orders, modifies and cancels reach the venue at send time plus the latency, in the
 *       order sent; events they cause carry the arrival time. A cancel that arrives after a bar's open
 *       does not stop that bar from filling the order.</li>
 *   <li>Grid: quantities are floored to the lot, limit prices rounded passively, triggers to the nearest
 *       tick (ties to even); see {@code arrive}. Post-only orders never take liquidity: one that would is
 *       rejected on arrival or cancelled when it first works.</li>
 *   <li>OTO children (bracket exits) are released when the parent fills, or when it ends after a
 *       partial fill; released during a bar, they can fill later along that bar's path.</li>
 * </ul>
 */
public final class SimulatedVenue implements ExecutionClient {
    private final VenueConfig config;
    private final Clock clock;
    private final PortfolioView account;
    private final Map<InstrumentId, Book> books = new HashMap<>();
    private final Map<ClientOrderId, WorkingOrder> byId = new HashMap<>();
    private final PriorityQueue<InFlight> inFlight = new PriorityQueue<>();
    private ExecutionEvents events;
    /** The last book looked up: bars and fills come in runs for one instrument. */
    private Book lastBook;
    private long seq;
    private long tradeSeq;

    /** When the last message sent reaches the venue; messages arrive in the order sent. */
    private long lastArrivalNs = Long.MIN_VALUE;

    /** A message on its way to the venue (latency); the action receives its arrival time. */
    private record InFlight(long arrivalNs, long seq, LongConsumer action) implements Comparable<InFlight> {
        @Override
        public int compareTo(InFlight o) {
            int c = Long.compare(arrivalNs, o.arrivalNs);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    public SimulatedVenue(VenueConfig config, Clock clock, PortfolioView account) {
        this.config = config;
        this.clock = clock;
        this.account = account;
    }

    /** Where to report order events; set once by the engine. */
    public void connect(ExecutionEvents sink) {
        this.events = sink;
    }

    public VenueConfig config() {
        return config;
    }

    /**
     * Lists an instrument. {@code dayEnd} gives, for a time, the end of its trading day (epoch ns):
     * used by DAY orders, market-on-open and market-on-close.
     */
    public void addInstrument(Instrument instrument, LongUnaryOperator dayEnd) {
        books.putIfAbsent(instrument.id(), new Book(instrument, dayEnd));
    }

    private Book book(InstrumentId id) {
        Book last = lastBook;
        if (last != null && last.instrument.id() == id) {
            return last;
        }
        Book b = books.get(id);
        if (b != null) {
            lastBook = b;
        }
        if (b == null) {
            throw new IllegalArgumentException("instrument " + id + " is not listed on the simulated venue; listed: "
                    + books.keySet());
        }
        return b;
    }

    // ---- ExecutionClient -------------------------------------------------------------------------------

    @Override
    public void submit(Order order) {
        book(order.instrumentId());
        send(ts -> arrive(order, false, ts));
    }

    @Override
    public void submitList(List<Order> orders) {
        for (Order o : orders) {
            book(o.instrumentId());
        }
        send(ts -> {
            for (Order o : orders) {
                arrive(o, o.parentId() != null, ts);
            }
        });
    }

    @Override
    public void modify(Order order, Quantity quantity, Price price, Price triggerPrice) {
        send(ts -> applyModify(order, quantity, price, triggerPrice, ts));
    }

    @Override
    public void cancel(Order order, String reason) {
        send(ts -> {
            WorkingOrder w = byId.get(order.id());
            if (w != null) {
                cancelWorking(w, reason, ts);
            }
        });
    }

    /**
     * Sends a message that reaches the venue after the latency model's delay. Messages arrive in the
     * order they were sent (one connection): a later message never overtakes an earlier one, so a
     * cancel cannot reach the venue before the order it cancels.
     */
    private void send(LongConsumer action) {
        long arrival = Math.max(Math.addExact(now(), config.latency().nextNs()), lastArrivalNs);
        lastArrivalNs = arrival;
        if (arrival <= now() && inFlight.isEmpty()) {
            action.accept(arrival);
        } else {
            inFlight.add(new InFlight(arrival, seq++, action));
        }
    }

    private long now() {
        return clock.timestampNs();
    }

    /**
     * Delivers messages whose latency has elapsed by {@code tsNs}. The engine calls it as time advances,
     * before matching data at that time.
     */
    public void advanceTo(long tsNs) {
        while (!inFlight.isEmpty() && inFlight.peek().arrivalNs() <= tsNs) {
            InFlight m = inFlight.poll();
            m.action().accept(m.arrivalNs());
        }
    }

    /** True if no message is in flight. */
    public boolean idle() {
        return inFlight.isEmpty();
    }

    // ---- arrival -----------------------------------------------------------------------------------------

    /**
     * An order reaches the venue at {@code ts}. Its quantity is floored to the lot (never more than
     * asked), its limit price rounded passively (buys down, sells up, never more aggressive than asked)
     * and its trigger to the nearest tick (ties to even); if any of these changed the order, an
     * {@link OrderUpdated} follows the acceptance. An order whose floored quantity is zero or below the
     * instrument's minimum, a reduce-only order that would open or increase a position, and a post-only
     * limit that would cross are rejected with the reason. Held OTO children are checked for
     * reduce-only when their parent fills and releases them, not now (the position does not exist yet).
     */
    private void arrive(Order order, boolean heldChild, long ts) {
        Book book = book(order.instrumentId());
        Instrument instrument = book.instrument;
        Quantity quantity = order.quantity() == null ? null : instrument.floorToLot(order.quantity());
        Price price = order.price() == null ? null : instrument.passivePrice(order.side(), order.price());
        Price trigger = order.triggerPrice() == null ? null : instrument.roundPrice(order.triggerPrice(),
                Rounding.HALF_EVEN);
        String problem = checkOnArrival(order, book, quantity, price, heldChild);
        if (problem != null) {
            emit(new OrderRejected(order.id(), order.instrumentId(), problem, ts, now()));
            return;
        }
        WorkingOrder w = new WorkingOrder(order, seq++, ts);
        w.limitRaw = price == null ? Long.MIN_VALUE : price.raw();
        w.triggerRaw = trigger == null ? Long.MIN_VALUE : trigger.raw();
        w.held = heldChild;
        if (order.type() == OrderType.TRAILING_STOP_MARKET && book.hasReference()) {
            // A sell trails the price it would sell at (bid, trade or close), a buy the price it would buy at.
            w.extremeRaw = book.referencePrice(w.buy);
        }
        byId.put(order.id(), w);
        book.working.add(w);
        if (!heldChild) {
            emit(new OrderAccepted(order.id(), order.instrumentId(), ts, now()));
        }
        boolean changed = quantity != null && !quantity.equals(order.quantity())
                || price != null && !price.equals(order.price()) || trigger != null && !trigger.equals(order.triggerPrice());
        if (changed) {
            emit(new OrderUpdated(order.id(), order.instrumentId(), quantity == null ? order.quantity() : quantity,
                    price, trigger, ts, now()));
        }
        if (heldChild) {
            return;
        }
        if (w.extremeRaw != Long.MIN_VALUE) {
            long distance = trailingDistanceRaw(book, w, w.extremeRaw);
            if (distance >= 0) {
                moveTrailingTrigger(w, w.buy ? w.extremeRaw + distance : w.extremeRaw - distance, ts);
            }
        }
        if (config.barFillMode() == BarFillMode.SIGNAL_CLOSE && book.hasBar && !book.hasQuote && !book.hasTrade
                && w.executesAsMarket() && !w.awaitingTrigger() && order.type() != OrderType.MARKET_ON_OPEN
                && order.type() != OrderType.MARKET_ON_CLOSE) {
            fillAt(book, w, book.lastBarCloseRaw, book.lastBarCloseRaw, book.lastBarCloseRaw, book.lastBarTsEvent,
                    true, book.lastBarVolumeRaw);
        }
    }

    /** Why the venue refuses the order on arrival (with its quantity and price on the grid), or null. */
    private String checkOnArrival(Order order, Book book, Quantity quantity, Price price, boolean heldChild) {
        Instrument instrument = book.instrument;
        if (quantity != null) {
            var qp = instrument.quantityProblem(quantity);
            if (qp.isPresent()) {
                return qp.get() + (quantity.equals(order.quantity()) ? ""
                        : " (" + order.quantity() + " floored to the lot " + instrument.lotSize() + ")");
            }
        }
        if (order.request().reduceOnly() && !heldChild) {
            String problem = reduceOnlyProblem(order);
            if (problem != null) {
                return problem;
            }
        }
        if (order.request().postOnly()) {
            return postOnlyProblem(book, order.side(), price);
        }
        if (quantity != null && !order.request().reduceOnly() && !heldChild) {
            String cash = cashAccountProblem(book, order, quantity, price);
            return cash != null ? cash : marginProblem(book, order, quantity, price);
        }
        return null;
    }

    /**
     * In a margin account (and for derivatives in any account), the part of an order that opens or
     * increases a position needs initial margin, {@code value &times; rate} at the reference price (or
     * the limit), within the free margin; otherwise it is rejected on arrival. The part that closes an
     * opposite position needs none. Checked only when the instrument is quoted in the base currency.
     */
    private String marginProblem(Book book, Order order, Quantity quantity, Price price) {
        Instrument instrument = book.instrument;
        boolean derivative = instrument instanceof PerpetualSwap || instrument instanceof DatedFuture;
        if ((account.accountType() != AccountType.MARGIN && !derivative) || !book.hasReference()
                || !instrument.spec().quoteCurrency().equals(account.baseCurrency())) {
            return null;
        }
        long pos = account.position(order.instrumentId()).quantityRaw();
        boolean opposite = order.side() == Side.BUY ? pos < 0 : pos > 0;
        long increase = opposite ? Math.max(0, quantity.raw() - Math.abs(pos)) : quantity.raw();
        if (increase == 0) {
            return null;
        }
        long ref = book.referencePrice(order.side() == Side.BUY);
        if (price != null && order.type().hasLimitPrice()) {
            ref = order.side() == Side.BUY ? Math.min(ref, price.raw()) : Math.max(ref, price.raw());
        }
        Price estimate = new Price(ref, instrument.pricePrecision());
        Quantity added = new Quantity(increase, instrument.sizePrecision());
        Money value = instrument.notional(estimate, added, Rounding.HALF_EVEN);
        BigDecimal rate = account.initialMarginRate(order.instrumentId());
        Money needed = value.times(rate, Rounding.HALF_UP);
        Money free = account.freeMargin();
        return needed.compareTo(free) <= 0 ? null
                : "insufficient margin: " + order.side() + " " + added + " at about " + estimate + " needs initial margin "
                + needed + " (" + rate.stripTrailingZeros().toPlainString() + " of " + value + "), free margin is " + free;
    }

    /**
     * A cash account pays for spot buys in full and cannot sell what it does not hold: a buy whose
     * value at the reference price (or its limit, if lower) exceeds the quote-currency cash, or a sell
     * larger than the long position, is rejected on arrival. Orders sized as notional or percent of
     * equity are sized at the fill to what the cash covers, so they pass.
     */
    private String cashAccountProblem(Book book, Order order, Quantity quantity, Price price) {
        Instrument instrument = book.instrument;
        if (account.accountType() != AccountType.CASH || instrument instanceof PerpetualSwap
                || instrument instanceof DatedFuture) {
            return null;
        }
        Position p = account.position(order.instrumentId());
        if (order.side() == Side.SELL) {
            long held = Math.max(0, p.quantityRaw());
            return quantity.raw() <= held ? null
                    : "a cash account cannot sell short: sell " + quantity + " but the position is "
                    + (held == 0 ? "flat" : "long " + p.quantity());
        }
        if (!book.hasReference()) {
            return null;
        }
        long ref = book.referencePrice(true);
        if (price != null && order.type().hasLimitPrice()) {
            ref = Math.min(ref, price.raw());
        }
        Price estimate = new Price(ref, instrument.pricePrecision());
        Money cost = instrument.notional(estimate, quantity, Rounding.HALF_EVEN);
        Money cash = account.balance(cost.currency());
        return cost.compareTo(cash) <= 0 ? null
                : "insufficient cash: buying " + quantity + " at about " + estimate + " costs " + cost + ", cash is " + cash;
    }

    /** Why a reduce-only order would open or increase the position, or null. */
    private String reduceOnlyProblem(Order order) {
        Position p = account.position(order.instrumentId());
        boolean reduces = order.side() == Side.BUY ? p.isShort() : p.isLong();
        if (reduces) {
            return null;
        }
        return "reduce-only " + order.side() + " would open or increase a position (position is "
                + (p.isFlat() ? "flat" : (p.isLong() ? "long " : "short ") + p.quantity()) + ")";
    }

    /** Why a post-only limit at {@code price} would take liquidity now, or null. */
    private String postOnlyProblem(Book book, Side side, Price price) {
        if (!book.hasReference()) {
            return null;
        }
        long ref = book.referencePrice(side == Side.BUY);
        boolean crosses = side == Side.BUY ? price.raw() >= ref : price.raw() <= ref;
        if (!crosses) {
            return null;
        }
        return "post-only " + side + " limit " + price + " would take liquidity (market at "
                + new Price(ref, book.instrument.pricePrecision()) + ")";
    }

    /**
     * A modify reaches the venue at {@code ts}. The new quantity is floored to the lot and the prices
     * rounded as on arrival. A quantity not above what has filled cancels the rest; a quantity below the
     * minimum, a post-only price that would cross, or an order the venue no longer holds is refused
     * with {@link OrderModifyRejected}. A changed limit price is re-checked as a new order: if it is
     * marketable it takes liquidity.
     */
    private void applyModify(Order order, Quantity quantity, Price price, Price trigger, long ts) {
        WorkingOrder w = byId.get(order.id());
        if (w == null) {
            emit(new OrderModifyRejected(order.id(), order.instrumentId(), "the venue no longer holds the order ("
                    + order.status() + ")", ts, now()));
            return;
        }
        Book book = book(order.instrumentId());
        Instrument instrument = book.instrument;
        Quantity q = quantity == null ? order.quantity() : instrument.floorToLot(quantity);
        Price p = price == null ? order.price() : instrument.passivePrice(order.side(), price);
        Price t = trigger == null ? order.triggerPrice() : instrument.roundPrice(trigger, Rounding.HALF_EVEN);
        if (q != null && q.compareTo(order.filledQuantity()) <= 0) {
            cancelWorking(w, "modified quantity " + q + " is not above the filled " + order.filledQuantity(), ts);
            return;
        }
        String problem = q == null ? null : instrument.quantityProblem(q).orElse(null);
        if (problem == null && order.request().postOnly() && price != null) {
            problem = postOnlyProblem(book, order.side(), p);
        }
        if (problem != null) {
            emit(new OrderModifyRejected(order.id(), order.instrumentId(), problem, ts, now()));
            return;
        }
        if (p != null && p.raw() != w.limitRaw) {
            w.resting = false;
        }
        w.limitRaw = p == null ? Long.MIN_VALUE : p.raw();
        w.triggerRaw = t == null ? Long.MIN_VALUE : t.raw();
        emit(new OrderUpdated(order.id(), order.instrumentId(), q, p, t, ts, now()));
    }

    /**
     * A split of {@code ratio} new shares per old share takes effect at {@code ts}: the instrument's
     * working orders are adjusted to keep their value ({@link SplitAdjustment}). The engine calls it
     * (through the portfolio) before the bar that opens after the split is matched.
     */
    public void applySplit(InstrumentId id, BigDecimal ratio, long ts) {
        new SplitAdjustment(this, book(id), ratio, ts).run();
    }

    /** Tells the owner of {@code w} its terms after a split. */
    void splitAdjusted(WorkingOrder w, Quantity quantity, Price price, Price trigger, long ts) {
        emit(new OrderUpdated(w.order.id(), w.order.instrumentId(), quantity, price, trigger, ts, now()));
    }

    // ---- bars ----------------------------------------------------------------------------------------------

    /** Matches working orders against a bar; called before strategies see it. */
    public void onBar(BarEvent bar) {
        Book book = book(bar.instrumentId());
        advanceTo(bar.tsOpen());
        boolean dayOpener = book.dayOpenerNext;
        book.usedVolumeRaw = 0;
        if (!book.working.isEmpty()) {
            new BarMatcher(this, book, bar, dayOpener).run();
        }
        // After matching: an ATR trailing offset on this bar uses only bars that closed before it opened.
        book.atr.update(0, bar.high(), bar.low(), bar.close(), 0);
        book.hasBar = true;
        book.lastBarCloseRaw = bar.closeRaw();
        book.lastBarTsEvent = bar.tsEvent();
        book.lastBarVolumeRaw = bar.volumeRaw();
        book.dayOpenerNext = bar.tsEvent() >= book.dayEnd(bar.tsOpen());
    }

    /** Matches working orders against a quote; called before strategies see it. */
    public void onQuote(QuoteTick quote) {
        Book book = book(quote.instrumentId());
        advanceTo(quote.tsEvent());
        book.hasQuote = true;
        book.bidRaw = onGrid(book, quote.bid());
        book.askRaw = onGrid(book, quote.ask());
        if (!book.working.isEmpty()) {
            new TickMatcher(this, book, book.askRaw, book.bidRaw, quote.tsEvent(), -1).run();
        }
    }

    /** Matches working orders against a trade tick; called before strategies see it. */
    public void onTrade(TradeTick trade) {
        Book book = book(trade.instrumentId());
        advanceTo(trade.tsEvent());
        book.hasTrade = true;
        book.lastTradeRaw = onGrid(book, trade.price());
        if (!book.working.isEmpty()) {
            long size = trade.size().withPrecision(book.instrument.sizePrecision(), Rounding.FLOOR).raw();
            new TickMatcher(this, book, book.lastTradeRaw, book.lastTradeRaw, trade.tsEvent(), size).run();
        }
    }

    private static long onGrid(Book book, Price price) {
        return book.instrument.roundPrice(price, Rounding.HALF_EVEN).raw();
    }

    // ---- fills ----------------------------------------------------------------------------------------------

    /**
     * Fills as much of {@code w} as the volume cap allows at {@code priceRaw}, slipping taker fills and
     * clamping into [lowRaw, highRaw]. Returns the quantity filled (raw).
     */
    long fillAt(Book book, WorkingOrder w, long priceRaw, long lowRaw, long highRaw, long tsEvent, boolean taker,
                long barVolumeRaw) {
        Order order = w.order;
        Instrument instrument = book.instrument;
        long px = priceRaw;
        if (taker) {
            long qtyHint = order.quantity() == null ? 0 : leavesRaw(instrument, order);
            long adverse = config.slippage().adverseRaw(new SlippageInput(instrument, order.side(), px, qtyHint,
                    barVolumeRaw));
            px = w.buy ? Math.min(highRaw, px + adverse) : Math.max(lowRaw, px - adverse);
        }
        if (w.limitRaw != Long.MIN_VALUE && !w.executesAsMarket()) {
            px = w.buy ? Math.min(px, w.limitRaw) : Math.max(px, w.limitRaw);
        }
        LiquiditySide liquidity = taker ? LiquiditySide.TAKER : LiquiditySide.MAKER;
        if (taker && order.request().postOnly()) {
            cancelWorking(w, "post-only " + order.side() + " limit " + order.price() + " would take liquidity at "
                    + new Price(px, instrument.pricePrecision()), tsEvent);
            return 0;
        }
        if (order.quantity() == null) {
            Currency quote = instrument.spec().quoteCurrency();
            if (order.request().quantity() instanceof OrderQuantity.PercentOfEquity && !quote.equals(account.baseCurrency())
                    || order.request().quantity() instanceof OrderQuantity.Notional n && !quote.equals(n.amount().currency())) {
                cancelWorking(w, "order " + order.request().quantity() + " is sized in " + (order.request().quantity()
                        instanceof OrderQuantity.Notional n ? n.amount().currency() : account.baseCurrency())
                        + " but " + instrument.id() + " is quoted in " + quote + ": give the quantity in units", tsEvent);
                return 0;
            }
            Quantity resolved = resolveQuantity(book, order, px, liquidity);
            if (resolved == null) {
                cancelWorking(w, "order " + order.request().quantity() + " buys less than the minimum "
                        + instrument.spec().minQuantity() + " at " + new Price(px, instrument.pricePrecision()), tsEvent);
                return 0;
            }
            order.resolveQuantity(resolved);
        }
        long leaves = leavesRaw(instrument, order);
        if (order.request().reduceOnly()) {
            long pos = account.position(order.instrumentId()).quantityRaw();
            long reducible = w.buy ? Math.max(0, -pos) : Math.max(0, pos);
            if (reducible == 0) {
                cancelWorking(w, "reduce-only: the position is already closed", tsEvent);
                return 0;
            }
            leaves = Math.min(leaves, reducible);
        }
        long qty = leaves;
        if (config.volumeParticipation() > 0 && barVolumeRaw >= 0) {
            long cap = capRaw(book, barVolumeRaw) - book.usedVolumeRaw;
            long lot = instrument.lotSize().raw();
            qty = Math.min(qty, Math.max(0, cap) / lot * lot);
            if (order.timeInForce() == TimeInForce.FOK && qty < leaves) {
                cancelWorking(w, "fill-or-kill: only " + new Quantity(qty, instrument.sizePrecision())
                        + " available under the volume cap", tsEvent);
                return 0;
            }
        }
        if (qty <= 0) {
            return 0;
        }
        book.usedVolumeRaw += qty;
        Quantity lastQty = new Quantity(qty, instrument.sizePrecision());
        Price lastPx = new Price(px, instrument.pricePrecision());
        Money notional = instrument.notional(lastPx, lastQty, Rounding.HALF_EVEN);
        Money fee = config.fees().fee(new FeeInput(instrument, order.side(), lastQty, lastPx, notional, liquidity,
                order.filledQuantity(), new Money(w.filledNotionalRaw, notional.currency())));
        w.filledNotionalRaw = Math.addExact(w.filledNotionalRaw, notional.raw());
        boolean complete = qty == leavesRaw(instrument, order);
        emit(new OrderFilled(order.id(), order.instrumentId(), TradeId.of("T-" + (++tradeSeq)), order.side(), lastQty,
                lastPx, fee, liquidity, tsEvent, now()));
        if (complete) {
            remove(book, w);
        } else if (order.request().reduceOnly() && qty == leaves) {
            remove(book, w);
            emit(new OrderCanceled(order.id(), order.instrumentId(), "reduce-only: the position is closed", tsEvent,
                    now()));
        }
        afterFill(book, w, complete, tsEvent);
        return qty;
    }

    /**
     * What is left of the order in raw units at the instrument's size precision. The order's own
     * quantity may carry a different precision (10.0 shares for a lot of 1); its raw value is not the
     * venue's.
     */
    private static long leavesRaw(Instrument instrument, Order order) {
        return order.leavesQuantity().withPrecision(instrument.sizePrecision(), Rounding.FLOOR).raw();
    }

    private long capRaw(Book book, long barVolumeRaw) {
        // Volume is stored at the series' size scale, which is the instrument's size precision.
        return (long) Math.floor(barVolumeRaw * config.volumeParticipation());
    }

    /**
     * The largest lot multiple whose value plus fee fits the order's budget at {@code px}; null if not
     * even the minimum quantity fits.
     */
    private Quantity resolveQuantity(Book book, Order order, long px, LiquiditySide liquidity) {
        Instrument instrument = book.instrument;
        Money budget = switch (order.request().quantity()) {
            case OrderQuantity.Notional n -> n.amount();
            case OrderQuantity.PercentOfEquity p -> {
                Money eq = account.equity();
                yield Money.of(eq.toBigDecimal().multiply(p.percent()).movePointLeft(2), eq.currency(), Rounding.FLOOR);
            }
            case OrderQuantity.Units u -> throw new IllegalStateException("units are resolved on creation");
        };
        if (budget.signum() <= 0) {
            return null;
        }
        Price price = new Price(px, instrument.pricePrecision());
        long lot = instrument.lotSize().raw();
        double unitValue = instrument.notional(price, instrument.lotSize(), Rounding.HALF_EVEN).toDouble();
        if (unitValue <= 0) {
            return null;
        }
        // The largest lot count whose value plus fee fits the budget. Start from an estimate that already
        // allows for the fee rate seen at the fee-free size, then step by whole lots with exact arithmetic;
        // if the estimate is far off (an unusual fee model), bisect.
        long free = (long) Math.floor(budget.toDouble() / unitValue);
        double feeShare = free <= 0 ? 0 : costOver(book, order, price, free * lot, liquidity, budget) / (free * unitValue);
        long n = Math.max(0, (long) Math.floor(budget.toDouble() / (unitValue * (1 + Math.max(0, feeShare)))));
        int steps = 0;
        while (n > 0 && costOver(book, order, price, n * lot, liquidity, budget) > 0 && steps++ < 3) {
            n--;
        }
        while (costOver(book, order, price, (n + 1) * lot, liquidity, budget) <= 0 && steps++ < 6) {
            n++;
        }
        if (n > 0 && costOver(book, order, price, n * lot, liquidity, budget) > 0
                || costOver(book, order, price, (n + 1) * lot, liquidity, budget) <= 0) {
            n = bisectLots(book, order, price, liquidity, budget, Math.max(free, n) + 1);
        }
        Quantity q = new Quantity(n * lot, instrument.sizePrecision());
        if (q.isZero() || q.compareTo(instrument.spec().minQuantity()) < 0) {
            return null;
        }
        return q;
    }

    /** The largest lot count in [0, hi] whose cost fits the budget (cost grows with quantity). */
    private long bisectLots(Book book, Order order, Price price, LiquiditySide liquidity, Money budget, long hi) {
        long lot = book.instrument.lotSize().raw();
        long lo = 0;
        while (lo < hi) {
            long mid = lo + (hi - lo + 1) / 2;
            if (costOver(book, order, price, mid * lot, liquidity, budget) <= 0) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * How much the value plus fee of {@code qtyRaw} at {@code price} exceeds the budget (as a double in
     * currency units; zero or negative means it fits). The comparison itself is exact, in raw units.
     */
    private double costOver(Book book, Order order, Price price, long qtyRaw, LiquiditySide liquidity, Money budget) {
        Instrument instrument = book.instrument;
        Quantity q = new Quantity(qtyRaw, instrument.sizePrecision());
        Money value = instrument.notional(price, q, Rounding.HALF_EVEN);
        Money fee = config.fees().fee(new FeeInput(instrument, order.side(), q, price, value, liquidity,
                Quantity.zero(instrument.sizePrecision()), Money.zero(value.currency())));
        long feeRaw = fee.currency().equals(budget.currency()) ? fee.raw() : 0;
        long over = Math.addExact(value.raw(), feeRaw) - budget.raw();
        return over / Math.pow(10, budget.currency().precision());
    }

    private void afterFill(Book book, WorkingOrder w, boolean complete, long ts) {
        Order order = w.order;
        if (order.contingency() == ContingencyType.OCO) {
            for (ClientOrderId sibling : order.linkedIds()) {
                WorkingOrder s = byId.get(sibling);
                if (s != null) {
                    cancelWorking(s, "OCO: " + order.id() + " filled", ts);
                }
            }
        }
        if (complete) {
            releaseChildren(w, ts);
        }
    }

    /**
     * An OTO parent has filled (or ended after filling part): its held children start working, from
     * the start of the data being matched ({@link Book#releaseFromNs}), so a child released mid-bar can
     * fill later in the same bar. A child without a quantity gets the parent's filled quantity; a
     * reduce-only child that cannot reduce is rejected now.
     */
    private void releaseChildren(WorkingOrder parent, long ts) {
        Order order = parent.order;
        if (order.contingency() != ContingencyType.OTO) {
            return;
        }
        Book book = book(order.instrumentId());
        for (ClientOrderId child : order.linkedIds()) {
            WorkingOrder c = byId.get(child);
            if (c == null || !c.held) {
                continue;
            }
            c.held = false;
            c.arrivalNs = Math.min(ts, book.releaseFromNs);
            if (c.order.quantity() == null) {
                c.order.resolveQuantity(order.filledQuantity());
            }
            String problem = c.order.request().reduceOnly() ? reduceOnlyProblem(c.order) : null;
            if (problem != null) {
                remove(book(c.order.instrumentId()), c);
                emit(new OrderRejected(c.order.id(), c.order.instrumentId(), problem, ts, now()));
                continue;
            }
            emit(new OrderAccepted(c.order.id(), c.order.instrumentId(), ts, now()));
        }
    }

    void trigger(WorkingOrder w, long ts) {
        w.triggered = true;
        if (!w.executesAsMarket()) {
            emit(new OrderTriggered(w.order.id(), w.order.instrumentId(), ts, now()));
        }
    }

    void moveTrailingTrigger(WorkingOrder w, long newTriggerRaw, long ts) {
        if (newTriggerRaw == w.triggerRaw) {
            return;
        }
        w.triggerRaw = newTriggerRaw;
        Book book = book(w.order.instrumentId());
        emit(new OrderUpdated(w.order.id(), w.order.instrumentId(), w.order.quantity(), w.order.price(),
                new Price(newTriggerRaw, book.instrument.pricePrecision()), ts, now()));
    }

    void cancelWorking(WorkingOrder w, String reason, long ts) {
        Book book = book(w.order.instrumentId());
        remove(book, w);
        emit(new OrderCanceled(w.order.id(), w.order.instrumentId(), reason, ts, now()));
        cancelHeldChildren(w, ts);
    }

    void expire(WorkingOrder w, long ts) {
        Book book = book(w.order.instrumentId());
        remove(book, w);
        emit(new OrderExpired(w.order.id(), w.order.instrumentId(), ts, now()));
        cancelHeldChildren(w, ts);
    }

    /**
     * An OTO parent ended (cancelled or expired). If part of it filled, the position it opened needs
     * its exits, so the children are released; otherwise they are cancelled.
     */
    private void cancelHeldChildren(WorkingOrder parent, long ts) {
        if (parent.order.contingency() != ContingencyType.OTO) {
            return;
        }
        if (!parent.order.filledQuantity().isZero()) {
            releaseChildren(parent, ts);
            return;
        }
        for (ClientOrderId child : parent.order.linkedIds()) {
            WorkingOrder c = byId.get(child);
            if (c != null && c.held) {
                remove(book(c.order.instrumentId()), c);
                emit(new OrderCanceled(c.order.id(), c.order.instrumentId(), "OTO parent " + parent.order.id()
                        + " ended without filling", ts, now()));
            }
        }
    }

    private void remove(Book book, WorkingOrder w) {
        book.working.remove(w);
        byId.remove(w.order.id());
    }

    private void emit(io.sextant.core.order.OrderEvent event) {
        events.on(event);
    }

    /** The trailing distance in raw price units at {@code referenceRaw}, or -1 while an ATR is not ready. */
    long trailingDistanceRaw(Book book, WorkingOrder w, long referenceRaw) {
        BigDecimal offset = w.order.request().trailingOffset();
        int pp = book.instrument.pricePrecision();
        long tick = book.instrument.tickSize().raw();
        double distance = switch (w.order.request().trailingOffsetType()) {
            case PRICE -> offset.doubleValue() * FixedPoint.pow10(pp);
            case PERCENT -> referenceRaw * offset.doubleValue() / 100.0;
            case ATR -> book.atr.isReady() ? offset.doubleValue() * book.atr.value() * FixedPoint.pow10(pp) : -1;
        };
        if (distance < 0) {
            return -1;
        }
        // Whole ticks, rounded to the nearest; at least one tick.
        return Math.max(tick, Math.round(distance / tick) * tick);
    }

    /** Orders held now, for tests and reconciliation. */
    public List<Order> workingOrders(InstrumentId id) {
        List<Order> out = new ArrayList<>();
        for (WorkingOrder w : book(id).working) {
            out.add(w.order);
        }
        return out;
    }
}
