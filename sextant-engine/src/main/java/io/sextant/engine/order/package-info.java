/**
 * Orders inside the engine: the API strategies use ({@link io.sextant.engine.order.OrderApi}) and the
 * {@link io.sextant.engine.order.OrderManager} that creates orders, passes them through pre-trade risk
 * to the execution client, applies the venue's events and routes them back to the strategy.
 */
package io.sextant.engine.order;
