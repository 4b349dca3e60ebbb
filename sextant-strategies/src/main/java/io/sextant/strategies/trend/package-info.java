/** Trend-following strategies. */
package io.sextant.strategies.trend;
