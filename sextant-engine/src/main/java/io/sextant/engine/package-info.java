/**
 * The event-driven engine. Backtest, paper and live differ only in the data feed, the execution
 * client and the clock bound at the composition root ({@link io.sextant.engine.kernel.Engine}).
 */
package io.sextant.engine;
