package io.sextant.engine.venue;

import io.sextant.core.instrument.Equity;
import io.sextant.core.money.Price;
import io.sextant.core.order.LiquiditySide;
import io.sextant.core.order.OrderFilled;
import io.sextant.core.order.OrderRequest;
import io.sextant.core.order.OrderStatus;
import io.sextant.core.order.OrderUpdated;
import io.sextant.core.order.Side;
import io.sextant.core.order.TrailingOffsetType;
import io.sextant.engine.backtest.BacktestResult;
import io.sextant.engine.testing.Fixtures;
import io.sextant.engine.testing.ScriptedStrategy;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.sextant.engine.testing.Fixtures.units;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One hand-worked scenario per order type on daily bars. Each order is placed on bar 0's close (after
 * the strategy saw bar 0), so it can fill from bar 1 on. Bar i opens at day(i) and closes at day(i+1);
 * fills at the open carry day(i), intrabar fills day(i+1). The intrabar path is open, nearer extreme,
 * other extreme, close.
 */
class OrderTypeScenarioTest {
    static final Equity AAPL = Fixtures.equity("AAPL", "0.01", "1");

    /** A run and the strategy that recorded its events. */
    record Run(BacktestResult result, ScriptedStrategy strategy) {
        List<OrderFilled> fills() {
            return result.fills();
        }

        List<io.sextant.core.order.Order> orders() {
            return result.orders();
        }

        /** The trigger prices the venue reported, in order. */
        List<String> triggers() {
            return strategy.events(OrderUpdated.class).stream().map(u -> u.triggerPrice().toString()).toList();
        }
    }

    static Run placeOnBar0(VenueConfig venue, OrderRequest request, String... bars) {
        return placeOn(0, venue, request, bars);
    }

    static Run placeOn(int bar, VenueConfig venue, OrderRequest request, String... bars) {
        ScriptedStrategy s = new ScriptedStrategy((i, ctx) -> {
            if (i == bar) {
                ctx.orders().submit(request);
            }
        });
        return new Run(Fixtures.run(Fixtures.dailyBars(AAPL, bars), venue, s), s);
    }

    static Run placeOnBar0(OrderRequest request, String... bars) {
        return placeOnBar0(Fixtures.freeVenue(), request, bars);
    }

    static void assertFill(OrderFilled f, String price, long tsEvent, LiquiditySide side) {
        assertThat(f.lastPrice()).isEqualTo(Price.of(price));
        assertThat(f.tsEvent()).isEqualTo(tsEvent);
        assertThat(f.liquiditySide()).isEqualTo(side);
    }

    @Test
    void marketOrderSeenOnBar0FillsAtBar1OpenNotAtBar0Close() {
        // The strategy sees bar 0 (close 100.50) and buys; the order cannot trade at a price already seen:
        // it fills at bar 1's open 101.00, time day(1).
        Run r = placeOnBar0(OrderRequest.market(AAPL.id(), Side.BUY, units("10")),
                "100 101 99 100.50", "101 103 100 102");
        assertThat(r.fills()).hasSize(1);
        assertFill(r.fills().getFirst(), "101.00", Fixtures.day(1), LiquiditySide.TAKER);
    }

    @Test
    void signalCloseOptInFillsAtTheSignalBarClose() {
        // SIGNAL_CLOSE: the same order fills at bar 0's close 100.50, stamped with bar 0's close time day(1).
        Run r = placeOnBar0(Fixtures.freeVenue().withBarFillMode(BarFillMode.SIGNAL_CLOSE),
                OrderRequest.market(AAPL.id(), Side.BUY, units("10")), "100 101 99 100.50", "101 103 100 102");
        assertThat(r.fills()).hasSize(1);
        assertFill(r.fills().getFirst(), "100.50", Fixtures.day(1), LiquiditySide.TAKER);
    }

    @Test
    void limitBuyFillsAtItsPriceWhenTheBarTradesThrough() {
        // Buy limit 99.00; bar 1 O100 H101 L98.50: low 98.50 < 99.00 -> maker fill at 99.00, at bar 1's close time.
        Run r = placeOnBar0(OrderRequest.limit(AAPL.id(), Side.BUY, units("10"), Price.of("99.00")),
                "100 101 99.5 100", "100 101 98.50 99.50");
        assertFill(r.fills().getFirst(), "99.00", Fixtures.day(2), LiquiditySide.MAKER);
    }

