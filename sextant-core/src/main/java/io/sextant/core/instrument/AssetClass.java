package io.sextant.core.instrument;

/** The broad class of an instrument; it decides defaults such as the trading calendar and time zone. */
public enum AssetClass {
    EQUITY,
    FX,
    CRYPTO,
    FUTURE,
    INDEX
}
