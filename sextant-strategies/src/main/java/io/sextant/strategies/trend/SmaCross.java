package io.sextant.strategies.trend;

import io.sextant.core.id.InstrumentId;
import io.sextant.core.instrument.Instrument;
import io.sextant.core.order.OrderQuantity;
import io.sextant.core.order.OrderRequest;
import io.sextant.core.order.Side;
import io.sextant.engine.data.BarEvent;
import io.sextant.engine.strategy.Strategy;
import io.sextant.engine.strategy.StrategyContext;
import io.sextant.indicators.Sma;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;

/**
 * Dual simple-moving-average cross, long only. When the fast SMA of the close crosses above the slow
 * one (it is above now and was not on the previous bar), buy with all the cash the instrument's share
 * allows (100 % of equity for one symbol, 100/N % each for N symbols): a market order whose quantity
 * is resolved at the fill price, fee included, floored to the lot. When it crosses below, sell the
 * whole position. Signals use the bar's close; the order fills at the next bar's open.
 */
public final class SmaCross implements Strategy {

    /**
     * @param fast the fast SMA period, at least 1
     * @param slow the slow SMA period, greater than {@code fast}
     */
    public record Config(int fast, int slow) {
        public Config {
            if (fast < 1) {
                throw new IllegalArgumentException("fast must be at least 1, was " + fast);
            }
            if (slow <= fast) {
                throw new IllegalArgumentException("slow (" + slow + ") must be greater than fast (" + fast + ")");
            }
        }
    }

    private final Config config;
    private final Map<InstrumentId, Pair> pairs = new HashMap<>();
    private StrategyContext ctx;
    private OrderQuantity share;
    private InstrumentId lastId;
    private Pair lastPair;

    private static final class Pair {
        final Sma fast;
        final Sma slow;
        boolean wasAbove;
        boolean ready;

        Pair(Sma fast, Sma slow) {
            this.fast = fast;
            this.slow = slow;
        }
    }

    public SmaCross(Config config) {
        this.config = config;
    }

    @Override
    public void onStart(StrategyContext context) {
        this.ctx = context;
        int n = context.data().instruments().size();
        share = OrderQuantity.percentOfEquity(BigDecimal.valueOf(100).divide(BigDecimal.valueOf(n), MathContext.DECIMAL64));
        for (Instrument i : context.data().instruments()) {
            Sma fast = context.data().register(i.id(), new Sma(config.fast()));
            Sma slow = context.data().register(i.id(), new Sma(config.slow()));
            pairs.put(i.id(), new Pair(fast, slow));
        }
    }

    /** The pair of an instrument; the last one is kept, as one instrument's bars often come in a row. */
    private Pair pair(InstrumentId id) {
        if (id != lastId) {
            lastPair = pairs.get(id);
            lastId = id;
        }
        return lastPair;
    }

    @Override
    public void onBar(BarEvent bar) {
        Pair p = pair(bar.instrumentId());
        if (!p.slow.isReady()) {
            return;
        }
        boolean above = p.fast.value() > p.slow.value();
        if (p.ready && above != p.wasAbove) {
            InstrumentId id = bar.instrumentId();
            if (above && ctx.portfolio().isFlat(id)) {
                ctx.orders().submit(OrderRequest.market(id, Side.BUY, share));
            } else if (!above && !ctx.portfolio().isFlat(id)) {
                ctx.orders().close(id);
            }
        }
        p.wasAbove = above;
        p.ready = true;
    }
}
