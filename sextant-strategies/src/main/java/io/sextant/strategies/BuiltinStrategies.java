package io.sextant.strategies;

import io.sextant.engine.strategy.Strategy;
import io.sextant.engine.strategy.StrategyCatalog;
import io.sextant.engine.strategy.StrategyFactory;
import io.sextant.strategies.trend.SmaCross;

/** The strategies the CLI can run by name. */
public final class BuiltinStrategies {
    private BuiltinStrategies() {
    }

    public static StrategyCatalog catalog() {
        return new StrategyCatalog().add(new StrategyFactory<SmaCross.Config>() {
            @Override
            public String name() {
                return "sma-cross";
            }

            @Override
            public String description() {
                return "long-only dual SMA cross of the close, all-in, next-open fills";
            }

            @Override
            public SmaCross.Config defaults() {
                return new SmaCross.Config(10, 30);
            }

            @Override
            public Strategy create(SmaCross.Config config) {
                return new SmaCross(config);
            }
        });
    }
}
