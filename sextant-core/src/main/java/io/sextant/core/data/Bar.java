package io.sextant.core.data;

import io.sextant.core.id.InstrumentId;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;

import java.util.Objects;

/**
 * One bar: open, high, low, close and volume over [{@code tsOpen}, {@code tsEvent}). The bar
 * becomes visible at its close, so {@code tsEvent} is the close time.
 *
 * <p>The four prices share one precision. Whether low &le; open, close &le; high holds is a data
 * quality question answered by the importer's validation ({@link #isConsistent()}), not an
 * invariant here, so flagged bars can still be looked at.
 *
 * @param type    instrument, timeframe and price type
 * @param open    first price
 * @param high    highest price
 * @param low     lowest price
 * @param close   last price
 * @param volume  quantity traded (zero for quote bars)
 * @param tsOpen  start of the bar, epoch ns UTC
 * @param tsEvent end of the bar (its close time), epoch ns UTC
 * @param tsInit  when this object was created, epoch ns UTC
 */
public record Bar(BarType type, Price open, Price high, Price low, Price close, Quantity volume,
                  long tsOpen, long tsEvent, long tsInit) implements MarketData {

    public Bar {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(close, "close");
        Objects.requireNonNull(volume, "volume");
        int p = open.precision();
        if (high.precision() != p || low.precision() != p || close.precision() != p) {
            throw new IllegalArgumentException(type + ": open/high/low/close must share one precision, got "
                    + open + "/" + high + "/" + low + "/" + close);
        }
        if (tsEvent < tsOpen) {
            throw new IllegalArgumentException(type + ": bar closes (" + tsEvent + ") before it opens (" + tsOpen + ")");
        }
    }

    @Override
    public InstrumentId instrumentId() {
        return type.instrumentId();
    }

    /** The close time; the same as {@link #tsEvent()}. */
    public long tsClose() {
        return tsEvent;
    }

    /** True if low &le; open, close &le; high. */
    public boolean isConsistent() {
        return low.compareTo(open) <= 0 && low.compareTo(close) <= 0
                && high.compareTo(open) >= 0 && high.compareTo(close) >= 0;
    }
}
