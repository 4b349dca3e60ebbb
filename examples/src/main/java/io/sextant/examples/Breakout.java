package io.sextant.examples;

import io.sextant.core.id.InstrumentId;
import io.sextant.core.instrument.Instrument;
import io.sextant.core.order.OrderQuantity;
import io.sextant.core.order.OrderRequest;
import io.sextant.core.order.Side;
import io.sextant.engine.data.BarEvent;
import io.sextant.engine.data.BarWindow;
import io.sextant.engine.strategy.Strategy;
import io.sextant.engine.strategy.StrategyContext;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;

/**
 * A channel breakout (the "turtle" rule), long only: buy when the close rises above the highest high of
 * the previous {@code entry} bars; sell the whole position when the close falls below the lowest low of
 * the previous {@code exit} bars. The current bar is never part of its own channel.
 *
 * <p>Sizing: all the cash the symbol's share allows (100 % of equity for one symbol, 100/N % each for
 * N), as a percent-of-equity market order that the venue resolves at the fill price, fee included,
 * floored to the lot. Timing: the signal uses the bar's close, so the order fills at the next bar's
 * open (the default fill mode); nothing here can see a price before it happened.
 *
 * <p>To write your own strategy, copy this class and {@link BreakoutFactory}: keep the parameters in a
 * record with a validating constructor, read data through {@code ctx.data()}, trade through
 * {@code ctx.orders()}, and ask {@code ctx.portfolio()} what you hold.
 */
public final class Breakout implements Strategy {

    /**
     * The parameters, bound by name from {@code --param entry=20 --param exit=10}.
     *
     * @param entry bars in the entry channel (the highest high to break), at least 1
     * @param exit  bars in the exit channel (the lowest low to break), at least 1
     */
    public record Config(int entry, int exit) {
        public Config {
            if (entry < 1) {
                throw new IllegalArgumentException("entry must be at least 1, was " + entry);
            }
            if (exit < 1) {
                throw new IllegalArgumentException("exit must be at least 1, was " + exit);
            }
        }
    }

    private final Config config;
    private final Map<InstrumentId, BarWindow> windows = new HashMap<>();
    private StrategyContext ctx;
    private OrderQuantity share;

    public Breakout(Config config) {
        this.config = config;
    }

    @Override
    public void onStart(StrategyContext context) {
        this.ctx = context;
        int symbols = context.data().instruments().size();
        share = OrderQuantity.percentOfEquity(BigDecimal.valueOf(100).divide(BigDecimal.valueOf(symbols),
                MathContext.DECIMAL64));
        // The channel plus the bar just delivered: history is asked for once, here, and then kept up to date.
        int bars = Math.max(config.entry(), config.exit()) + 1;
        for (Instrument i : context.data().instruments()) {
            windows.put(i.id(), context.data().history(i.id(), bars));
        }
    }

    @Override
    public void onBar(BarEvent bar) {
        BarWindow w = windows.get(bar.instrumentId());
        if (!w.isFull()) {
            return; // warming up: not enough bars for a channel yet
        }
        InstrumentId id = bar.instrumentId();
        double close = w.close(0);
        if (ctx.portfolio().isFlat(id)) {
            if (close > highestHigh(w, config.entry())) {
                ctx.orders().submit(OrderRequest.market(id, Side.BUY, share));
            }
        } else if (close < lowestLow(w, config.exit())) {
            ctx.orders().close(id);
        }
    }

    /** The highest high of the {@code n} bars before the current one. */
    private static double highestHigh(BarWindow w, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int ago = 1; ago <= n; ago++) {
            max = Math.max(max, w.high(ago));
        }
        return max;
    }

    /** The lowest low of the {@code n} bars before the current one. */
    private static double lowestLow(BarWindow w, int n) {
        double min = Double.POSITIVE_INFINITY;
        for (int ago = 1; ago <= n; ago++) {
            min = Math.min(min, w.low(ago));
        }
        return min;
    }
}
