/**
 * The strategy API: a strategy is a plain class implementing {@link io.sextant.engine.strategy.Strategy},
 * whose callbacks are default no-ops taking an event object, and which acts through the
 * {@link io.sextant.engine.strategy.StrategyContext} it receives in {@code onStart}. Strategies that
 * can be run by name are listed by a {@link io.sextant.engine.strategy.StrategyCatalog}.
 */
package io.sextant.engine.strategy;
