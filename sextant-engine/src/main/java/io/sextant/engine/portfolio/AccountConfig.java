package io.sextant.engine.portfolio;

import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;

import java.util.List;
import java.util.Objects;

/**
 * The account a run trades in.
 *
 * @param type         cash or margin
 * @param baseCurrency the currency equity and statistics are reported in
 * @param balances     starting balances (one per currency); none may be negative
 * @param leverage     the account's maximum leverage (1 for a cash account; 1 to 125)
 */
public record AccountConfig(AccountType type, Currency baseCurrency, List<Money> balances, int leverage) {

    public AccountConfig {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(baseCurrency, "baseCurrency");
        balances = List.copyOf(balances);
        for (Money m : balances) {
            if (m.signum() < 0) {
                throw new IllegalArgumentException("starting balance must not be negative, was " + m);
            }
        }
        if (leverage < 1 || leverage > 125) {
            throw new IllegalArgumentException("leverage must be between 1 and 125, was " + leverage);
        }
        if (type == AccountType.CASH && leverage != 1) {
            throw new IllegalArgumentException("a cash account has leverage 1, not " + leverage);
        }
    }

    /** A cash account holding {@code cash} in its currency. */
    public static AccountConfig cash(Money cash) {
        return new AccountConfig(AccountType.CASH, cash.currency(), List.of(cash), 1);
    }

    /** A margin account holding {@code cash}, with at most {@code leverage} times leverage. */
    public static AccountConfig margin(Money cash, int leverage) {
        return new AccountConfig(AccountType.MARGIN, cash.currency(), List.of(cash), leverage);
    }
}
