/**
 * The simulated venue: it holds working orders and matches them against bars, quotes and trade
 * ticks with documented, honest rules, applying slippage, fees, volume caps and latency through
 * small pluggable models. The same venue serves backtests and paper trading.
 */
package io.sextant.engine.venue;
