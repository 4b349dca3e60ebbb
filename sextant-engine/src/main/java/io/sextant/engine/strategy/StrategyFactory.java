package io.sextant.engine.strategy;

import java.util.Map;

/**
 * Makes a strategy from its configuration record. {@code defaults()} gives every parameter's default;
 * the CLI binds {@code key=value} parameters onto it by record component name ({@link ConfigBinder}).
 *
 * @param <C> the strategy's configuration record
 */
public interface StrategyFactory<C extends Record> {

    /** The name to run it by, e.g. {@code sma-cross}. */
    String name();

    /** One line on what it does. */
    String description();

    /** The configuration with every default. */
    C defaults();

    /** Checks a configuration; throws IllegalArgumentException naming the parameter if it is invalid. */
    default void validate(C config) {
    }

    /** A new strategy instance. */
    Strategy create(C config);

    /** Binds {@code params} onto the defaults, validates, and creates the strategy. */
    default Strategy create(Map<String, String> params) {
        C config = ConfigBinder.bind(defaults(), params, name());
        validate(config);
        return create(config);
    }

    /** The configuration {@code params} would produce (for recording in a result bundle). */
    default C configure(Map<String, String> params) {
        C config = ConfigBinder.bind(defaults(), params, name());
        validate(config);
        return config;
    }
}
