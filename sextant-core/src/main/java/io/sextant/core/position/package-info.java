/**
 * Positions, kept in fixed point: a signed quantity at the instrument's size precision and a cost
 * basis in the currency's smallest unit, so realized PnL plus fees always equals the change in cash,
 * to the cent.
 */
package io.sextant.core.position;
