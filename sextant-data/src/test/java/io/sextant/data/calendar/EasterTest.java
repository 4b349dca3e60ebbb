package io.sextant.data.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EasterTest {

    /** Published Western Easter dates, including the earliest (22 March) and latest (25 April) possible. */
    @ParameterizedTest
    @CsvSource({
            "1818, 1818-03-22",
            "1943, 1943-04-25",
            "1962, 1962-04-22",
            "1968, 1968-04-14",
            "1978, 1978-03-26",
            "2000, 2000-04-23",
            "2008, 2008-03-23",
            "2011, 2011-04-24",
            "2019, 2019-04-21",
            "2024, 2024-03-31",
            "2025, 2025-04-20",
            "2038, 2038-04-25",
            "2285, 2285-03-22"})
    void easterSunday(int year, LocalDate expected) {
        assertThat(Easter.sunday(year)).isEqualTo(expected);
    }

    @Test
    void goodFridayIsTwoDaysBefore() {
        assertThat(Easter.goodFriday(2024)).isEqualTo(LocalDate.of(2024, 3, 29));
        assertThat(Easter.goodFriday(2008)).isEqualTo(LocalDate.of(2008, 3, 21));
    }

    @Test
    void julianYearsAreRejected() {
        assertThatThrownBy(() -> Easter.sunday(1500))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1583");
    }
}
