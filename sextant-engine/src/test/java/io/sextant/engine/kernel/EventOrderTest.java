package io.sextant.engine.kernel;

import io.sextant.core.id.StrategyId;
import io.sextant.core.instrument.Equity;
import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.money.Quantity;
import io.sextant.core.order.OrderEvent;
import io.sextant.core.order.OrderQuantity;
import io.sextant.core.order.OrderRequest;
import io.sextant.core.order.Side;
import io.sextant.core.position.PositionEvent;
import io.sextant.core.time.Nanos;
import io.sextant.engine.backtest.BacktestNode;
import io.sextant.engine.data.BarEvent;
import io.sextant.engine.portfolio.AccountConfig;
import io.sextant.engine.strategy.Schedule;
import io.sextant.engine.strategy.Strategy;
import io.sextant.engine.strategy.StrategyContext;
import io.sextant.engine.strategy.TimerEvent;
import io.sextant.engine.testing.Fixtures;
import io.sextant.engine.venue.FeeModel;
import io.sextant.engine.venue.VenueConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The order of callbacks the engine promises (decision 0006). */
class EventOrderTest {
    private final Equity aapl = Fixtures.equity("AAPL", "0.01", "1");

    /** Records every callback as a line. */
    private final class Recorder implements Strategy {
        final List<String> log = new ArrayList<>();
        StrategyContext ctx;

        @Override
        public void onStart(StrategyContext context) {
            ctx = context;
            context.timers().at("at-day-2-noon", Fixtures.day(2) + 12 * Nanos.PER_HOUR);
            context.timers().at("at-close-of-bar-0", Fixtures.day(1));
            context.timers().every("every-36h", Duration.ofHours(36));
        }

        @Override
        public void onBar(BarEvent bar) {
            int i = (int) ((bar.tsOpen() - Fixtures.day(0)) / Nanos.PER_DAY);
            log.add("bar " + i + " @" + (bar.tsEvent() - Fixtures.day(0)) / Nanos.PER_HOUR + "h");
            if (i == 0) {
                ctx.orders().submit(OrderRequest.market(aapl.id(), Side.BUY, OrderQuantity.units(Quantity.of(1))));
                log.add("submitted");
            }
        }

        @Override
        public void onOrderEvent(OrderEvent event) {
            String name = event.getClass().getSimpleName();
            log.add(name + " @" + (event.tsEvent() - Fixtures.day(0)) / Nanos.PER_HOUR + "h");
        }

        @Override
        public void onPositionEvent(PositionEvent event) {
            log.add("position " + event.kind());
        }

        @Override
        public void onTimer(TimerEvent event) {
            log.add("timer " + event.name() + " @" + (event.tsEvent() - Fixtures.day(0)) / Nanos.PER_HOUR + "h");
        }
    }

    @Test
    void venueFillsBeforeTheBarTimersAtTheirTimesAndEventsAfterTheCallback() {
        var bars = Fixtures.dailyBars(aapl, "10 11 9 10", "11 12 10 11", "12 13 11 12");
        Recorder r = new Recorder();
        new BacktestNode(List.of(bars), AccountConfig.cash(Money.of("1000", Currency.USD)),
                VenueConfig.defaults(FeeModel.NONE), line -> { }).run(Map.of(StrategyId.of("r"), r));

        assertThat(r.log).containsExactly(
                // Bar 0 closes at 24h; the strategy's order events come after its callback returns.
                "bar 0 @24h", "submitted",
                "OrderInitialized @24h", "OrderSubmitted @24h", "OrderAccepted @24h",
                // A timer due exactly at a bar's close fires after that bar.
                "timer at-close-of-bar-0 @24h",
                // The 36h timer is due before bar 1 closes (48h): it fires first, at its own time.
                "timer every-36h @36h",
                // Bar 1: the venue fills at bar 1's open (24h) before the strategy sees bar 1.
                "OrderFilled @24h", "position OPENED", "bar 1 @48h",
                "timer at-day-2-noon @60h",
                "bar 2 @72h", "timer every-36h @72h");
    }

    @Test
    void monthEndTimerFiresAfterTheMonthsLastDailyBar() {
        // 40 daily bars from 2024-01-01: January's last bar closes at 2024-02-01 00:00, the month end.
        String[] rows = new String[40];
        java.util.Arrays.fill(rows, "10 11 9 10");
        var bars = Fixtures.dailyBars(aapl, rows);
        List<String> log = new ArrayList<>();
        Strategy s = new Strategy() {
            @Override
            public void onStart(StrategyContext ctx) {
                ctx.timers().schedule("rebalance", Schedule.monthEnd(ZoneOffset.UTC));
            }

            @Override
            public void onBar(BarEvent bar) {
                log.add("bar " + Nanos.format(bar.tsOpen()).substring(0, 10));
            }

            @Override
            public void onTimer(TimerEvent event) {
                log.add("timer " + Nanos.format(event.tsEvent()).substring(0, 10));
            }
        };
        new BacktestNode(List.of(bars), AccountConfig.cash(Money.of("1000", Currency.USD)),
                VenueConfig.defaults(FeeModel.NONE), line -> { }).run(Map.of(StrategyId.of("m"), s));
        int timer = log.indexOf("timer 2024-02-01");
        assertThat(timer).isPositive();
        assertThat(log.get(timer - 1)).isEqualTo("bar 2024-01-31");
        assertThat(log.get(timer + 1)).isEqualTo("bar 2024-02-01");
    }

}
