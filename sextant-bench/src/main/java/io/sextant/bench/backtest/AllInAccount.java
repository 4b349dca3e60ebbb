package io.sextant.bench.backtest;

import java.util.ArrayList;
import java.util.List;

/**
 * The cash account of the two reference implementations (primitive loop and ta4j), in exact cents:
 * all-in long buys and full sells of one instrument on a 0.01 tick with a lot of 1, and the trades
 * they make. It mirrors what the engine does with a percent-of-equity (100 %) market order:
 * <ul>
 *   <li>budget = cash (flat when buying, so equity is cash);</li>
 *   <li>quantity = the largest whole number q with {@code price × q + fee(price × q) ≤ budget};</li>
 *   <li>fee = 0.1 % of the fill's value, rounded half-up to the cent: {@code (value + 500) / 1000};</li>
 *   <li>a buy debits value + fee, a sell credits value − fee.</li>
 * </ul>
 * Prices are raw cents; quantities whole units.
 */
final class AllInAccount {
    private final List<Trade> trades = new ArrayList<>();
    private long cash;
    private long quantity;
    private int entryBar;
    private long entryPrice;

    AllInAccount(long cashCents) {
        this.cash = cashCents;
    }

    /** Fee on a fill worth {@code valueCents}: 0.1 %, half-up to the cent. */
    static long fee(long valueCents) {
        return (valueCents + 500) / 1000;
    }

    boolean isFlat() {
        return quantity == 0;
    }

    /** Buys as many units as cash covers with the fee at {@code price}; nothing if not even one does. */
    void buyAll(int bar, long price) {
        long q = cash / price;
        while (q > 0 && price * q + fee(price * q) > cash) {
            q--;
        }
        if (q == 0) {
            return;
        }
        cash -= price * q + fee(price * q);
        quantity = q;
        entryBar = bar;
        entryPrice = price;
    }

    /** Sells the whole position at {@code price}. */
    void sellAll(int bar, long price) {
        long value = price * quantity;
        cash += value - fee(value);
        trades.add(new Trade(entryBar, entryPrice, quantity, bar, price));
        quantity = 0;
    }

    long cashCents() {
        return cash;
    }

    /** The closed trades, then the open one (exit -1) if a position is held. */
    List<Trade> trades() {
        List<Trade> all = new ArrayList<>(trades);
        if (quantity != 0) {
            all.add(new Trade(entryBar, entryPrice, quantity, -1, 0));
        }
        return all;
    }
}
