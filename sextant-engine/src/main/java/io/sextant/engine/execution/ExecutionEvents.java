package io.sextant.engine.execution;

import io.sextant.core.order.OrderEvent;

/** Where a venue reports what happened to orders. The engine applies each event to its order. */
@FunctionalInterface
public interface ExecutionEvents {

    void on(OrderEvent event);
}
