package io.sextant.examples;

import io.sextant.engine.strategy.Strategy;
import io.sextant.engine.strategy.StrategyFactory;

/**
 * Makes {@link Breakout} runnable by name: {@code sextant backtest --strategy breakout}. The CLI finds
 * it through {@code META-INF/services/io.sextant.engine.strategy.StrategyFactory}, which names this
 * class; it needs a public no-argument constructor.
 */
public final class BreakoutFactory implements StrategyFactory<Breakout.Config> {

    @Override
    public String name() {
        return "breakout";
    }

    @Override
    public String description() {
        return "long-only channel breakout: buy above the entry-bar high, sell below the exit-bar low (example)";
    }

    @Override
    public Breakout.Config defaults() {
        return new Breakout.Config(20, 10);
    }

    @Override
    public Strategy create(Breakout.Config config) {
        return new Breakout(config);
    }
}
