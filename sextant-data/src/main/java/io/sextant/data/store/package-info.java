/**
 * The on-disk form of a series ({@link io.sextant.data.store.SeriesFile}): columnar, little-endian, 8-byte aligned
 * and checksummed per column, so loading is a bulk copy from a memory map and damage is always detected.
 */
package io.sextant.data.store;
