package io.sextant.cli;

import io.sextant.core.data.Timeframe;
import io.sextant.core.id.StrategyId;
import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.money.Rounding;
import io.sextant.core.time.Nanos;
import io.sextant.data.catalog.Catalog;
import io.sextant.data.catalog.SeriesEntry;
import io.sextant.data.importer.BadInputException;
import io.sextant.data.series.SeriesKey;
import io.sextant.data.series.SeriesKind;
import io.sextant.engine.backtest.BacktestNode;
import io.sextant.engine.backtest.BacktestResult;
import io.sextant.engine.backtest.BacktestSeries;
import io.sextant.engine.backtest.BundleWriter;
import io.sextant.engine.backtest.CatalogFeed;
import io.sextant.engine.backtest.RunConfig;
import io.sextant.engine.backtest.StatsReport;
import io.sextant.engine.portfolio.AccountConfig;
import io.sextant.engine.strategy.ConfigBinder;
import io.sextant.engine.strategy.Strategy;
import io.sextant.engine.strategy.StrategyFactory;
import io.sextant.engine.venue.BarFillMode;
import io.sextant.engine.venue.PercentFee;
import io.sextant.engine.venue.SlippageModel;
import io.sextant.engine.venue.VenueConfig;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs one backtest from {@link BacktestSettings}: checks every setting, loads the bars from the
 * catalog, runs the strategy and writes the result bundle. Every check happens before anything is
 * written, so a refused run leaves no bundle. Usage mistakes throw {@link UsageException} (exit 1),
 * data that cannot back the run {@link BadInputException} (exit 2).
 *
 * <p>Range: {@code --from} and {@code --to} select the bars that close after {@code --from} and at or
 * before {@code --to}, read in the first symbol's zone; for daily bars that is the dates from
 * {@code --from} through {@code --to}, both included (a daily bar closes at the next midnight).
 */
final class BacktestRunner {
    private BacktestRunner() {
    }

    /** A strategy instance with the configuration it was made from. */
    private record Prepared(Strategy strategy, Map<String, Object> parameters) {
    }

