/**
 * The kernel: the single-threaded {@link io.sextant.engine.kernel.Engine} that wires data, venue,
 * accounting, risk and strategies together, delivers events in a fixed order, and runs timers. A
 * backtest node and a live node both drive the same engine.
 */
package io.sextant.engine.kernel;
