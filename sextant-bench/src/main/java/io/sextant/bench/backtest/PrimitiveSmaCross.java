package io.sextant.bench.backtest;

/**
 * The SMA-cross workload as the smallest loop over primitive arrays: exact rolling sums of the
 * closes (raw cents, so no rounding), the signal at bar t's close, the fill at bar t+1's open.
 * Same rule as {@code SmaCross}: "above" means fast SMA &gt; slow SMA (compared exactly as
 * {@code sumFast × slow > sumSlow × fast}); once both averages are full, a change of "above" from the
 * previous bar is a cross — up buys all-in when flat, down sells everything when long.
 */
public final class PrimitiveSmaCross {

    private PrimitiveSmaCross() {
    }

    /** Runs over the bars and returns the account with its trades. */
    static AllInAccount run(long[] open, long[] close, int fast, int slow, long cashCents) {
        AllInAccount account = new AllInAccount(cashCents);
        long sumFast = 0;
        long sumSlow = 0;
        boolean wasAbove = false;
        boolean ready = false;
        int pending = 0; // +1 buy, -1 sell at the next open
        for (int i = 0, n = close.length; i < n; i++) {
            if (pending > 0) {
                account.buyAll(i, open[i]);
            } else if (pending < 0) {
                account.sellAll(i, open[i]);
            }
            pending = 0;
            long c = close[i];
            sumFast += c - (i >= fast ? close[i - fast] : 0);
            sumSlow += c - (i >= slow ? close[i - slow] : 0);
            if (i < slow - 1) {
                continue;
            }
            boolean above = sumFast * slow > sumSlow * fast;
            if (ready && above != wasAbove) {
                if (above && account.isFlat()) {
                    pending = 1;
                } else if (!above && !account.isFlat()) {
                    pending = -1;
                }
            }
            wasAbove = above;
            ready = true;
        }
        return account;
    }
}
