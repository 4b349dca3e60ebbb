package io.sextant.engine.backtest;

import io.sextant.core.id.StrategyId;
import io.sextant.core.instrument.Instrument;
import io.sextant.core.money.Currency;
import io.sextant.core.time.TestClock;
import io.sextant.data.series.BarSeries;
import io.sextant.engine.data.BarEvent;
import io.sextant.engine.data.DataHub;
import io.sextant.engine.kernel.Engine;
import io.sextant.engine.portfolio.AccountConfig;
import io.sextant.engine.portfolio.Portfolio;
import io.sextant.engine.risk.RiskEngine;
import io.sextant.engine.strategy.Strategy;
import io.sextant.engine.venue.BarFillMode;
import io.sextant.engine.venue.SimulatedVenue;
import io.sextant.engine.venue.VenueConfig;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Runs strategies over bar series through the {@link Engine} and a {@link SimulatedVenue}.
 *
 * <p>Merge and tie rule: bars are delivered in order of their close time, ticks at their time; at one
 * timestamp, bars first in the order the series were given, then ticks in the order the streams
 * were added. Equity is recorded once per distinct close
 * time, after its bars and timers. Bars before the trading start warm up indicators and history;
 * orders placed then are denied. After each time step the risk engine is told the equity (it drives
 * the daily loss kill switch).
 */
public final class BacktestNode {
    private final List<BacktestSeries> series;
    private final AccountConfig account;
    private final VenueConfig venueConfig;
    private final Consumer<String> log;
    private final List<TickStream> ticks = new ArrayList<>();
    private long tradingStartNs = Long.MIN_VALUE;
    private ResultDetail detail = ResultDetail.FULL;
    private Consumer<RiskEngine> riskSetup = r -> {
    };
    private Consumer<Portfolio> portfolioSetup = p -> {
    };

    public BacktestNode(List<BacktestSeries> series, AccountConfig account, VenueConfig venueConfig,
                        Consumer<String> log) {
        Objects.requireNonNull(series, "series");
        this.series = List.copyOf(series);
        this.account = account;
        this.venueConfig = venueConfig;
        this.log = log;
    }

    /** Bars closing before {@code ns} only warm up; trading and equity recording start at it. */
    public BacktestNode tradingStart(long ns) {
        this.tradingStartNs = ns;
        return this;
    }

    /**
     * Adds a stream of quote or trade ticks, merged with the bars by time. At one timestamp bars are
     * delivered first (a bar closing at t holds what happened before t), then ticks, in the order the
     * streams were added.
     */
    public BacktestNode ticks(TickStream stream) {
        ticks.add(stream);
        return this;
    }

    /** How much of the run the result keeps; {@link ResultDetail#FULL} unless set. */
    public BacktestNode detail(ResultDetail detail) {
        this.detail = Objects.requireNonNull(detail, "detail");
        return this;
    }

    /** Configures the risk engine (limits, state) before the run starts. */
    public BacktestNode risk(Consumer<RiskEngine> setup) {
        this.riskSetup = setup;
        return this;
    }

    /**
     * Configures the account once its instruments are added: funding rates, corporate actions, FX rates
     * not in the run ({@code p -> p.addFundingRates(id, rates)}).
     */
    public BacktestNode portfolio(Consumer<Portfolio> setup) {
        this.portfolioSetup = setup;
        return this;
    }

    /** Runs the strategies (id to instance, started in map order) and returns what happened. */
    public BacktestResult run(Map<StrategyId, Strategy> strategies) {
        long start = Long.MAX_VALUE;
        int totalBars = 0;
        if (series.isEmpty() && ticks.isEmpty()) {
            throw new IllegalArgumentException("a backtest needs at least one bar series or tick stream");
        }
        for (BacktestSeries s : series) {
            if (s.bars().size() > 0) {
                start = Math.min(start, s.bars().tsOpen()[0]);
            }
            totalBars += s.bars().size();
        }
        for (TickStream t : ticks) {
            t.rewind();
            start = Math.min(start, t.nextTs());
            totalBars += t.size();
        }
        TestClock clock = new TestClock(start == Long.MAX_VALUE ? 0 : start);
        DataHub data = new DataHub();
        Portfolio portfolio = new Portfolio(account);
        RiskEngine risk = new RiskEngine(portfolio);
        risk.setTradingStart(tradingStartNs);
        riskSetup.accept(risk);
        SimulatedVenue venue = new SimulatedVenue(venueConfig, clock, portfolio);
        Engine engine = new Engine(clock, data, portfolio, risk, venue, venue, log);
        if (venueConfig.barFillMode() == BarFillMode.SIGNAL_CLOSE) {
            log.accept("WARNING: fills at the signal bar's close (--fill-at close): optimistic, the strategy saw the"
                    + " price it trades at");
        }
        if (venueConfig.volumeParticipation() == 0) {
            log.accept("note: no volume cap, so any order size fills in full (optimistic for large orders)");
        }
        List<Instrument> instruments = new ArrayList<>();
        BarEvent[] events = new BarEvent[series.size()];
        for (int i = 0; i < series.size(); i++) {
            BacktestSeries s = series.get(i);
            Instrument inst = s.instrument();
            instruments.add(inst);
            data.addInstrument(inst);
            portfolio.addInstrument(inst);
            venue.addInstrument(inst, s.dayEnd());
            events[i] = new BarEvent(inst, s.type(), s.bars().priceScale(), s.bars().volumeScale());
            data.attachBars(events[i]);
        }
        for (TickStream t : ticks) {
            Instrument inst = t.instrument();
            if (!instruments.contains(inst)) {
                instruments.add(inst);
                data.addInstrument(inst);
                portfolio.addInstrument(inst);
                venue.addInstrument(inst, t.dayEnd());
            }
        }
        portfolioSetup.accept(portfolio);
        RoundTripTracker tracker = new RoundTripTracker(portfolio, instruments, detail == ResultDetail.FULL);
        boolean full = detail == ResultDetail.FULL;
        if (!full) {
            engine.orders().forgetFinishedOrders();
        }
        RunLog runLog = new RunLog(portfolio.baseCurrency(), full);
        engine.orders().addListener(runLog);
        engine.orders().addListener(tracker);
        strategies.forEach(engine::addStrategy);
        double initialEquity = portfolio.equity().toDouble();
        risk.onEquity(clock.timestampNs(), portfolio.equityRaw());
        engine.start();
        Currency base = portfolio.baseCurrency();
        EquityCurve curve;
        if (series.size() == 1 && ticks.isEmpty()) {
            BarSeries bars = series.get(0).bars();
            curve = EquityCurve.alongBars(base, bars.tsClose(), firstAtOrAfter(bars.tsClose(), tradingStartNs));
            runSingle(engine, portfolio, tracker, curve, events[0], bars, base);
        } else {
            curve = new EquityCurve(base, totalBars / Math.max(1, series.size()) + 1);
            runMerged(engine, portfolio, tracker, curve, events, base, instruments);
        }
        engine.stop();
        List<RoundTrip> trips = List.copyOf(tracker.closed());
        BacktestStats stats = BacktestStats.of(curve, initialEquity, tracker.tally(), runLog.baseFees);
        return new BacktestResult(List.copyOf(engine.orders().allOrders()), new LinkedHashMap<>(runLog.reasons),
                List.copyOf(runLog.fills), List.copyOf(runLog.positions), trips, curve, stats);
    }

