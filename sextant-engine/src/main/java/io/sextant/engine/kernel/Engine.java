package io.sextant.engine.kernel;

import io.sextant.core.data.QuoteTick;
import io.sextant.core.data.TradeTick;
import io.sextant.core.id.StrategyId;
import io.sextant.core.order.OrderEvent;
import io.sextant.core.position.PositionEvent;
import io.sextant.core.time.Clock;
import io.sextant.core.time.TestClock;
import io.sextant.engine.data.BarEvent;
import io.sextant.engine.data.DataHub;
import io.sextant.engine.execution.ExecutionClient;
import io.sextant.engine.order.OrderManager;
import io.sextant.engine.portfolio.Portfolio;
import io.sextant.engine.risk.RiskEngine;
import io.sextant.engine.strategy.Strategy;
import io.sextant.engine.strategy.TimerEvent;
import io.sextant.engine.venue.SimulatedVenue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The engine: one single-threaded event loop shared by backtest, paper and live. A node feeds it
 * market data in time order; the engine hands each event to the simulated venue (when there is one)
 * to match working orders, marks the portfolio, updates history and indicators, and then calls the
 * strategies. Events strategies cause are queued and delivered after the callback returns.
 *
 * <p>Order at one timestamp: timers due strictly before it fire first (each at its own time), then
 * each data event in the node's order (venue, portfolio, indicators, strategies), then timers due
 * exactly at it ({@link #endOfTimestamp}).
 */
public final class Engine {
    private final Clock clock;
    private final TestClock testClock;
    private final DataHub data;
    private final Portfolio portfolio;
    private final RiskEngine risk;
    private final OrderManager orders;
    private final SimulatedVenue venue;
    private final Consumer<String> log;
    private final List<StrategySlot> slots = new ArrayList<>();
    private StrategySlot[] slotArray = new StrategySlot[0];
    private final Map<StrategyId, StrategySlot> byId = new HashMap<>();
    private final ArrayDeque<StrategySlot> inboxSlots = new ArrayDeque<>();
    private final ArrayDeque<Object> inboxEvents = new ArrayDeque<>();
    private StrategySlot lastPosted;
    private boolean started;
    private boolean timersDirty = true;
    private long cachedTimerDue;

    /**
     * @param clock     the clock everything reads; a {@link TestClock} is advanced by the engine as data arrives
     * @param data      market-data state
     * @param portfolio the account
     * @param risk      pre-trade risk
     * @param execution where orders go
     * @param venue     the simulated venue to feed with data, or null when orders go to a real venue
     * @param log       where strategy and engine messages go
     */
    public Engine(Clock clock, DataHub data, Portfolio portfolio, RiskEngine risk, ExecutionClient execution,
                  SimulatedVenue venue, Consumer<String> log) {
        this.clock = clock;
        this.testClock = clock instanceof TestClock t ? t : null;
        this.data = data;
        this.portfolio = portfolio;
        this.risk = risk;
        this.venue = venue;
        this.log = log;
        this.orders = new OrderManager(clock, risk, portfolio, execution, this::post);
        if (venue != null) {
            venue.connect(orders);
            portfolio.addSplitListener(venue::applySplit);
        }
    }

    public OrderManager orders() {
        return orders;
    }

    public Portfolio portfolio() {
        return portfolio;
    }

    public RiskEngine risk() {
        return risk;
    }

    public DataHub data() {
        return data;
    }

    public Clock clock() {
        return clock;
    }

    public void addStrategy(StrategyId id, Strategy strategy) {
        if (started) {
            throw new IllegalStateException("strategies must be added before the engine starts");
        }
        if (byId.containsKey(id)) {
            throw new IllegalArgumentException("strategy id " + id + " is already used");
        }
        StrategySlot slot = new StrategySlot(id, strategy, orders.api(id), data, portfolio, clock, log,
                () -> timersDirty = true);
        slots.add(slot);
        byId.put(id, slot);
        slotArray = slots.toArray(new StrategySlot[0]);
    }

    /** Calls every strategy's onStart. */
    public void start() {
        started = true;
        for (StrategySlot s : slotArray) {
            s.strategy.onStart(s);
            drain();
        }
    }

    /** Calls every strategy's onStop. */
    public void stop() {
        for (StrategySlot s : slotArray) {
            s.strategy.onStop();
            drain();
        }
    }

    private void advanceClock(long ts) {
        if (testClock != null && ts > testClock.timestampNs()) {
            testClock.advanceTo(ts);
        }
    }

    /** Fires timers due strictly before {@code ts}, each at its own time; call before the data at {@code ts}. */
    public void beforeTimestamp(long ts) {
        fireTimers(ts - 1);
    }

    /** Fires timers due at or before {@code ts}; call after all data at {@code ts}. */
    public void endOfTimestamp(long ts) {
        fireTimers(ts);
    }

    private void fireTimers(long upTo) {
        if (slotArray.length == 0) {
            return;
        }
        while (true) {
            StrategySlot next = null;
            long due = Long.MAX_VALUE;
            for (StrategySlot s : slotArray) {
                long d = s.timers.nextDue();
                if (d < due) {
                    due = d;
                    next = s;
                }
            }
            if (next == null || due > upTo) {
                return;
            }
            advanceClock(due);
            if (venue != null) {
                venue.advanceTo(due);
            }
            TimerService.Timer t = next.timers.pollDue(due);
            next.strategy.onTimer(new TimerEvent(t.name, t.dueNs, clock.timestampNs()));
            drain();
        }
    }

    /** The earliest timer due time over all strategies, or Long.MAX_VALUE; cached, as nodes ask every bar. */
    public long nextTimerDue() {
        if (!timersDirty) {
            return cachedTimerDue;
        }
        long due = Long.MAX_VALUE;
        for (StrategySlot s : slotArray) {
            due = Math.min(due, s.timers.nextDue());
        }
        cachedTimerDue = due;
        timersDirty = false;
        return due;
    }

    /** A bar closed: venue, marks, indicators, then strategies. */
    public void onBar(BarEvent bar) {
        advanceClock(bar.tsEvent());
        postAccountEvents(portfolio.beforeBar(bar));
        if (venue != null) {
            venue.onBar(bar);
            drain();
        }
        postAccountEvents(portfolio.afterBar(bar));
        data.onBar(bar);
        for (StrategySlot s : slotArray) {
            s.strategy.onBar(bar);
            if (!inboxEvents.isEmpty()) {
                drain();
            }
        }
    }

    public void onQuote(QuoteTick quote) {
        advanceClock(quote.tsEvent());
        if (venue != null) {
            venue.onQuote(quote);
            drain();
        }
        portfolio.onQuote(quote);
        data.onQuote(quote);
        for (StrategySlot s : slotArray) {
            s.strategy.onQuote(quote);
            drain();
        }
    }

    public void onTrade(TradeTick trade) {
        advanceClock(trade.tsEvent());
        if (venue != null) {
            venue.onTrade(trade);
            drain();
        }
        portfolio.mark(trade.instrumentId(), trade.price().raw());
        data.onTrade(trade);
        for (StrategySlot s : slotArray) {
            s.strategy.onTrade(trade);
            drain();
        }
    }

    /** Account events no order caused (liquidations, splits) go to every strategy: the account is shared. */
    private void postAccountEvents(List<PositionEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        for (PositionEvent e : events) {
            orders.accountEvent(e);
            for (StrategySlot s : slotArray) {
                inboxSlots.add(s);
                inboxEvents.add(e);
            }
        }
        drain();
    }

    private void post(StrategyId id, Object event) {
        // An order's events come in runs for one strategy: keep the last slot rather than hash each time.
        StrategySlot s = lastPosted;
        if (s == null || s.id != id) {
            s = byId.get(id);
            if (s == null) {
                throw new IllegalStateException("event for unknown strategy " + id);
            }
            lastPosted = s;
        }
        inboxSlots.add(s);
        inboxEvents.add(event);
    }

    /** Delivers queued events until none is left (a callback may queue more). */
    private void drain() {
        while (!inboxEvents.isEmpty()) {
            StrategySlot s = inboxSlots.poll();
            Object e = inboxEvents.poll();
            switch (e) {
                case OrderEvent oe -> s.strategy.onOrderEvent(oe);
                case PositionEvent pe -> s.strategy.onPositionEvent(pe);
                default -> throw new IllegalStateException("unexpected event " + e);
            }
        }
    }
}
