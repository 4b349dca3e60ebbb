/**
 * Corporate actions: LEAN factor files ({@link io.sextant.data.corporate.FactorTable}), the splits and dividends they
 * imply, and raw, split-adjusted and total-return views of bar series ({@link io.sextant.data.corporate.Adjuster}).
 */
package io.sextant.data.corporate;
