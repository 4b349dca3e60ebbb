package io.sextant.data.series;

import java.util.ArrayList;
import java.util.List;

/** Columns that must share one scale (the four prices of a bar), so they compare raw against raw. */
final class ScaleGroup {
    private final List<LongColumnBuilder> members = new ArrayList<>(8);

    void add(LongColumnBuilder column) {
        members.add(column);
    }

    /** Raises every member to {@code scale}; if one of them cannot be, none is changed. */
    void raiseTo(int scale) {
        for (LongColumnBuilder c : members) {
            c.checkRaise(scale);
        }
        for (LongColumnBuilder c : members) {
            c.raiseScale(scale);
        }
    }
}
