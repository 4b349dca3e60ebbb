package io.sextant.data.corporate;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A split or a cash dividend, as derived from a factor file.
 *
 * @param exDate the first trading day the action is in effect (the first bar after the factor row)
 * @param type   split or dividend
 * @param value  for a split, new shares per old share (7 for AAPL's 2014 7-for-1; 0.05 for a 1-for-20
 *               reverse split); for a dividend, the cash amount per share in the quote currency
 */
public record CorporateAction(LocalDate exDate, Type type, BigDecimal value) {

    /** The kind of action. */
    public enum Type {
        SPLIT,
        DIVIDEND
    }

    @Override
    public String toString() {
        return exDate + " " + (type == Type.SPLIT ? "split " + value.toPlainString() + "-for-1"
                : "dividend " + value.toPlainString());
    }
}
