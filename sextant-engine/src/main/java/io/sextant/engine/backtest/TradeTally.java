package io.sextant.engine.backtest;

/**
 * Counts closed round trips and sums their net PnL as they close, so the statistics need no list
 * of trades. Net PnL is summed in the quote currency's units, as doubles, in closing order.
 */
final class TradeTally {
    private int trades;
    private int wins;
    private double grossWin;
    private double grossLoss;

    /** Adds one closed trade's net PnL (after fees). */
    void add(double netPnl) {
        trades++;
        if (netPnl > 0) {
            wins++;
            grossWin += netPnl;
        } else {
            grossLoss -= netPnl;
        }
    }

    int trades() {
        return trades;
    }

    /** Winning trades / trades; 0 without trades. */
    double winRate() {
        return trades == 0 ? 0 : (double) wins / trades;
    }

    /** Gross wins / gross losses; infinity with no losses, 0 without trades. */
    double profitFactor() {
        return trades == 0 ? 0 : grossLoss == 0 ? Double.POSITIVE_INFINITY : grossWin / grossLoss;
    }
}
