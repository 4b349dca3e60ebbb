/**
 * Instruments (equity, FX pair, crypto spot, perpetual swap, dated future) with their price and size grid,
 * currencies, multiplier, margin and default fees, and the side-aware rounding onto that grid.
 */
package io.sextant.core.instrument;
