package io.sextant.engine.venue;

import io.sextant.core.money.Price;
import io.sextant.core.order.OrderRequest;
import io.sextant.core.order.Side;
import org.junit.jupiter.api.Test;

import static io.sextant.engine.testing.Fixtures.freeVenue;
import static io.sextant.engine.testing.Fixtures.units;
import static io.sextant.engine.venue.OrderTypeScenarioTest.AAPL;
import static io.sextant.engine.venue.OrderTypeScenarioTest.placeOnBar0;
import static org.assertj.core.api.Assertions.assertThat;

/** Taker fills slip against the trader, in whole ticks, and never outside the bar's range; makers do not slip. */
class SlippageTest {

    static Price buyAtOpen(SlippageModel model, String quantity, String bar1) {
        return placeOnBar0(freeVenue().withSlippage(model), OrderRequest.market(AAPL.id(), Side.BUY, units(quantity)),
                "100 101 99 100", bar1).fills().getFirst().lastPrice();
    }

    @Test
    void fixedTicksMoveABuyUp() {
        // Open 100.00 + 2 ticks of 0.01 = 100.02.
        assertThat(buyAtOpen(SlippageModel.fixedTicks(2), "10", "100 101 99 100")).isEqualTo(Price.of("100.02"));
    }

    @Test
    void slippageIsClampedIntoTheBarsRange() {
        // Open 100.00 + 5 ticks = 100.05, but the bar's high is 100.03: the fill is 100.03.
        assertThat(buyAtOpen(SlippageModel.fixedTicks(5), "10", "100 100.03 99 100")).isEqualTo(Price.of("100.03"));
    }

    @Test
    void basisPointsRoundUpToWholeTicks() {
        // 10 bp of 100.00 = 0.10 -> 100.10; 7 bp of 100.00 = 0.07 -> 100.07; 2.5 bp = 0.025 -> 3 ticks -> 100.03.
        assertThat(buyAtOpen(SlippageModel.basisPoints(10), "10", "100 101 99 100")).isEqualTo(Price.of("100.10"));
        assertThat(buyAtOpen(SlippageModel.basisPoints(2.5), "10", "100 101 99 100")).isEqualTo(Price.of("100.03"));
    }

    @Test
    void volumeShareGrowsWithTheSquareOfTheShare() {
        // 100 of volume 1000: share 0.1, impact 0.1 * 0.1^2 * 100.00 = 0.10 -> 100.10.
        // 300 of 1000: share 0.3, 0.1 * 0.09 * 100 = 0.90 -> 100.90.
        assertThat(buyAtOpen(SlippageModel.volumeShare(0.1), "100", "100 101 99 100 1000")).isEqualTo(Price.of("100.10"));
        assertThat(buyAtOpen(SlippageModel.volumeShare(0.1), "300", "100 101 99 100 1000")).isEqualTo(Price.of("100.90"));
    }

    @Test
    void aSellStopGappingDownSlipsDownButNotBelowTheLow() {
        // Sell stop 98, bar 1 opens 95.00: gap fill at the open, minus 5 ticks = 94.95, clamped to the low 94.98.
        var r = placeOnBar0(freeVenue().withSlippage(SlippageModel.fixedTicks(5)),
                OrderRequest.stopMarket(AAPL.id(), Side.SELL, units("10"), Price.of("98")),
                "100 101 99 100", "95 96 94.98 95.50");
        assertThat(r.fills().getFirst().lastPrice()).isEqualTo(Price.of("94.98"));
    }

    @Test
    void restingLimitFillsDoNotSlip() {
        var r = placeOnBar0(freeVenue().withSlippage(SlippageModel.fixedTicks(5)),
                OrderRequest.limit(AAPL.id(), Side.BUY, units("10"), Price.of("99")),
                "100 101 99.5 100", "100 101 98 100");
        assertThat(r.fills().getFirst().lastPrice()).isEqualTo(Price.of("99.00"));
    }
}
