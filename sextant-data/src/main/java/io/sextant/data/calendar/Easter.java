package io.sextant.data.calendar;

import java.time.LocalDate;

/** Western (Gregorian) Easter Sunday, which fixes Good Friday. */
final class Easter {
    private Easter() {
    }

    /**
     * Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm (Meeus, <i>Astronomical
     * Algorithms</i>, ch. 8; also known as the Meeus/Jones/Butcher method), valid for every year from 1583.
     */
    static LocalDate sunday(int year) {
        if (year < 1583) {
            throw new IllegalArgumentException("Gregorian Easter is defined from 1583, was asked for " + year);
        }
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** Good Friday, two days before Easter Sunday. */
    static LocalDate goodFriday(int year) {
        return sunday(year).minusDays(2);
    }
}
