package io.sextant.data.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;

class HolidayDatesTest {

    @Test
    void nthAndLastWeekdays() {
        assertThat(HolidayDates.nth(3, DayOfWeek.MONDAY, 2024, Month.JANUARY)).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(HolidayDates.nth(4, DayOfWeek.THURSDAY, 2023, Month.NOVEMBER)).isEqualTo(LocalDate.of(2023, 11, 23));
        assertThat(HolidayDates.last(DayOfWeek.MONDAY, 2021, Month.MAY)).isEqualTo(LocalDate.of(2021, 5, 31));
        assertThat(HolidayDates.onOrAfter(LocalDate.of(2020, 11, 2), DayOfWeek.TUESDAY))
                .isEqualTo(LocalDate.of(2020, 11, 3));
    }

    @Test
    void weekendObservance() {
        LocalDate saturday = LocalDate.of(2021, 12, 25);
        LocalDate sunday = LocalDate.of(2022, 12, 25);
        LocalDate wednesday = LocalDate.of(2024, 12, 25);
        assertThat(HolidayDates.nearestWeekday(saturday)).isEqualTo(LocalDate.of(2021, 12, 24));
        assertThat(HolidayDates.nearestWeekday(sunday)).isEqualTo(LocalDate.of(2022, 12, 26));
        assertThat(HolidayDates.nearestWeekday(wednesday)).isEqualTo(wednesday);
        assertThat(HolidayDates.sundayToMondaySkippingSaturday(saturday)).isNull();
        assertThat(HolidayDates.sundayToMondaySkippingSaturday(sunday)).isEqualTo(LocalDate.of(2022, 12, 26));
        assertThat(HolidayDates.sundayToMondaySkippingSaturday(wednesday)).isEqualTo(wednesday);
    }
}
