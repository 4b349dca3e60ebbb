package io.sextant.cli;

import io.sextant.engine.strategy.ConfigBinder;
import io.sextant.engine.strategy.StrategyFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code sextant backtest}: run a strategy over catalog bars and write a result bundle. */
@Command(name = "backtest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a strategy over bars from the catalog and write a result bundle (config.json, orders.csv, "
                + "fills.csv, trades.csv, equity.csv, positions.csv, stats.json).",
                "Market orders fill at the next bar's open unless --fill-at close. The same run gives the same bundle, "
                        + "byte for byte. --list shows the strategies and their parameters."})
public final class BacktestCommand implements Callable<Integer> {
    @ParentCommand
    SextantCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--list", description = "List the strategies and their parameters, then stop.")
    boolean list;

    @Option(names = "--strategy", paramLabel = "NAME", description = "The strategy to run, e.g. sma-cross.")
    String strategy;

    @Option(names = "--symbols", paramLabel = "SYMBOL", split = ",", description = "Symbols to trade, comma-separated.")
    List<String> symbols = new ArrayList<>();

    @Option(names = "--timeframe", paramLabel = "TF", defaultValue = "1d", description = "Bar timeframe (default: 1d).")
    String timeframe;

    @Option(names = "--from", paramLabel = "TIME", description = "First date or time (default: the first bar), in the "
            + "first symbol's zone.")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "Last date (inclusive) or time (exclusive) (default: the "
            + "last bar).")
    String to;

    @Option(names = "--cash", paramLabel = "AMOUNT", defaultValue = "100000", description = "Starting cash in the first "
            + "symbol's quote currency (default: 100000).")
    BigDecimal cash;

    @Option(names = "--fee-rate", paramLabel = "RATE", defaultValue = "0.001", description = "Fee as a fraction of each "
            + "fill's notional (default: 0.001 = 0.1 %).")
    BigDecimal feeRate;

    @Option(names = "--slippage-bps", paramLabel = "BPS", defaultValue = "0", description = "Adverse slippage of market "
            + "fills in basis points, rounded up to whole ticks (default: 0).")
    BigDecimal slippageBps;

    @Option(names = "--fill-at", paramLabel = "WHEN", defaultValue = "next-open", description = "next-open (default) or "
            + "close (the signal bar's close: optimistic).")
    String fillAt;

    @Option(names = "--volume-cap", paramLabel = "SHARE", description = "The largest share of a bar's volume one bar's "
            + "fills may take, e.g. 0.1 (default: no cap).")
    BigDecimal volumeCap;

    @Option(names = "--warmup", paramLabel = "BARS", defaultValue = "0", description = "Bars before --from that only "
            + "warm up indicators and history; orders placed on them are denied (default: 0).")
    int warmup;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "A strategy parameter, e.g. --param fast=10; "
            + "repeat for more.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Bundle folder (default: results/<strategy>-<symbols>-"
            + "<timeframe>-<first>-<last>-<config hash> in the workspace). An earlier bundle there is replaced.")
    Path out;

    @Option(names = "--json", description = "Print the summary (or the --list) as JSON.")
    boolean json;

    /**
     * One strategy as listed.
     *
     * @param name        its name
     * @param description what it does
     * @param parameters  each parameter's type and default
     */
    record Listed(String name, String description, Map<String, String> parameters) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            list(out);
            return ExitCodes.OK;
        }
        if (strategy == null) {
            throw new UsageException("--strategy is required (see 'sextant backtest --list')");
        }
        if (symbols.isEmpty()) {
            throw new UsageException("--symbols is required, e.g. --symbols AAPL or --symbols AAPL,MSFT");
        }
        BacktestSummary summary = BacktestRunner.run(parent.workspace(), new BacktestSettings(strategy, params, symbols,
                timeframe, from, to, cash, feeRate, slippageBps, fillAt, volumeCap, this.out, warmup),
                BacktestRunner.logTo(spec.commandLine().getErr()));
        if (json) {
            Json.print(out, summary);
        } else {
            summary.print(out);
        }
        return ExitCodes.OK;
    }

    private void list(PrintWriter out) {
        List<Listed> listed = new ArrayList<>();
        for (StrategyFactory<?> f : Strategies.catalog().all()) {
            listed.add(new Listed(f.name(), f.description(), ConfigBinder.describe(f.defaults())));
        }
        if (json) {
            Json.print(out, listed);
            return;
        }
        for (Listed l : listed) {
            out.println(l.name() + "  " + l.description());
            l.parameters().forEach((k, v) -> out.println("  --param " + k + "=...   " + v));
        }
        out.flush();
    }
}
