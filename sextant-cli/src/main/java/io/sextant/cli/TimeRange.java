package io.sextant.cli;

import io.sextant.data.catalog.SeriesEntry;
import picocli.CommandLine.Option;

import java.time.ZoneId;

/** A time range within a series: {@code --from} (inclusive) and {@code --to}, read in the series' zone. */
final class TimeRange {
    @Option(names = "--from", paramLabel = "TIME", description = "From this date or time (inclusive), in the series' zone.")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "To this date (inclusive) or time (exclusive), in the "
            + "series' zone.")
    String to;

    long fromNs(SeriesEntry e) {
        return from == null ? Long.MIN_VALUE : TimeArg.parse(from, ZoneId.of(e.zone()), false, "--from");
    }

    long toNs(SeriesEntry e) {
        return to == null ? Long.MAX_VALUE : TimeArg.parse(to, ZoneId.of(e.zone()), true, "--to");
    }
}