    /** The index of the first time at or after {@code ns} in ascending {@code times}. */
    private static int firstAtOrAfter(long[] times, long ns) {
        int lo = 0;
        int hi = times.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] < ns) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void runSingle(Engine engine, Portfolio portfolio, RoundTripTracker tracker, EquityCurve curve,
                           BarEvent event, BarSeries bars, Currency base) {
        long[] tsOpen = bars.tsOpen();
        long[] tsClose = bars.tsClose();
        long[] open = bars.open();
        long[] high = bars.high();
        long[] low = bars.low();
        long[] close = bars.close();
        long[] volume = bars.hasVolume() ? bars.volume() : null;
        long tradingStart = tradingStartNs;
        for (int i = 0, n = bars.size(); i < n; i++) {
            long ts = tsClose[i];
            boolean timers = engine.nextTimerDue() <= ts;
            if (timers) {
                engine.beforeTimestamp(ts);
            }
            event.set(tsOpen[i], ts, open[i], high[i], low[i], close[i], volume == null ? 0 : volume[i]);
            engine.onBar(event);
            tracker.onBar(0, event.high(), event.low());
            if (timers || engine.nextTimerDue() <= ts) {
                engine.endOfTimestamp(ts);
            }
            long equity = portfolio.equityRaw();
            engine.risk().onEquity(ts, equity);
            if (ts >= tradingStart) {
                curve.record(ts, equity, portfolio.balanceRaw(base), portfolio.hasOpenPositions());
            }
        }
    }

    private void runMerged(Engine engine, Portfolio portfolio, RoundTripTracker tracker, EquityCurve curve,
                           BarEvent[] events, Currency base, List<Instrument> instruments) {
        int[] tickIndex = new int[ticks.size()];
        for (int j = 0; j < ticks.size(); j++) {
            tickIndex[j] = instruments.indexOf(ticks.get(j).instrument());
        }
        int k = series.size();
        int[] pos = new int[k];
        BarSeries[] bars = new BarSeries[k];
        for (int i = 0; i < k; i++) {
            bars[i] = series.get(i).bars();
        }
        while (true) {
            long ts = Long.MAX_VALUE;
            for (int i = 0; i < k; i++) {
                if (pos[i] < bars[i].size()) {
                    ts = Math.min(ts, bars[i].tsClose()[pos[i]]);
                }
            }
            for (TickStream t : ticks) {
                ts = Math.min(ts, t.nextTs());
            }
            if (ts == Long.MAX_VALUE) {
                return;
            }
            engine.beforeTimestamp(ts);
            for (int i = 0; i < k; i++) {
                BarSeries b = bars[i];
                int p = pos[i];
                if (p < b.size() && b.tsClose()[p] == ts) {
                    events[i].set(b.tsOpen()[p], ts, b.open()[p], b.high()[p], b.low()[p], b.close()[p],
                            b.hasVolume() ? b.volume()[p] : 0);
                    engine.onBar(events[i]);
                    tracker.onBar(i, events[i].high(), events[i].low());
                    pos[i] = p + 1;
                }
            }
            for (int j = 0; j < tickIndex.length; j++) {
                TickStream t = ticks.get(j);
                while (t.nextTs() == ts) {
                    double price = t.deliverNext(engine);
                    tracker.onBar(tickIndex[j], price, price);
                }
            }
            engine.endOfTimestamp(ts);
            long equity = portfolio.equityRaw();
            engine.risk().onEquity(ts, equity);
            if (ts >= tradingStartNs) {
                curve.record(ts, equity, portfolio.balanceRaw(base), portfolio.hasOpenPositions());
            }
        }
    }
}
