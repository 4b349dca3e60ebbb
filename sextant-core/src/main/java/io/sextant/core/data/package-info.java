/**
 * Market data records: {@link io.sextant.core.data.Bar} over a {@link io.sextant.core.data.Timeframe},
 * {@link io.sextant.core.data.QuoteTick} and {@link io.sextant.core.data.TradeTick}, each with {@code tsEvent} and
 * {@code tsInit} in epoch nanoseconds UTC.
 */
package io.sextant.core.data;
