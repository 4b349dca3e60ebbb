/**
 * The backtest node: it feeds one or many bar series from the catalog through the engine in time
 * order, records orders, fills, round-trip trades and equity, computes summary statistics and
 * writes a result bundle. Deterministic: the same inputs and seed give the same bundle, byte for byte.
 */
package io.sextant.engine.backtest;
