package io.sextant.data.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.sextant.core.time.Nanos;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LocalDaysTest {
    private static final long SEVEN_MINUTES = Duration.ofMinutes(7).toNanos();

    @Test
    void agreesWithTradingDateAcrossDaylightSavingChanges() {
        for (TradingCalendar calendar : new TradingCalendar[] {NyseCalendar.instance(), FxCalendar.instance(),
                AlwaysOpenCalendar.instance()}) {
            LocalDays days = LocalDays.tradingDatesOf(calendar);
            for (long ns = ns("2013-03-01T00:00:00Z"); ns < ns("2013-11-30T00:00:00Z"); ns += SEVEN_MINUTES) {
                assertThat(days.epochDay(ns)).as("%s at %s", calendar.name(), Nanos.format(ns))
                        .isEqualTo(calendar.tradingDate(ns).toEpochDay());
            }
        }
    }

    @Test
    void handlesZonesThatChangeClocksAtMidnightAndLookupsOutOfOrder() {
        ZoneId santiago = ZoneId.of("America/Santiago");
        LocalDays days = LocalDays.of(santiago);
        for (long ns = ns("2019-04-05T00:00:00Z"); ns < ns("2019-04-09T00:00:00Z"); ns += SEVEN_MINUTES) {
            assertThat(days.epochDay(ns)).isEqualTo(Nanos.toZoned(ns, santiago).toLocalDate().toEpochDay());
        }
        long early = ns("1990-06-01T12:00:00Z");
        assertThat(days.epochDay(early)).isEqualTo(Nanos.toZoned(early, santiago).toLocalDate().toEpochDay());
    }

    @Test
    void fixedOffsetsAndNegativeInstants() {
        LocalDays days = LocalDays.of(ZoneOffset.ofHours(-5));
        assertThat(days.epochDay(ns("2014-05-05T04:59:59Z"))).isEqualTo(ns("2014-05-04T00:00:00Z") / Nanos.PER_DAY);
        assertThat(days.epochDay(ns("2014-05-05T05:00:00Z"))).isEqualTo(ns("2014-05-05T00:00:00Z") / Nanos.PER_DAY);
        assertThat(LocalDays.of(ZoneOffset.UTC).epochDay(-1)).isEqualTo(-1);
    }

    private static long ns(String instant) {
        return Nanos.ofInstant(Instant.parse(instant));
    }
}
