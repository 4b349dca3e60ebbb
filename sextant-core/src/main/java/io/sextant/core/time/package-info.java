/**
 * Injected time: the {@link io.sextant.core.time.Clock} interface, a {@link io.sextant.core.time.TestClock} for
 * replays and a {@link io.sextant.core.time.LiveClock} for live trading, and epoch-nanosecond helpers.
 */
package io.sextant.core.time;
