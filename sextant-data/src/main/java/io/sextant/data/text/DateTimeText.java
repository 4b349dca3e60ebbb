package io.sextant.data.text;

import io.sextant.core.time.Nanos;

/**
 * Calendar timestamps in the layouts market data uses, parsed straight from bytes:
 * {@code yyyy-MM-dd}, {@code yyyy/MM/dd} or {@code yyyyMMdd}, optionally followed by a space or
 * {@code T} and {@code HH:mm[:ss[.fraction]]} (up to nanoseconds), optionally followed by {@code Z},
 * {@code UTC} or an offset {@code ±HH:mm}/{@code ±HHmm}. Without an offset the time is local to the
 * configured zone.
 */
public final class DateTimeText implements TimestampParser {
    private final ZoneConverter zone;

    public DateTimeText(ZoneConverter zone) {
        this.zone = zone;
    }

    @Override
    public String describe() {
        return "yyyy-MM-dd or yyyyMMdd [HH:mm[:ss[.fraction]]] [Z|±HH:mm] (local times in " + zone.zone() + ")";
    }

    @Override
    public long parse(byte[] b, int start, int end) {
        while (start < end && b[start] == ' ') {
            start++;
        }
        while (end > start && b[end - 1] == ' ') {
            end--;
        }
        int p = start;
        int year = digits(b, p, 4, end);
        if (year < 0) {
            return INVALID;
        }
        p += 4;
        int month;
        int day;
        if (p < end && (b[p] == '-' || b[p] == '/')) {
            byte sep = b[p];
            month = digits(b, p + 1, 2, end);
            if (month < 0 || p + 3 >= end || b[p + 3] != sep) {
                return INVALID;
            }
            day = digits(b, p + 4, 2, end);
            p += 6;
        } else {
            month = digits(b, p, 2, end);
            day = digits(b, p + 2, 2, end);
            p += 4;
        }
        if (month < 0 || day < 0) {
            return INVALID;
        }
        long epochDay = ZoneConverter.epochDay(year, month, day);
        if (epochDay == Long.MIN_VALUE) {
            return INVALID;
        }
        long nanoOfDay = 0;
        if (p < end && (b[p] == ' ' || b[p] == 'T')) {
            p++;
            int hour = digits(b, p, 2, end);
            if (hour < 0 || hour > 23 || p + 2 >= end || b[p + 2] != ':') {
                return INVALID;
            }
            int minute = digits(b, p + 3, 2, end);
            if (minute < 0 || minute > 59) {
                return INVALID;
            }
            p += 5;
            int second = 0;
            long fraction = 0;
            if (p < end && b[p] == ':') {
                second = digits(b, p + 1, 2, end);
                if (second < 0 || second > 59) {
                    return INVALID;
                }
                p += 3;
                if (p < end && (b[p] == '.' || b[p] == ',')) {
                    p++;
                    int n = 0;
                    while (p < end && b[p] >= '0' && b[p] <= '9') {
                        if (n < 9) {
                            fraction = fraction * 10 + (b[p] - '0');
                            n++;
                        } else if (b[p] != '0') {
                            return INVALID; // finer than a nanosecond
                        }
                        p++;
                    }
                    if (n == 0) {
                        return INVALID;
                    }
                    for (; n < 9; n++) {
                        fraction *= 10;
                    }
                }
            }
            nanoOfDay = hour * Nanos.PER_HOUR + minute * Nanos.PER_MINUTE + second * Nanos.PER_SECOND + fraction;
        }
        try {
            if (p == end) {
                return zone.toEpochNanos(epochDay, nanoOfDay);
            }
            if (b[p] == ' ' && p + 1 < end) {
                p++;
            }
            if (end - p == 1 && (b[p] == 'Z' || b[p] == 'z')) {
                return ZoneConverter.atOffset(epochDay, nanoOfDay, 0);
            }
            if (end - p == 3 && b[p] == 'U' && b[p + 1] == 'T' && b[p + 2] == 'C') {
                return ZoneConverter.atOffset(epochDay, nanoOfDay, 0);
            }
            if (b[p] == '+' || b[p] == '-') {
                int sign = b[p] == '-' ? -1 : 1;
                int oh = digits(b, p + 1, 2, end);
                int q = p + 3;
                int om = 0;
                if (q < end) {
                    if (b[q] == ':') {
                        q++;
                    }
                    om = digits(b, q, 2, end); // two digits must follow, colon or not
                    q += 2;
                }
                if (oh < 0 || om < 0 || om > 59 || q != end || oh * 60 + om > 18 * 60) {
                    return INVALID; // java.time's limit: offsets reach at most ±18:00
                }
                return ZoneConverter.atOffset(epochDay, nanoOfDay, sign * (oh * 3600L + om * 60L));
            }
            return INVALID;
        } catch (ArithmeticException outsideTheNanosecondRange) {
            return INVALID;
        }
    }

    /** The non-negative value of {@code n} ASCII digits at {@code p}, or -1. */
    static int digits(byte[] b, int p, int n, int end) {
        if (p + n > end) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < n; i++) {
            int d = b[p + i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }
}