    static BacktestSummary run(Path workspace, BacktestSettings s, Consumer<String> log) throws IOException {
        StrategyFactory<?> factory;
        Prepared prepared;
        try {
            factory = Strategies.catalog().get(s.strategy());
            prepared = prepare(factory, s.params());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        checkSettings(s);
        if (s.out() != null) {
            try {
                BundleWriter.checkTarget(s.out());
            } catch (IOException e) {
                throw new UsageException("--out: " + e.getMessage());
            }
        }
        Timeframe timeframe = timeframe(s.timeframe());
        BarFillMode fillMode = fillMode(s.fillAt());
        Catalog catalog = Catalog.at(workspace);
        ZoneId zone = zoneOf(catalog, s.symbols().getFirst(), timeframe);
        long fromNs = s.from() == null ? Long.MIN_VALUE : TimeArg.parse(s.from(), zone, false, "--from");
        long toNs = s.to() == null ? Long.MAX_VALUE : TimeArg.parse(s.to(), zone, true, "--to");
        if (fromNs >= toNs) {
            throw new UsageException("--from " + s.from() + " is not before --to " + s.to() + ": the range is empty");
        }
        CatalogFeed.Loaded loaded;
        try {
            // Bars closing in (from, to]: CatalogFeed takes [from, to) on the close time.
            loaded = CatalogFeed.load(catalog, s.symbols(), timeframe, plusOne(fromNs), plusOne(toNs), s.warmupBars());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        Currency currency = loaded.series().getFirst().instrument().spec().quoteCurrency();
        AccountConfig account = AccountConfig.cash(cash(s.cash(), currency));
        VenueConfig venue = VenueConfig.defaults(PercentFee.of(s.feeRate())).withBarFillMode(fillMode)
                .withSlippage(s.slippageBps().signum() == 0 ? SlippageModel.NONE
                        : SlippageModel.basisPoints(s.slippageBps().doubleValue()))
                .withVolumeParticipation(s.volumeCap() == null ? 0 : s.volumeCap().doubleValue());
        BacktestResult result = new BacktestNode(loaded.series(), account, venue, log)
                .tradingStart(plusOne(fromNs))
                .portfolio(loaded::bookCorporateActions)
                .run(Map.of(StrategyId.of(factory.name()), prepared.strategy()));

        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        long firstOpen = Long.MAX_VALUE;
        long lastOpen = Long.MIN_VALUE;
        long bars = 0;
        for (BacktestSeries series : loaded.series()) {
            long[] close = series.bars().tsClose();
            long[] open = series.bars().tsOpen();
            first = Math.min(first, close[0]);
            last = Math.max(last, close[close.length - 1]);
            firstOpen = Math.min(firstOpen, open[0]);
            lastOpen = Math.max(lastOpen, open[open.length - 1]);
            bars += close.length;
        }
        List<String> symbols = loaded.entries().stream().map(SeriesEntry::symbol).toList();
        RunConfig config = new RunConfig(factory.name(), prepared.parameters(), symbols, timeframe.toString(),
                s.from(), s.to(), s.warmupBars(), Nanos.format(first), Nanos.format(last),
                new RunConfig.Account("CASH", currency.code(), s.cash(), 1),
                new RunConfig.Venue(fillMode == BarFillMode.NEXT_OPEN ? "next-open" : "close", s.feeRate(),
                        s.slippageBps(), s.volumeCap() == null ? BigDecimal.ZERO : s.volumeCap(), false, "none"),
                0, loaded.dataHash(), VersionProvider.version());
        Path out = s.out() != null ? s.out() : workspace.resolve("results").resolve(defaultName(config, firstOpen, lastOpen));
        BundleWriter.write(out, config, result);
        return new BacktestSummary(factory.name(), symbols, timeframe.toString(), config.firstBarClose(),
                config.lastBarClose(), bars, StatsReport.values(result.stats(), currency), out.toString());
    }

    /** A run log that writes each line to {@code err} at once (warnings about optimistic settings). */
    static Consumer<String> logTo(PrintWriter err) {
        return line -> {
            err.println(line);
            err.flush();
        };
    }

    private static <C extends Record> Prepared prepare(StrategyFactory<C> factory, Map<String, String> params) {
        C config = factory.configure(params);
        return new Prepared(factory.create(config), ConfigBinder.values(config));
    }

    /**
     * A name from the run itself, never the clock: strategy, symbols, timeframe, the first and last bar's
     * UTC open dates, and the first 8 hex digits of the config's fingerprint (so runs with other
     * parameters do not overwrite each other, and the same run replaces its own bundle).
     */
    private static String defaultName(RunConfig config, long firstOpen, long lastOpen) {
        return config.strategy() + "-" + String.join("-", config.symbols()) + "-" + config.timeframe() + "-"
                + date(firstOpen) + "-" + date(lastOpen) + "-" + config.fingerprint().substring(0, 8);
    }

    private static String date(long ns) {
        return Nanos.toInstant(ns).atOffset(ZoneOffset.UTC).toLocalDate().toString().replace("-", "");
    }

    private static void checkSettings(BacktestSettings s) {
        if (s.symbols().isEmpty()) {
            throw new UsageException("--symbols needs at least one symbol");
        }
        if (s.cash().signum() <= 0) {
            throw new UsageException("--cash must be positive, was " + s.cash().toPlainString());
        }
        if (s.feeRate().signum() < 0 || s.feeRate().compareTo(BigDecimal.ONE) >= 0) {
            throw new UsageException("--fee-rate must be in [0, 1) (0.001 = 0.1 %), was " + s.feeRate().toPlainString());
        }
        if (s.warmupBars() < 0) {
            throw new UsageException("--warmup must not be negative, was " + s.warmupBars());
        }
        if (s.slippageBps().signum() < 0) {
            throw new UsageException("--slippage-bps must not be negative, was " + s.slippageBps().toPlainString());
        }
        if (s.volumeCap() != null && (s.volumeCap().signum() <= 0 || s.volumeCap().compareTo(BigDecimal.ONE) > 0)) {
            throw new UsageException("--volume-cap must be in (0, 1] (0.1 = 10 % of a bar's volume), was "
                    + s.volumeCap().toPlainString());
        }
    }

    private static Timeframe timeframe(String text) {
        try {
            return Timeframe.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--timeframe: " + e.getMessage());
        }
    }

    private static BarFillMode fillMode(String text) {
        return switch (text) {
            case "next-open" -> BarFillMode.NEXT_OPEN;
            case "close" -> BarFillMode.SIGNAL_CLOSE;
            default -> throw new UsageException("--fill-at must be next-open or close, was '" + text + "'");
        };
    }

    private static Money cash(BigDecimal cash, Currency currency) {
        try {
            return Money.of(cash, currency, Rounding.EXACT);
        } catch (ArithmeticException e) {
            throw new UsageException("--cash: " + e.getMessage());
        }
    }

    /** The zone the first symbol's dates are read in (UTC if it is not in the catalog; loading then says so). */
    private static ZoneId zoneOf(Catalog catalog, String symbol, Timeframe timeframe) throws IOException {
        return catalog.get(new SeriesKey(SeriesKey.normalizeSymbol(symbol), SeriesKind.BARS, timeframe))
                .map(e -> ZoneId.of(e.zone())).orElse(ZoneOffset.UTC);
    }

    private static long plusOne(long ns) {
        return ns == Long.MIN_VALUE || ns == Long.MAX_VALUE ? ns : ns + 1;
    }
}
