/**
 * Backtest-engine benchmarks: the SMA(10)/SMA(30) cross through the whole engine, the same strategy
 * as a primitive-array loop and on ta4j (references that must make the same trades), and a monthly
 * equal-weight rebalance over many instruments.
 */
package io.sextant.bench.backtest;