    @Test
    void limitBuyOnlyTouchedDoesNotFillUnlessTouchFillsAreOn() {
        // Bar 1's low is exactly 99.00: through-fill rule -> no fill; touch-fill option -> fill at 99.00.
        String[] bars = {"100 101 99.5 100", "100 101 99.00 99.50"};
        OrderRequest buy = OrderRequest.limit(AAPL.id(), Side.BUY, units("10"), Price.of("99.00"));
        assertThat(placeOnBar0(buy, bars).fills()).isEmpty();
        Run touched = placeOnBar0(Fixtures.freeVenue().withLimitTouchFills(true), buy, bars);
        assertFill(touched.fills().getFirst(), "99.00", Fixtures.day(2), LiquiditySide.MAKER);
    }

    @Test
    void limitBuyWhoseBarOpensBelowItFillsAtTheOpen() {
        // Bar 1 gaps to 98.00 < limit 99.00: the order is marketable when it first works -> taker at the open 98.00.
        Run r = placeOnBar0(OrderRequest.limit(AAPL.id(), Side.BUY, units("10"), Price.of("99.00")),
                "100 101 99.5 100", "98 99.5 97 99");
        assertFill(r.fills().getFirst(), "98.00", Fixtures.day(1), LiquiditySide.TAKER);
    }

    @Test
    void stopMarketBuyFillsAtItsTrigger() {
        // Buy stop 102; bar 1 O100.50 H103: the high crosses 102 -> fills at the trigger 102.00.
        Run r = placeOnBar0(OrderRequest.stopMarket(AAPL.id(), Side.BUY, units("10"), Price.of("102")),
                "100 101 99 100", "100.50 103 100 102.50");
        assertFill(r.fills().getFirst(), "102.00", Fixtures.day(2), LiquiditySide.TAKER);
    }

    @Test
    void gapThroughAStopFillsAtTheOpenNotAtTheStop() {
        // Sell stop 98 under a long; bar 1 opens at 95 (gapped through) -> fills at 95.00, at the open time day(1).
        Run r = placeOnBar0(OrderRequest.stopMarket(AAPL.id(), Side.SELL, units("10"), Price.of("98")),
                "100 101 99 100", "95 96 94 95.50");
        assertFill(r.fills().getFirst(), "95.00", Fixtures.day(1), LiquiditySide.TAKER);
    }

    @Test
    void stopLimitTriggeredInsideTheBarFillsAtTheTrigger() {
        // Buy stop 102 limit 102.50; bar 1 reaches 102 on the way to 103: triggered, marketable (102 <= 102.50)
        // -> taker fill at 102.00.
        Run r = placeOnBar0(OrderRequest.stopLimit(AAPL.id(), Side.BUY, units("10"), Price.of("102"),
                Price.of("102.50")), "100 101 99 100", "100.50 103 100 101");
        assertFill(r.fills().getFirst(), "102.00", Fixtures.day(2), LiquiditySide.TAKER);
    }

