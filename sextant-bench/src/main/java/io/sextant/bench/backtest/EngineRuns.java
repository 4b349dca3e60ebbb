package io.sextant.bench.backtest;

import io.sextant.core.data.BarType;
import io.sextant.core.data.PriceType;
import io.sextant.core.data.Timeframe;
import io.sextant.core.id.InstrumentId;
import io.sextant.core.id.StrategyId;
import io.sextant.core.instrument.Equity;
import io.sextant.core.instrument.InstrumentSpec;
import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.order.OrderFilled;
import io.sextant.core.order.Side;
import io.sextant.core.time.Nanos;
import io.sextant.data.series.BarSeries;
import io.sextant.data.series.SeriesData;
import io.sextant.engine.backtest.BacktestNode;
import io.sextant.engine.backtest.BacktestResult;
import io.sextant.engine.backtest.BacktestSeries;
import io.sextant.engine.backtest.ResultDetail;
import io.sextant.engine.portfolio.AccountConfig;
import io.sextant.engine.strategy.Strategy;
import io.sextant.engine.venue.PercentFee;
import io.sextant.engine.venue.VenueConfig;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How the benchmarks run the engine: USD equities on venue SIM (tick 0.01, lot 1, matching
 * {@link io.sextant.bench.SyntheticBars}), a cash account, next-open fills, a 0.1 % fee (half-up to
 * the cent), no slippage, latency or volume cap, and trading days ending at 00:00 UTC.
 */
public final class EngineRuns {
    /** Starting cash: 100,000.00 USD. */
    public static final long CASH_CENTS = 10_000_000;
    /** The fee rate: 0.1 % of each fill's value. */
    public static final BigDecimal FEE_RATE = new BigDecimal("0.001");

    private EngineRuns() {
    }

    /** A synthetic series as the engine's input for an equity named {@code symbol}. */
    public static BacktestSeries series(String symbol, SeriesData data, Timeframe timeframe) {
        Equity equity = new Equity(InstrumentSpec.of(InstrumentId.of(symbol, "SIM"), Currency.USD, "0.01", "1"));
        return new BacktestSeries(equity, new BarType(equity.id(), timeframe, PriceType.LAST), BarSeries.of(data),
                ts -> Math.floorDiv(ts, Nanos.PER_DAY) * Nanos.PER_DAY + Nanos.PER_DAY);
    }

    /** Runs one strategy over the series with the account and venue above, keeping every order; log lines are dropped. */
    public static BacktestResult run(List<BacktestSeries> series, Strategy strategy) {
        return run(series, strategy, ResultDetail.FULL);
    }

    /** Runs one strategy over the series with the account and venue above; log lines are dropped. */
    public static BacktestResult run(List<BacktestSeries> series, Strategy strategy, ResultDetail detail) {
        BacktestNode node = new BacktestNode(series, AccountConfig.cash(new Money(CASH_CENTS, Currency.USD)),
                VenueConfig.defaults(PercentFee.of(FEE_RATE)), line -> {
                }).detail(detail);
        return node.run(Map.of(StrategyId.of("bench"), strategy));
    }

    /**
     * The engine's fills on one series as round trips (an all-in buy then a full sell), with bar
     * indices found from the fill times: next-open fills carry the bar's open time.
     */
    static List<Trade> trades(BacktestResult result, long[] tsOpen) {
        List<Trade> trades = new ArrayList<>();
        OrderFilled buy = null;
        for (OrderFilled f : result.fills()) {
            if (f.side() == Side.BUY) {
                buy = f;
            } else {
                trades.add(new Trade(barAt(tsOpen, buy.tsEvent()), buy.lastPrice().raw(), buy.lastQuantity().raw(),
                        barAt(tsOpen, f.tsEvent()), f.lastPrice().raw()));
                buy = null;
            }
        }
        if (buy != null) {
            trades.add(new Trade(barAt(tsOpen, buy.tsEvent()), buy.lastPrice().raw(), buy.lastQuantity().raw(), -1, 0));
        }
        return trades;
    }

    private static int barAt(long[] tsOpen, long ts) {
        int i = Arrays.binarySearch(tsOpen, ts);
        if (i < 0) {
            throw new IllegalStateException("a fill at " + ts + " is not at a bar's open");
        }
        return i;
    }
}
