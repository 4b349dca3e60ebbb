/**
 * The market-data catalog of a workspace: an index ({@code catalog.json}) naming one immutable, checksummed file per
 * series, written all-or-nothing (stage, force, rename the index) so an interrupted import leaves it exactly as before.
 */
package io.sextant.data.catalog;
