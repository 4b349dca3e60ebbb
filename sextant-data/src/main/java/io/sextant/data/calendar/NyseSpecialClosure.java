package io.sextant.data.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A one-off full-day NYSE closure (a day of mourning, a storm, the 1968 paperwork crisis) from 1962 on.
 *
 * <p>Sources: {@code exchange_calendars} {@code us_holidays.py} (lists such as {@code USNationalDaysofMourning},
 * {@code PaperworkCrisis68}, {@code September11Closings}) and {@code pandas_market_calendars}
 * {@code holidays/nyse.py}, which follows the NYSE's historical closings document. The two agree on every date
 * below except the last, 2025-01-09, which {@code pandas_market_calendars} has and {@code exchange_calendars} 4.5
 * lacks. The Kaggle daily stock files (1962-2017) have no row on any of them.
 *
 * @param date   the weekday the exchange was closed
 * @param reason why, in a few words
 */
record NyseSpecialClosure(LocalDate date, String reason) {

    /** Every one-off closure from 1962, in date order. */
    static final List<NyseSpecialClosure> ALL = List.of(
            // National day of mourning (ec USNationalDaysofMourning; pmc KennedyFuneral1963)
            of("1963-11-25", "President John F. Kennedy funeral"),
            // Trading floor closed, offices open (ec and pmc LincolnsBirthDayAdhoc)
            of("1968-02-12", "Lincoln's Birthday"),
            // Day of mourning (ec USNationalDaysofMourning; pmc MLKdayOfMourning1968)
            of("1968-04-09", "Martin Luther King Jr. day of mourning"),
            // Paperwork crisis: closed on Wednesdays, or on the week's holiday instead (ec PaperworkCrisis68,
            // which also lists 1968-12-25, a regular holiday; pmc PaperworkCrisis1968 plus USVetransDayAdHoc)
            of("1968-06-12", "paperwork crisis"),
            of("1968-06-19", "paperwork crisis"),
            of("1968-06-26", "paperwork crisis"),
            // The day after Independence Day replaced that week's Wednesday (ec and pmc, 1968-07-05)
            of("1968-07-05", "paperwork crisis, day after Independence Day"),
            of("1968-07-10", "paperwork crisis"),
            of("1968-07-17", "paperwork crisis"),
            of("1968-07-24", "paperwork crisis"),
            of("1968-07-31", "paperwork crisis"),
            of("1968-08-07", "paperwork crisis"),
            of("1968-08-14", "paperwork crisis"),
            of("1968-08-21", "paperwork crisis"),
            of("1968-08-28", "paperwork crisis"),
            of("1968-09-11", "paperwork crisis"),
            of("1968-09-18", "paperwork crisis"),
            of("1968-09-25", "paperwork crisis"),
            of("1968-10-02", "paperwork crisis"),
            of("1968-10-09", "paperwork crisis"),
            of("1968-10-16", "paperwork crisis"),
            of("1968-10-23", "paperwork crisis"),
            of("1968-10-30", "paperwork crisis"),
            of("1968-11-11", "paperwork crisis, Veterans Day"),
            of("1968-11-20", "paperwork crisis"),
            of("1968-12-04", "paperwork crisis"),
            of("1968-12-11", "paperwork crisis"),
            of("1968-12-18", "paperwork crisis"),
            // Heavy snow (ec WeatherSnowClosing; pmc SnowClosing1969)
            of("1969-02-10", "snowstorm"),
            // Day of mourning (ec USNationalDaysofMourning; pmc EisenhowerFuneral1969)
            of("1969-03-31", "President Dwight D. Eisenhower funeral"),
            // National Day of Participation (ec and pmc FirstLunarLandingClosing)
            of("1969-07-21", "first lunar landing"),
            // Day of mourning (ec USNationalDaysofMourning; pmc TrumanFuneral1972)
            of("1972-12-28", "President Harry S. Truman funeral"),
            // Day of mourning (ec USNationalDaysofMourning; pmc JohnsonFuneral1973)
            of("1973-01-25", "President Lyndon B. Johnson funeral"),
            // Power failure in New York City (ec and pmc NewYorkCityBlackout77)
            of("1977-07-14", "New York City blackout"),
            // (ec HurricaneGloriaClosing; pmc HurricaneGloriaClosings1985)
            of("1985-09-27", "Hurricane Gloria"),
            // Day of mourning (ec USNationalDaysofMourning; pmc NixonFuneral1994)
            of("1994-04-27", "President Richard Nixon funeral"),
            // (ec September11Closings; pmc September11Closings2001)
            of("2001-09-11", "September 11 attacks"),
            of("2001-09-12", "September 11 attacks"),
            of("2001-09-13", "September 11 attacks"),
            of("2001-09-14", "September 11 attacks"),
            // Day of mourning (ec USNationalDaysofMourning; pmc ReaganMourning2004)
            of("2004-06-11", "President Ronald Reagan day of mourning"),
            // Day of mourning (ec USNationalDaysofMourning; pmc FordMourning2007)
            of("2007-01-02", "President Gerald Ford day of mourning"),
            // (ec HurricaneSandyClosings; pmc HurricaneSandyClosings2012)
            of("2012-10-29", "Hurricane Sandy"),
            of("2012-10-30", "Hurricane Sandy"),
            // Day of mourning (ec USNationalDaysofMourning; pmc GeorgeHWBushDeath2018)
            of("2018-12-05", "President George H. W. Bush day of mourning"),
            // Day of mourning (pmc JimmyCarterDeath2025; not in ec 4.5)
            of("2025-01-09", "President Jimmy Carter day of mourning"));

    private static NyseSpecialClosure of(String date, String reason) {
        return new NyseSpecialClosure(LocalDate.parse(date), reason);
    }
}
