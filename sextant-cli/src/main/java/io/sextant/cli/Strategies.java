package io.sextant.cli;

import io.sextant.engine.strategy.StrategyCatalog;
import io.sextant.engine.strategy.StrategyFactory;
import io.sextant.strategies.BuiltinStrategies;

import java.util.ServiceLoader;

/**
 * The strategies the CLI can run by name: the built-in ones, then any {@link StrategyFactory} on the
 * class path registered as a service ({@code META-INF/services/io.sextant.engine.strategy.StrategyFactory}),
 * which is how a strategy of your own is run (see {@code examples/README.md}).
 */
final class Strategies {
    private Strategies() {
    }

    static StrategyCatalog catalog() {
        StrategyCatalog catalog = BuiltinStrategies.catalog();
        for (StrategyFactory<?> f : ServiceLoader.load(StrategyFactory.class, Strategies.class.getClassLoader())) {
            catalog.add(f);
        }
        return catalog;
    }
}
