/**
 * The built-in strategies, runnable by name from the CLI ({@link io.sextant.strategies.BuiltinStrategies}).
 * Each is a plain class with a configuration record and defaults, and runs unchanged in backtest,
 * paper and live.
 */
package io.sextant.strategies;
