package io.sextant.engine.backtest;

import io.sextant.core.data.QuoteTick;
import io.sextant.core.id.StrategyId;
import io.sextant.core.instrument.Equity;
import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;
import io.sextant.core.order.OrderQuantity;
import io.sextant.core.order.OrderRequest;
import io.sextant.core.order.Side;
import io.sextant.core.time.Nanos;
import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.LongColumn;
import io.sextant.data.series.QuoteSeries;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKind;
import io.sextant.engine.data.BarEvent;
import io.sextant.engine.portfolio.AccountConfig;
import io.sextant.engine.strategy.Strategy;
import io.sextant.engine.strategy.StrategyContext;
import io.sextant.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TickStreamTest {
    private final Equity aapl = Fixtures.equity("AAPL", "0.01", "1");

    private QuoteSeries quotes(long[] ts, long[] bid, long[] ask) {
        return QuoteSeries.of(new SeriesData(SeriesKind.QUOTES, List.of(new LongColumn(ColumnNames.TS, ts, 0),
                new LongColumn(ColumnNames.BID, bid, 2), new LongColumn(ColumnNames.ASK, ask, 2))));
    }

    @Test
    void quotesAreMergedWithBarsByTimeAndAMarketOrderCrossesTheSpreadOfTheNextQuote() {
        long day1 = Fixtures.day(1);
        // Bar 0 closes at day 1 00:00; quotes at day 1 + 1 s, 2 s, 3 s, and one exactly at the close of bar 1.
        QuoteSeries q = quotes(new long[]{day1 + Nanos.PER_SECOND, day1 + 2 * Nanos.PER_SECOND,
                        day1 + 3 * Nanos.PER_SECOND, Fixtures.day(2)},
                new long[]{9_998, 10_000, 10_010, 10_020}, new long[]{10_002, 10_004, 10_014, 10_024});
        var bars = Fixtures.dailyBars(aapl, "100 101 99 100", "100 101 99 100.20");
        List<String> seen = new ArrayList<>();
        Strategy s = new Strategy() {
            StrategyContext ctx;

            @Override
            public void onStart(StrategyContext context) {
                ctx = context;
            }

            @Override
            public void onBar(BarEvent bar) {
                seen.add("bar " + bar.closePrice());
            }

            @Override
            public void onQuote(QuoteTick quote) {
                seen.add("quote " + quote.bid() + "/" + quote.ask());
                if (seen.size() == 2) {
                    ctx.orders().submit(OrderRequest.market(aapl.id(), Side.BUY, OrderQuantity.units(Quantity.of(10))));
                }
            }
        };
        BacktestResult r = new BacktestNode(List.of(bars), AccountConfig.cash(Money.of("100000", Currency.USD)),
                Fixtures.freeVenue(), line -> { })
                .ticks(TickStream.quotes(aapl, q, bars.dayEnd()))
                .run(Map.of(StrategyId.of("s"), s));

        // At day 2 00:00 bar 1 closes and a quote arrives: the bar comes first (the tie rule).
        assertThat(seen).containsExactly("bar 100.00", "quote 99.98/100.02", "quote 100.00/100.04",
                "quote 100.10/100.14", "bar 100.20", "quote 100.20/100.24");
        // Placed on the first quote, filled at the ask of the next quote (100.04): it arrived after the first.
        assertThat(r.fills()).singleElement().satisfies(f -> {
            assertThat(f.lastPrice()).isEqualTo(Price.of("100.04"));
            assertThat(f.tsEvent()).isEqualTo(day1 + 2 * Nanos.PER_SECOND);
        });
        // One equity step per distinct time: bar 0, three quotes, then bar 1 and the last quote together.
        assertThat(r.equity().size()).isEqualTo(5);
        // Last mark: the quote mid (100.20 + 100.24) / 2 = 100.22. Cash 100000 - 1000.40 = 98999.60; equity
        // 98999.60 + 10 x 100.22 = 100001.80.
        assertThat(r.equity().equityRaw(4)).isEqualTo(10_000_180);
    }
}
