package io.sextant.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a backtest printed: where it ran, the statistics (as in the bundle's {@code stats.json}) and
 * where the bundle is.
 *
 * @param strategy  the strategy's name
 * @param symbols   the symbols
 * @param timeframe the timeframe
 * @param firstBar  close time of the first bar, ISO-8601 UTC
 * @param lastBar   close time of the last bar, ISO-8601 UTC
 * @param bars      bars fed, all symbols together
 * @param stats     the statistics by name, with {@code stats.json}'s conventions
 * @param bundle    the bundle folder
 */
record BacktestSummary(String strategy, List<String> symbols, String timeframe, String firstBar, String lastBar,
                       long bars, Map<String, Object> stats, String bundle) {

    void print(PrintWriter out) {
        String ccy = (String) stats.get("currency");
        out.printf(Locale.ROOT, "Backtest %s on %s %s, %s .. %s (%,d bars)%n", strategy, String.join(",", symbols),
                timeframe, firstBar, lastBar, bars);
        row(out, "trades", String.valueOf(stats.get("trades")));
        row(out, "total return", percent("total_return"));
        row(out, "CAGR", percent("cagr"));
        row(out, "Sharpe", decimal("sharpe", 2));
        Object peak = stats.get("max_drawdown_peak");
        row(out, "max drawdown", percent("max_drawdown") + (peak == null ? ""
                : "  (" + peak + " .. " + stats.get("max_drawdown_trough") + ")"));
        row(out, "fees", stats.get("fees") + " " + ccy);
        row(out, "exposure", percent("exposure"));
        row(out, "final equity", stats.get("final_equity") + " " + ccy + " (from " + stats.get("initial_equity") + ")");
        out.println("Bundle: " + bundle);
        out.flush();
    }

    private static void row(PrintWriter out, String name, String value) {
        out.printf(Locale.ROOT, "  %-14s%s%n", name, value);
    }

    private String percent(String key) {
        Object v = stats.get(key);
        return v == null ? "n/a" : ((BigDecimal) v).movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString()
                + " %";
    }

    private String decimal(String key, int scale) {
        Object v = stats.get(key);
        return v == null ? "n/a" : ((BigDecimal) v).setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
    }
}
