package io.sextant.data.validate;

/**
 * The rules a row can break. {@link #storable()} tells whether a row breaking it can still be
 * kept under {@link ErrorPolicy#FLAG}.
 */
public enum Rule {
    /** A field could not be read (not a number, not a timestamp, wrong number of fields). */
    PARSE("parse", false),
    /** The time is earlier than the previous row's. */
    TIME_BACKWARDS("time-backwards", false),
    /** The same time as the previous bar. */
    DUPLICATE_TIME("duplicate-time", false),
    /** Two bars fall into the same bar period. */
    SAME_PERIOD("same-period", false),
    /** A price is zero or negative. */
    NON_POSITIVE_PRICE("non-positive-price", true),
    /** low &le; open, close &le; high does not hold. */
    OHLC("ohlc", true),
    /** A volume or size is negative. */
    NEGATIVE_VOLUME("negative-volume", true);

    private final String code;
    private final boolean storable;

    Rule(String code, boolean storable) {
        this.code = code;
        this.storable = storable;
    }

    public String code() {
        return code;
    }

    public boolean storable() {
        return storable;
    }

    @Override
    public String toString() {
        return code;
    }
}
