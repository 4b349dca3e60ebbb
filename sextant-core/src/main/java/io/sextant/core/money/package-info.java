/**
 * Exact money: fixed-point {@link io.sextant.core.money.Price}, {@link io.sextant.core.money.Quantity} and
 * {@link io.sextant.core.money.Money} on a {@code long} with an explicit precision, overflow-checked arithmetic and
 * named {@link io.sextant.core.money.Rounding} rules; {@link io.sextant.core.money.Currency} for ISO and crypto.
 */
package io.sextant.core.money;
