package io.sextant.strategies.trend;

import io.sextant.core.data.Timeframe;
import io.sextant.core.id.StrategyId;
import io.sextant.core.money.Money;
import io.sextant.core.money.Currency;
import io.sextant.data.catalog.Catalog;
import io.sextant.data.catalog.WriteMode;
import io.sextant.data.testing.Imports;
import io.sextant.data.testing.SharedData;
import io.sextant.engine.backtest.BacktestNode;
import io.sextant.engine.backtest.BacktestResult;
import io.sextant.engine.backtest.CatalogFeed;
import io.sextant.engine.portfolio.AccountConfig;
import io.sextant.engine.venue.PercentFee;
import io.sextant.engine.venue.VenueConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

class SmaCrossSmokeTest {
    @TempDir
    Path dir;

    @Test
    void runs() throws Exception {
        Catalog catalog = Catalog.at(dir);
        catalog.write(List.of(Imports.one(SharedData.file("equities-daily/huge-stock-market-dataset/Stocks/aapl.us.txt"))),
                WriteMode.CREATE, "reject", new io.sextant.core.time.TestClock());
        var loaded = CatalogFeed.load(catalog, List.of("AAPL"), Timeframe.DAY_1, Long.MIN_VALUE, Long.MAX_VALUE);
        BacktestResult r = new BacktestNode(loaded.series(), AccountConfig.cash(Money.of("100000", Currency.USD)),
                VenueConfig.defaults(PercentFee.of(new BigDecimal("0.001"))), System.out::println)
                .run(Map.of(StrategyId.of("sma"), new SmaCross(new SmaCross.Config(10, 30))));
        System.out.println(r.stats());
        System.out.println(r.trades().subList(0, 3));
        System.out.println(r.orders().subList(0, 3));
    }
}
