package io.sextant.engine.order;

import io.sextant.core.id.StrategyId;

/**
 * Where the engine queues events for a strategy. Events are delivered after the callback that
 * caused them returns, in the order they were posted.
 */
@FunctionalInterface
public interface StrategyInbox {

    /** Queues an order event or a position event for the strategy. */
    void post(StrategyId strategyId, Object event);
}