    @Test
    void stopLimitGappedAboveItsLimitRestsAndFillsWhenThePriceComesBack() {
        // Bar 1 opens at 103 > limit 102.50: triggered at the open but not marketable, so it rests at 102.50.
        // Path: high 103.50 is nearer (0.50 vs 1.00), then low 102.00 < 102.50 -> maker fill at 102.50.
        Run r = placeOnBar0(OrderRequest.stopLimit(AAPL.id(), Side.BUY, units("10"), Price.of("102"),
                Price.of("102.50")), "100 101 99 100", "103 103.50 102 102.80");
        assertFill(r.fills().getFirst(), "102.50", Fixtures.day(2), LiquiditySide.MAKER);
        assertThat(r.orders().getFirst().status()).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    void marketIfTouchedBuyFillsAtItsTriggerBelowTheMarket() {
        // Buy MIT 99; bar 1 O100: high 100.50 first (0.50 away vs 2.00), then down to 98 crossing 99 -> 99.00 taker.
        Run r = placeOnBar0(OrderRequest.marketIfTouched(AAPL.id(), Side.BUY, units("10"),
                Price.of("99")), "100 101 99.5 100", "100 100.50 98 99.50");
        assertFill(r.fills().getFirst(), "99.00", Fixtures.day(2), LiquiditySide.TAKER);
    }

    @Test
    void limitIfTouchedBuyTriggersAtItsTriggerAndFillsAtItsLimit() {
        // Buy LIT trigger 99 limit 98.80; bar 1 O100 H100.20 L98.50: high first, then down: at 99 it becomes a
        // limit at 98.80 (not marketable at 99), rests, and 98.50 < 98.80 -> maker fill at 98.80.
        Run r = placeOnBar0(OrderRequest.limitIfTouched(AAPL.id(), Side.BUY, units("10"),
                Price.of("99"), Price.of("98.80")), "100 101 99.5 100", "100 100.20 98.50 99");
        assertFill(r.fills().getFirst(), "98.80", Fixtures.day(2), LiquiditySide.MAKER);
    }

    @Test
    void trailingStopByAbsoluteOffsetFollowsTheLowAndFillsAtItsLastTrigger() {
        // Buy trailing 2.00 placed at close 100 -> trigger 102. Bar 1 O99 (trigger 101) H99.50 L97 (trigger 99)
        // C98. Bar 2 O98.50 L98.40 first (0.10 away), no new low; then up to 100 crosses 99 -> fill at 99.00.
        Run r = placeOnBar0(OrderRequest.trailingStop(AAPL.id(), Side.BUY, units("10"),
                new BigDecimal("2.00"), TrailingOffsetType.PRICE),
                "100 101 99.5 100", "99 99.50 97 98", "98.50 100 98.40 99.80");
        assertFill(r.fills().getFirst(), "99.00", Fixtures.day(3), LiquiditySide.TAKER);
        assertThat(r.triggers()).containsExactly("102.00", "101.00", "99.00");
    }

    @Test
    void trailingStopByPercentOffsetMeasuresFromTheExtreme() {
        // Buy trailing 1 %: at close 100 -> 100 + 1.00 = 101.00; bar 1 open 99 -> 99 + 0.99 = 99.99; low 95 ->
        // 95 + 0.95 = 95.95; close 95.50 stays below. Bar 2 O95.80 L95.70 first (0.10 away; no new low), then
        // H96.50 crosses 95.95 -> fill at 95.95.
        Run r = placeOnBar0(OrderRequest.trailingStop(AAPL.id(), Side.BUY, units("10"),
                BigDecimal.ONE, TrailingOffsetType.PERCENT),
                "100 101 99.5 100", "99 99.20 95 95.50", "95.80 96.50 95.70 96");
        assertFill(r.fills().getFirst(), "95.95", Fixtures.day(3), LiquiditySide.TAKER);
        assertThat(r.triggers()).containsExactly("101.00", "99.99", "95.95");
    }

    @Test
    void trailingStopByAtrUsesTheAtrOfBarsClosedBeforeTheBarItMatches() {
        // 15 bars O100 H101 L99 C100: 14 true ranges of 2.00 -> ATR(14) = 2.00. A buy trailing 1.5 ATR placed on
        // bar 14's close: distance 3.00, trigger 103.00. Bar 15 O100 H103.50 L99.50 C103: low first (0.50 away):
        // new low 99.50 -> trigger 102.50; then up to 103.50 -> fill at 102.50. (With bar 15 in the ATR, as a
        // lookahead would have it: TR 4, ATR (2*13+4)/14 = 2.1429, distance 3.21, fill 102.71.)
        String[] bars = new String[16];
        java.util.Arrays.fill(bars, 0, 15, "100 101 99 100");
        bars[15] = "100 103.50 99.50 103";
        Run r = placeOn(14, Fixtures.freeVenue(), OrderRequest.trailingStop(AAPL.id(), Side.BUY, units("10"),
                new BigDecimal("1.5"), TrailingOffsetType.ATR), bars);
        assertFill(r.fills().getFirst(), "102.50", Fixtures.day(16), LiquiditySide.TAKER);
        assertThat(r.triggers()).containsExactly("103.00", "102.50");
    }

    @Test
    void marketOnOpenFillsAtTheNextSessionOpen() {
        Run r = placeOnBar0(OrderRequest.marketOnOpen(AAPL.id(), Side.BUY, units("10")),
                "100 101 99 100", "100.70 103 100 102");
        assertFill(r.fills().getFirst(), "100.70", Fixtures.day(1), LiquiditySide.TAKER);
    }

    @Test
    void marketOnCloseFillsAtTheNextSessionClose() {
        // Placed after bar 0 closed, it joins bar 1's closing auction: 102.00 at day(2).
        Run r = placeOnBar0(OrderRequest.marketOnClose(AAPL.id(), Side.BUY, units("10")),
                "100 101 99 100", "100.70 103 100 102");
        assertFill(r.fills().getFirst(), "102.00", Fixtures.day(2), LiquiditySide.TAKER);
    }

}
