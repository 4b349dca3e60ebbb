package io.sextant.engine.strategy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Strategies that can be run by name. */
public final class StrategyCatalog {
    private final Map<String, StrategyFactory<?>> byName = new LinkedHashMap<>();

    public StrategyCatalog add(StrategyFactory<?> factory) {
        if (byName.putIfAbsent(factory.name(), factory) != null) {
            throw new IllegalArgumentException("strategy name " + factory.name() + " is already registered");
        }
        return this;
    }

    /** The factory for {@code name}; fails with the list of valid names. */
    public StrategyFactory<?> get(String name) {
        StrategyFactory<?> f = byName.get(name);
        if (f == null) {
            throw new IllegalArgumentException("unknown strategy '" + name + "'; valid strategies: "
                    + String.join(", ", byName.keySet()));
        }
        return f;
    }

    public List<StrategyFactory<?>> all() {
        return List.copyOf(byName.values());
    }
}
