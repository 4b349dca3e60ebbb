package io.sextant.engine.portfolio;

import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The account a run trades in.
 *
 * @param type               cash or margin
 * @param baseCurrency       the currency equity and statistics are reported in
 * @param balances           starting balances (one per currency); none may be negative
 * @param leverage           the account's maximum leverage (1 for a cash account; 1 to 125). A position's
 *                           initial margin rate is {@code max(1 / leverage, instrument initial rate)}
 * @param marginMode         isolated or cross margin for derivative positions
 * @param positionMode       netting, or separate long and short positions (hedging)
 * @param liquidationFeeRate the fee a liquidation charges, as a fraction of the notional at the liquidation
 *                           price (0.005 = 0.5 %), in [0, 1)
 * @param annualBorrowRate   the yearly rate charged on short spot positions (0.03 = 3 % a year), accrued
 *                           actual/360 per midnight UTC the short is held over; 0 for none
 */
public record AccountConfig(AccountType type, Currency baseCurrency, List<Money> balances, int leverage,
                            MarginMode marginMode, PositionMode positionMode, BigDecimal liquidationFeeRate,
                            BigDecimal annualBorrowRate) {

    public AccountConfig {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(baseCurrency, "baseCurrency");
        Objects.requireNonNull(marginMode, "marginMode");
        Objects.requireNonNull(positionMode, "positionMode");
        Objects.requireNonNull(liquidationFeeRate, "liquidationFeeRate");
        Objects.requireNonNull(annualBorrowRate, "annualBorrowRate");
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
        if (liquidationFeeRate.signum() < 0 || liquidationFeeRate.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("liquidation fee rate must be in [0, 1), was "
                    + liquidationFeeRate.toPlainString());
        }
        if (annualBorrowRate.signum() < 0) {
            throw new IllegalArgumentException("annual borrow rate must not be negative, was "
                    + annualBorrowRate.toPlainString());
        }
    }

    /** Netting, isolated margin, no liquidation fee, no borrow cost. */
    public AccountConfig(AccountType type, Currency baseCurrency, List<Money> balances, int leverage) {
        this(type, baseCurrency, balances, leverage, MarginMode.ISOLATED, PositionMode.NETTING, BigDecimal.ZERO,
                BigDecimal.ZERO);
    }

    /** A cash account holding {@code cash} in its currency. */
    public static AccountConfig cash(Money cash) {
        return new AccountConfig(AccountType.CASH, cash.currency(), List.of(cash), 1);
    }

    /** A margin account holding {@code cash}, with at most {@code leverage} times leverage. */
    public static AccountConfig margin(Money cash, int leverage) {
        return new AccountConfig(AccountType.MARGIN, cash.currency(), List.of(cash), leverage);
    }

    public AccountConfig withMarginMode(MarginMode mode) {
        return new AccountConfig(type, baseCurrency, balances, leverage, mode, positionMode, liquidationFeeRate,
                annualBorrowRate);
    }

    public AccountConfig withPositionMode(PositionMode mode) {
        return new AccountConfig(type, baseCurrency, balances, leverage, marginMode, mode, liquidationFeeRate,
                annualBorrowRate);
    }

    public AccountConfig withLiquidationFeeRate(BigDecimal rate) {
        return new AccountConfig(type, baseCurrency, balances, leverage, marginMode, positionMode, rate,
                annualBorrowRate);
    }

    public AccountConfig withAnnualBorrowRate(BigDecimal rate) {
        return new AccountConfig(type, baseCurrency, balances, leverage, marginMode, positionMode, liquidationFeeRate,
                rate);
    }

    /** Adds a starting balance in another currency (e.g. EUR beside a USD base). */
    public AccountConfig withBalance(Money balance) {
        List<Money> more = new java.util.ArrayList<>(balances);
        more.add(balance);
        return new AccountConfig(type, baseCurrency, more, leverage, marginMode, positionMode, liquidationFeeRate,
                annualBorrowRate);
    }
}
