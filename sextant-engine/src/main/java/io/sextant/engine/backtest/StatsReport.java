package io.sextant.engine.backtest;

import io.sextant.core.money.Currency;
import io.sextant.core.time.Nanos;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link BacktestStats} as written to {@code stats.json} and printed by the CLI: named values in a
 * fixed order, each with its convention. Money is rounded half-even to the currency's precision;
 * ratios to 12 significant digits (far below any meaningful difference, and stable against the last
 * bit of a floating-point sum); times are ISO-8601 UTC.
 */
public final class StatsReport {
    private static final MathContext RATIO = new MathContext(12, RoundingMode.HALF_EVEN);

    private StatsReport() {
    }

    /** The statistics by name, in a fixed order. A value that does not exist (an infinite ratio) is null. */
    public static Map<String, Object> values(BacktestStats s, Currency currency) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("currency", currency.code());
        m.put("trades", s.trades());
        m.put("initial_equity", money(s.initialEquity(), currency));
        m.put("final_equity", money(s.finalEquity(), currency));
        m.put("total_return", ratio(s.totalReturn()));
        m.put("cagr", ratio(s.cagr()));
        m.put("sharpe", ratio(s.sharpe()));
        m.put("max_drawdown", ratio(s.maxDrawdown()));
        m.put("max_drawdown_peak", s.maxDrawdown() == 0 ? null : Nanos.format(s.maxDrawdownPeak()));
        m.put("max_drawdown_trough", s.maxDrawdown() == 0 ? null : Nanos.format(s.maxDrawdownTrough()));
        m.put("fees", money(s.fees(), currency));
        m.put("exposure", ratio(s.exposure()));
        m.put("win_rate", ratio(s.winRate()));
        m.put("profit_factor", ratio(s.profitFactor()));
        m.put("periods_per_year", ratio(s.periodsPerYear()));
        m.put("steps", s.steps());
        return m;
    }

    /** What each statistic means, by the same names. */
    public static Map<String, String> conventions() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("currency", "the account's base currency; every money value is in it");
        c.put("trades", "closed round trips (flat to flat, or to a flip); open positions at the end are not counted");
        c.put("initial_equity", "equity before the first bar, rounded half-even to the currency's precision");
        c.put("final_equity", "equity after the last bar, positions marked at its close");
        c.put("total_return", "final_equity / initial_equity - 1, a simple fraction (0.1 = +10 %)");
        c.put("cagr", "(final_equity / initial_equity)^(1 / years) - 1, years = elapsed time between the first and "
                + "last recorded step / 365.25 days");
        c.put("sharpe", "mean / sample standard deviation of the per-step simple returns of equity, times "
                + "sqrt(periods_per_year); risk-free rate 0; 0 when the deviation is 0");
        c.put("max_drawdown", "largest peak-to-trough fall of equity as a positive fraction of the peak (0.2 = -20 %)");
        c.put("max_drawdown_peak", "time of the peak before the largest drawdown, ISO-8601 UTC; null without a drawdown");
        c.put("max_drawdown_trough", "time of the trough of the largest drawdown, ISO-8601 UTC; null without a drawdown");
        c.put("fees", "total fees paid in the base currency, positive");
        c.put("exposure", "share of time steps that ended with any position open, in [0, 1]");
        c.put("win_rate", "round trips with positive net PnL / round trips; 0 without trades");
        c.put("profit_factor", "sum of net PnL of winning round trips / minus that of losing ones; null (infinite) "
                + "with no losing trade, 0 without trades");
        c.put("periods_per_year", "time steps per year inferred from the timestamps: (steps - 1) / years "
                + "(about 252 for NYSE daily bars, 365 for 24/7 daily bars)");
        c.put("steps", "recorded time steps: one per distinct bar close time");
        c.put("rounding", "money half-even to the currency's precision; ratios to 12 significant digits");
        c.put("equity", "marked at each bar's close, after its fills and the strategy's reaction; fills of market "
                + "orders happen at the next bar's open unless the run says fill_at = close");
        return c;
    }

    private static BigDecimal money(double value, Currency currency) {
        return BigDecimal.valueOf(value).setScale(currency.precision(), RoundingMode.HALF_EVEN);
    }

    private static BigDecimal ratio(double value) {
        if (!Double.isFinite(value)) {
            return null;
        }
        BigDecimal d = new BigDecimal(value).round(RATIO).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
