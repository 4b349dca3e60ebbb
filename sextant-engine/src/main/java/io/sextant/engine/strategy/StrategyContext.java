package io.sextant.engine.strategy;

import io.sextant.core.id.StrategyId;
import io.sextant.core.time.Clock;
import io.sextant.engine.data.MarketDataView;
import io.sextant.engine.order.OrderApi;
import io.sextant.engine.portfolio.PortfolioView;

/** What a strategy can use: orders, market data, the portfolio, timers, the clock and a log. */
public interface StrategyContext {

    StrategyId id();

    OrderApi orders();

    MarketDataView data();

    PortfolioView portfolio();

    Timers timers();

    Clock clock();

    /** Writes a line to the run's log (the console in the CLI), prefixed with the time and strategy id. */
    void log(String message);
}
