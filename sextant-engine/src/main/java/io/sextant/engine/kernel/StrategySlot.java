package io.sextant.engine.kernel;

import io.sextant.core.id.StrategyId;
import io.sextant.core.time.Clock;
import io.sextant.core.time.Nanos;
import io.sextant.engine.data.MarketDataView;
import io.sextant.engine.order.OrderApi;
import io.sextant.engine.portfolio.PortfolioView;
import io.sextant.engine.strategy.Strategy;
import io.sextant.engine.strategy.StrategyContext;
import io.sextant.engine.strategy.Timers;

import java.util.function.Consumer;

/** A strategy inside the engine, with the context it was given. */
final class StrategySlot implements StrategyContext {
    final StrategyId id;
    final Strategy strategy;
    final TimerService timers;
    private final OrderApi orders;
    private final MarketDataView data;
    private final PortfolioView portfolio;
    private final Clock clock;
    private final Consumer<String> log;

    StrategySlot(StrategyId id, Strategy strategy, OrderApi orders, MarketDataView data, PortfolioView portfolio,
                 Clock clock, Consumer<String> log, Runnable timersChanged) {
        this.id = id;
        this.strategy = strategy;
        this.orders = orders;
        this.data = data;
        this.portfolio = portfolio;
        this.clock = clock;
        this.log = log;
        this.timers = new TimerService(clock::timestampNs, timersChanged);
    }

    @Override
    public StrategyId id() {
        return id;
    }

    @Override
    public OrderApi orders() {
        return orders;
    }

    @Override
    public MarketDataView data() {
        return data;
    }

    @Override
    public PortfolioView portfolio() {
        return portfolio;
    }

    @Override
    public Timers timers() {
        return timers;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public void log(String message) {
        log.accept(Nanos.format(clock.timestampNs()) + " [" + id + "] " + message);
    }
}
