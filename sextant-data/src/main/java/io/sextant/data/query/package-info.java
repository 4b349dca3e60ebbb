/**
 * Reading the catalog for people: the {@link io.sextant.data.query.SeriesProfile} of a series (price range, volume,
 * largest moves) with its conventions stated.
 */
package io.sextant.data.query;
