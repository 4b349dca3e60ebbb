package io.sextant.bench;

import io.sextant.core.time.Nanos;
import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.LongColumn;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKind;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded synthetic bars for the benchmarks: a random walk of the log price x that mean-reverts to
 * log 100.00, {@code x += r - kappa (x - log 100)}, whose step r may carry momentum,
 * {@code r = phi r' + sigma N(0,1)}. Prices in cents (scale 2, tick 0.01), open = previous close,
 * wicks beyond the body, volumes 1..20,000 (scale 0, all above zero). The steps and the wicks/volumes
 * come from two random streams of the seed, so the closes depend only on the seed and the walk's
 * parameters. The same seed gives the same bars.
 */
public final class SyntheticBars {
    private static final long START_NS = Nanos.ofInstant(Instant.parse("2006-01-01T00:00:00Z"));

    private SyntheticBars() {
    }

    /**
     * {@code rows} consecutive 1-minute bars from 2006-01-01T00:00Z, a plain walk (no momentum, per-bar
     * sd 0.08 %, kappa 1e-5: stationary sd about 18 %).
     */
    public static SeriesData minutes(int rows, long seed) {
        return walk(minuteOpens(rows), Nanos.PER_MINUTE, seed, 0, 0.0008, 0.00001, 0, 0);
    }

    /**
     * {@code rows} consecutive 1-minute bars from 2006-01-01T00:00Z whose steps carry momentum (phi 0.8,
     * sigma 0.0002421875, kappa 1e-4). An SMA(10)/SMA(30) cross trading all-in with a 0.1 % fee makes
     * about as much as it pays in fees on it: with seed 7 over 10M bars, about 155,000 round trips to
     * the last bar, equity staying within e^-1.7..e^0.6 of the start. On a plain walk the fees take
     * everything within a few hundred thousand bars and the strategy stops trading.
     *
     * <p>No bar has SMA(10) of the close exactly equal to SMA(30) (a close that would make them equal is
     * raised by one tick): at an exact tie, which average a floating-point implementation finds larger
     * depends on its rounding, so implementations that must make the same trades would legitimately
     * differ there. Without ties the two averages differ by at least 1/30 of a cent, far above rounding.
     */
    public static SeriesData trendingMinutes(int rows, long seed) {
        return walk(minuteOpens(rows), Nanos.PER_MINUTE, seed, 0.8, 0.0002421875, 0.0001, 10, 30);
    }

    private static long[] minuteOpens(int rows) {
        long[] tsOpen = new long[rows];
        for (int i = 0; i < rows; i++) {
            tsOpen[i] = START_NS + i * Nanos.PER_MINUTE;
        }
        return tsOpen;
    }

    /**
     * {@code rows} daily bars (a plain walk, daily sd 1 %, kappa 1e-3), Monday to Friday from Monday
     * 2006-01-02, each opening at 00:00 UTC and closing at the next 00:00 UTC (the daily-bar convention
     * of decision 0004).
     */
    public static SeriesData weekdays(int rows, long seed) {
        long[] tsOpen = new long[rows];
        LocalDate day = LocalDate.of(2006, 1, 2);
        for (int i = 0; i < rows; i++) {
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
            tsOpen[i] = Nanos.ofInstant(day.atStartOfDay(ZoneOffset.UTC).toInstant());
            day = day.plusDays(1);
        }
        return walk(tsOpen, Nanos.PER_DAY, seed, 0, 0.01, 0.001, 0, 0);
    }

    /** The walk; with {@code fast > 0}, no close makes SMA(fast) equal SMA(slow) (raised a tick if it would). */
    private static SeriesData walk(long[] tsOpen, long barNs, long seed, double phi, double sigma, double kappa,
                                   int fast, int slow) {
        int rows = tsOpen.length;
        SplittableRandom steps = new SplittableRandom(seed);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        long[] tsClose = new long[rows];
        long[] open = new long[rows];
        long[] high = new long[rows];
        long[] low = new long[rows];
        long[] close = new long[rows];
        long[] volume = new long[rows];
        double base = Math.log(100.0);
        double x = base;
        double r = 0;
        long previousClose = 10_000;
        for (int i = 0; i < rows; i++) {
            tsClose[i] = tsOpen[i] + barNs;
            r = phi * r + sigma * steps.nextGaussian();
            x += r - kappa * (x - base);
            long o = previousClose;
            long c = Math.max(1, Math.round(Math.exp(x) * 100));
            if (fast > 0 && i >= slow - 1) {
                long sumFast = c + sumOf(close, i - fast + 1, i);
                long sumSlow = c + sumOf(close, i - slow + 1, i);
                if (sumFast * slow == sumSlow * fast) {
                    c++; // changes slow x sumFast - fast x sumSlow by slow - fast, never to 0
                }
            }
            long spread = Math.max(1, Math.round(Math.exp(x) * 100 * 0.0003));
            long h = Math.max(o, c) + (long) (Math.abs(random.nextGaussian()) * spread);
            long l = Math.max(1, Math.min(o, c) - (long) (Math.abs(random.nextGaussian()) * spread));
            open[i] = o;
            high[i] = h;
            low[i] = l;
            close[i] = c;
            volume[i] = 1 + random.nextInt(20_000);
            previousClose = c;
        }
        return new SeriesData(SeriesKind.BARS, List.of(
                new LongColumn(ColumnNames.TS_OPEN, tsOpen, 0), new LongColumn(ColumnNames.TS_CLOSE, tsClose, 0),
                new LongColumn(ColumnNames.OPEN, open, 2), new LongColumn(ColumnNames.HIGH, high, 2),
                new LongColumn(ColumnNames.LOW, low, 2), new LongColumn(ColumnNames.CLOSE, close, 2),
                new LongColumn(ColumnNames.VOLUME, volume, 0)));
    }

    private static long sumOf(long[] values, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum;
    }
}
