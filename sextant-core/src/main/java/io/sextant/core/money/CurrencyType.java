package io.sextant.core.money;

/** Whether a currency is an ISO 4217 fiat currency or a crypto asset. */
public enum CurrencyType {
    FIAT,
    CRYPTO
}
