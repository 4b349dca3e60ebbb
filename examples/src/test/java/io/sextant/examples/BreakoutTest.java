package io.sextant.examples;

import io.sextant.core.id.StrategyId;
import io.sextant.core.instrument.Equity;
import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.money.Price;
import io.sextant.core.order.Side;
import io.sextant.engine.backtest.BacktestNode;
import io.sextant.engine.backtest.BacktestResult;
import io.sextant.engine.backtest.RoundTrip;
import io.sextant.engine.portfolio.AccountConfig;
import io.sextant.engine.testing.Fixtures;
import io.sextant.engine.venue.PercentFee;
import io.sextant.engine.venue.VenueConfig;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BreakoutTest {

    @Test
    void buysTheBreakoutAndSellsTheBreakdownAtTheNextOpens() {
        Equity x = Fixtures.equity("X", "0.01", "1");
        var bars = Fixtures.dailyBars(x,
                "10 11 9 10",          // 0  warm-up
                "10 11 9 10",          // 1  warm-up
                "10 11 9 10",          // 2  warm-up
                "10 12 10 11.5",       // 3  close 11.5 > highest high of bars 0-2 (11): buy
                "12 13 11 12.5",       // 4  filled at the open, 12.00; 12.5 >= lowest low of bars 2-3 (9): hold
                "12 12 10 10.5",       // 5  10.5 >= lowest low of bars 3-4 (10): hold
                "10 11 9 9.5",         // 6  9.5 < lowest low of bars 4-5 (10): sell
                "9 10 8 9");           // 7  sold at the open, 9.00
        BacktestResult r = new BacktestNode(List.of(bars), AccountConfig.cash(Money.of("1000", Currency.USD)),
                VenueConfig.defaults(PercentFee.of(BigDecimal.ZERO)), line -> { })
                .run(Map.of(StrategyId.of("b"), new Breakout(new Breakout.Config(3, 2))));

        assertThat(r.fills()).hasSize(2);
        assertThat(r.fills().get(0).side()).isEqualTo(Side.BUY);
        assertThat(r.fills().get(0).lastPrice()).isEqualTo(Price.of("12.00"));
        assertThat(r.fills().get(0).tsEvent()).isEqualTo(Fixtures.day(4));
        assertThat(r.fills().get(1).lastPrice()).isEqualTo(Price.of("9.00"));
        assertThat(r.fills().get(1).tsEvent()).isEqualTo(Fixtures.day(7));
        // All of 1000 at 12.00 without fees: floor(83.3) = 83 shares; (9 - 12) x 83 = -249.
        RoundTrip trip = r.trades().getFirst();
        assertThat(trip.quantity()).isEqualByComparingTo("83");
        assertThat(trip.netPnl()).isEqualTo(Money.of("-249", Currency.USD));
        assertThat(r.equity().equityRaw(r.equity().size() - 1)).isEqualTo(75_100); // 1000 - 249 = 751.00
    }

    @Test
    void channelsMustHoldABar() {
        assertThatThrownBy(() -> new Breakout.Config(0, 5)).hasMessage("entry must be at least 1, was 0");
        assertThatThrownBy(() -> new Breakout.Config(5, 0)).hasMessage("exit must be at least 1, was 0");
    }
}
