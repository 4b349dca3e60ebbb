package io.sextant.data.series;

/** The names columns have in every series and on disk. */
public final class ColumnNames {
    public static final String TS = "ts";
    public static final String TS_OPEN = "ts_open";
    public static final String TS_CLOSE = "ts_close";
    public static final String OPEN = "open";
    public static final String HIGH = "high";
    public static final String LOW = "low";
    public static final String CLOSE = "close";
    public static final String VOLUME = "volume";
    public static final String VWAP = "vwap";
    public static final String TRADES = "trades";
    public static final String PRICE = "price";
    public static final String SIZE = "size";
    public static final String EXCHANGE = "exchange";
    public static final String CONDITION = "condition";
    public static final String SUSPICIOUS = "suspicious";
    public static final String BID = "bid";
    public static final String ASK = "ask";
    public static final String BID_SIZE = "bid_size";
    public static final String ASK_SIZE = "ask_size";
    public static final String BID_OPEN = "bid_open";
    public static final String BID_HIGH = "bid_high";
    public static final String BID_LOW = "bid_low";
    public static final String BID_CLOSE = "bid_close";
    public static final String ASK_OPEN = "ask_open";
    public static final String ASK_HIGH = "ask_high";
    public static final String ASK_LOW = "ask_low";
    public static final String ASK_CLOSE = "ask_close";

    private ColumnNames() {
    }
}
