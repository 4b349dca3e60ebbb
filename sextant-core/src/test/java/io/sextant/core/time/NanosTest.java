package io.sextant.core.time;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.oneOf;
import static org.quicktheories.generators.SourceDSL.longs;

class NanosTest {

    @Test
    void unitsMultiplyUp() {
        assertThat(Nanos.PER_MICRO).isEqualTo(1_000L);
        assertThat(Nanos.PER_MILLI).isEqualTo(1_000_000L);
        assertThat(Nanos.PER_SECOND).isEqualTo(1_000_000_000L);
        assertThat(Nanos.PER_MINUTE).isEqualTo(60_000_000_000L);
        assertThat(Nanos.PER_HOUR).isEqualTo(3_600_000_000_000L);
        assertThat(Nanos.PER_DAY).isEqualTo(86_400_000_000_000L);
    }

    @Test
    void convertsInstantsBothWays() {
        Instant t = Instant.parse("2014-06-09T13:30:00.000000001Z");
        long ns = Nanos.ofInstant(t);
        assertThat(ns).isEqualTo(1_402_320_600_000_000_001L);
        assertThat(Nanos.toInstant(ns)).isEqualTo(t);
        assertThat(Nanos.format(ns)).isEqualTo("2014-06-09T13:30:00.000000001Z");
        assertThat(Nanos.format(1_402_320_600_000_000_000L)).isEqualTo("2014-06-09T13:30:00Z");
        assertThat(Nanos.ofEpochMilli(1_402_320_600_000L)).isEqualTo(1_402_320_600_000_000_000L);
        assertThat(Nanos.ofEpochSecond(1_402_320_600L)).isEqualTo(1_402_320_600_000_000_000L);
        // before the epoch: -1.5 s is 1969-12-31T23:59:58.5Z
        assertThat(Nanos.toInstant(-1_500_000_000L)).isEqualTo(Instant.parse("1969-12-31T23:59:58.500Z"));
        assertThat(Nanos.ofInstant(Instant.parse("1969-12-31T23:59:58.500Z"))).isEqualTo(-1_500_000_000L);
        assertThat(Nanos.toZoned(0, ZoneId.of("America/New_York")).toLocalDateTime())
                .hasToString("1969-12-31T19:00");
    }

    @Test
    void theRangeIsAbout1677To2262() {
        assertThat(Nanos.format(Long.MAX_VALUE)).isEqualTo("2262-04-11T23:47:16.854775807Z");
        assertThat(Nanos.format(Long.MIN_VALUE)).isEqualTo("1677-09-21T00:12:43.145224192Z");
        assertThat(Nanos.ofInstant(Nanos.toInstant(Long.MIN_VALUE))).isEqualTo(Long.MIN_VALUE);
        assertThatThrownBy(() -> Nanos.ofInstant(Instant.parse("2262-04-12T00:00:00Z")))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Nanos.ofEpochMilli(Long.MAX_VALUE / 1000)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void everyTimestampRoundTripsThroughInstant() {
        qt().withFixedSeed(20_260_101L).withExamples(20_000)
                .forAll(oneOf(longs().all(), longs().between(Long.MIN_VALUE, Long.MIN_VALUE + 2 * Nanos.PER_SECOND),
                        longs().between(-2 * Nanos.PER_SECOND, 2 * Nanos.PER_SECOND)))
                .checkAssert(ns -> assertThat(Nanos.ofInstant(Nanos.toInstant(ns))).isEqualTo(ns));
    }
}
