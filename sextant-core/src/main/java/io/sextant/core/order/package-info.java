/**
 * The order model: what an order asks for ({@link io.sextant.core.order.OrderRequest}), its life as a
 * state machine ({@link io.sextant.core.order.Order}, {@link io.sextant.core.order.OrderStatus}) and
 * the events that move it ({@link io.sextant.core.order.OrderEvent}). Every transition is an event
 * with {@code tsEvent} (when it happened at the venue or risk engine) and {@code tsInit} (when
 * Sextant created the event object).
 */
package io.sextant.core.order;
