package io.sextant.engine.backtest;

/**
 * Summary statistics of a run. Conventions:
 * <ul>
 *   <li>Returns are simple returns of equity between consecutive time steps.</li>
 *   <li>Periods per year are inferred from the timestamps: steps / elapsed years (365.25-day years),
 *       about 252 for NYSE daily bars and 365 for 24/7 daily bars.</li>
 *   <li>Sharpe = mean(return) / sample standard deviation(return) &times; &radic;periodsPerYear, with a
 *       zero risk-free rate; 0 when the deviation is 0.</li>
 *   <li>CAGR = (final / initial)^(1 / years) - 1 over the elapsed calendar time.</li>
 *   <li>Max drawdown is the largest peak-to-trough fall of equity, a positive fraction.</li>
 *   <li>Exposure is the share of time steps that ended with any position open.</li>
 *   <li>Win rate and profit factor are per closed round trip, on net PnL.</li>
 * </ul>
 *
 * @param trades            closed round trips
 * @param initialEquity     equity before the first step
 * @param finalEquity       equity after the last step
 * @param totalReturn       final / initial - 1
 * @param cagr              compound annual growth rate
 * @param sharpe            annualised Sharpe ratio
 * @param maxDrawdown       largest peak-to-trough fall, a positive fraction
 * @param maxDrawdownPeak   time of the peak before it (epoch ns), or 0
 * @param maxDrawdownTrough time of its trough (epoch ns), or 0
 * @param fees              total fees paid, base currency
 * @param exposure          share of steps with a position open
 * @param winRate           winning trades / trades (0 without trades)
 * @param profitFactor      gross wins / gross losses (net PnL; infinity with no losses, 0 without trades)
 * @param periodsPerYear    the inferred annualisation factor
 * @param steps             number of time steps
 */
public record BacktestStats(int trades, double initialEquity, double finalEquity, double totalReturn, double cagr,
                            double sharpe, double maxDrawdown, long maxDrawdownPeak, long maxDrawdownTrough,
                            double fees, double exposure, double winRate, double profitFactor, double periodsPerYear,
                            int steps) {

    private static final double NANOS_PER_YEAR = 365.25 * 86_400e9;

    /** Computes the statistics of an equity curve and its closed trades. */
    static BacktestStats of(EquityCurve curve, double initialEquity, TradeTally trades, double fees) {
        int n = curve.size();
        // Read the curve in place (raw units times the currency unit, as equityValues() does) rather than
        // copying it: a long run has millions of steps.
        double unit = Math.pow(10, -curve.currency().precision());
        double finalEquity = n == 0 ? initialEquity : curve.equityRaw(n - 1) * unit;
        double totalReturn = initialEquity == 0 ? 0 : finalEquity / initialEquity - 1;
        double years = n < 2 ? 0 : (curve.time(n - 1) - curve.time(0)) / NANOS_PER_YEAR;
        double cagr = years <= 0 || finalEquity <= 0 || initialEquity <= 0 ? 0
                : Math.pow(finalEquity / initialEquity, 1 / years) - 1;
        double periodsPerYear = years <= 0 ? 0 : (n - 1) / years;

        // One pass, with the sums of the returns shifted by the first return (close to the mean, so no
        // cancellation in the variance) and one division per step.
        double shift = Double.NaN;
        double sum = 0;
        double sumSq = 0;
        int count = 0;
        double prev = initialEquity;
        double peak = initialEquity;
        long peakTime = n == 0 ? 0 : curve.time(0);
        double maxDd = 0;
        long ddPeak = 0;
        long ddTrough = 0;
        int invested = 0;
        for (int i = 0; i < n; i++) {
            double e = curve.equityRaw(i) * unit;
            if (prev != 0) {
                double r = e / prev - 1;
                if (count == 0) {
                    shift = r;
                }
                double d = r - shift;
                sum += d;
                sumSq += d * d;
                count++;
            }
            prev = e;
            if (e > peak) {
                peak = e;
                peakTime = curve.time(i);
            }
            // Only a value below the deepest trough so far can set a new drawdown: divide only then.
            if (peak > 0 && e < peak * (1 - maxDd)) {
                double dd = 1 - e / peak;
                if (dd > maxDd) {
                    maxDd = dd;
                    ddPeak = peakTime;
                    ddTrough = curve.time(i);
                }
            }
            if (curve.invested(i)) {
                invested++;
            }
        }
        double mean = count == 0 ? 0 : shift + sum / count;
        double m2 = count == 0 ? 0 : Math.max(0, sumSq - sum * sum / count);
        double sd = count > 1 ? Math.sqrt(m2 / (count - 1)) : 0;
        double sharpe = sd == 0 ? 0 : mean / sd * Math.sqrt(periodsPerYear);

        return new BacktestStats(trades.trades(), initialEquity, finalEquity, totalReturn, cagr, sharpe, maxDd, ddPeak,
                ddTrough, fees, n == 0 ? 0 : (double) invested / n, trades.winRate(), trades.profitFactor(),
                periodsPerYear, n);
    }
}
