/**
 * Streaming indicators on primitive {@code double}: O(1) per update, no allocation after
 * construction, and {@link io.sextant.indicators.Indicator#isReady()} false until the warm-up is
 * complete so no NaN reaches a strategy. Conventions follow TA-Lib unless a class says otherwise.
 */
package io.sextant.indicators;
