package io.sextant.core.money;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A currency or crypto asset with the number of decimals its amounts carry.
 *
 * <p>Fiat currencies take their decimals from ISO 4217 (USD 2, JPY 0, BHD 3). Crypto assets use
 * the precision exchanges settle in (BTC 8, ETH 8, USDT 8), not the on-chain unit; on-chain
 * amounts (wei) belong to the DeFi module's integer maths.
 *
 * @param code      upper-case code, e.g. {@code USD}, {@code BTC}
 * @param precision decimals of an amount, 0..{@value FixedPoint#MAX_PRECISION}
 * @param type      fiat or crypto
 */
public record Currency(String code, int precision, CurrencyType type) {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,12}");
    private static final Map<String, Currency> KNOWN = new ConcurrentHashMap<>();

    public static final Currency USD = fiat("USD");
    public static final Currency EUR = fiat("EUR");
    public static final Currency GBP = fiat("GBP");
    public static final Currency JPY = fiat("JPY");
    public static final Currency CHF = fiat("CHF");
    public static final Currency AUD = fiat("AUD");
    public static final Currency CAD = fiat("CAD");
    public static final Currency NZD = fiat("NZD");
    public static final Currency HKD = fiat("HKD");
    public static final Currency SGD = fiat("SGD");
    public static final Currency BTC = crypto("BTC", 8);
    public static final Currency ETH = crypto("ETH", 8);
    public static final Currency USDT = crypto("USDT", 8);
    public static final Currency USDC = crypto("USDC", 8);
    public static final Currency BNB = crypto("BNB", 8);
    public static final Currency SOL = crypto("SOL", 8);
    public static final Currency XRP = crypto("XRP", 6);
    public static final Currency ADA = crypto("ADA", 6);
    public static final Currency DOGE = crypto("DOGE", 8);
    public static final Currency LTC = crypto("LTC", 8);

    public Currency {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(type, "type");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("currency code must be 2-12 upper-case letters or digits, was '" + code + "'");
        }
        FixedPoint.checkPrecision(precision);
    }

    /** An ISO 4217 currency with its standard decimals; registers it for {@link #of(String)}. */
    public static Currency fiat(String code) {
        java.util.Currency iso;
        try {
            iso = java.util.Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + code + "' is not an ISO 4217 currency code", e);
        }
        int digits = Math.max(0, iso.getDefaultFractionDigits());
        return register(new Currency(code, digits, CurrencyType.FIAT));
    }

    /** A crypto asset with the given precision; registers it for {@link #of(String)}. */
    public static Currency crypto(String code, int precision) {
        return register(new Currency(code, precision, CurrencyType.CRYPTO));
    }

    private static Currency register(Currency c) {
        Currency existing = KNOWN.putIfAbsent(c.code, c);
        if (existing != null && !existing.equals(c)) {
            throw new IllegalArgumentException("currency " + c.code + " is already registered with "
                    + existing.precision + " decimals (" + existing.type + "), not " + c.precision + " (" + c.type + ")");
        }
        return existing != null ? existing : c;
    }

    /**
     * A registered currency, or an ISO 4217 currency by code. Unknown crypto codes must be
     * registered first with {@link #crypto(String, int)}, so their precision is never guessed.
     */
    public static Currency of(String code) {
        Currency c = KNOWN.get(code);
        if (c != null) {
            return c;
        }
        try {
            return fiat(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown currency '" + code
                    + "': register a crypto asset with Currency.crypto(code, precision)", e);
        }
    }

    /** True if {@code code} is registered or is an ISO 4217 code. */
    public static boolean isKnown(String code) {
        if (KNOWN.containsKey(code)) {
            return true;
        }
        try {
            java.util.Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Written out (not the record default): accounting compares currencies on every bar, identity first. */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Currency c && code.equals(c.code) && precision == c.precision && type == c.type;
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
