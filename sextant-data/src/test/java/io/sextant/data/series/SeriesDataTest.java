package io.sextant.data.series;

import static io.sextant.data.series.ColumnNames.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SeriesDataTest {

    static LongColumn col(String name, int scale, long... values) {
        return new LongColumn(name, values, scale);
    }

    /** Trades at the given times, price 100 + i at scale 2, size i, exchange 'A' + i. */
    static SeriesData trades(long... ts) {
        long[] price = new long[ts.length];
        long[] size = new long[ts.length];
        byte[] ex = new byte[ts.length];
        for (int i = 0; i < ts.length; i++) {
            price[i] = 100 + i;
            size[i] = i;
            ex[i] = (byte) ('A' + i);
        }
        return new SeriesData(SeriesKind.TRADES, List.of(col(TS, 0, ts), col(PRICE, 2, price), col(SIZE, 0, size),
                new ByteColumn(EXCHANGE, ex)));
    }

    @Test
    void holdsItsColumnsByName() {
        SeriesData d = trades(10, 20, 30);
        assertThat(d.kind()).isEqualTo(SeriesKind.TRADES);
        assertThat(d.rows()).isEqualTo(3);
        assertThat(d.isEmpty()).isFalse();
        assertThat(d.has(PRICE)).isTrue();
        assertThat(d.has(CONDITION)).isFalse();
        assertThat(d.times()).containsExactly(10, 20, 30);
        assertThat(d.firstTime()).isEqualTo(10);
        assertThat(d.lastTime()).isEqualTo(30);
        assertThat(d.longs(PRICE).scale()).isEqualTo(2);
        assertThat(d.optionalLongs(SIZE)).isPresent();
        assertThat(d.optionalLongs(EXCHANGE)).isEmpty();
        assertThat(d.optionalBytes(EXCHANGE).orElseThrow().values()).containsExactly('A', 'B', 'C');
        assertThat(d.optionalBytes(PRICE)).isEmpty();
        assertThatThrownBy(() -> d.longs(EXCHANGE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.longs(CONDITION)).isInstanceOf(IllegalArgumentException.class);
        // 3 long columns x 3 rows x 8 bytes + 3 exchange bytes
        assertThat(d.byteSize()).isEqualTo(3 * 3 * 8 + 3);
    }

    @Test
    void refusesInconsistentColumns() {
        LongColumn ts = col(TS, 0, 1, 2);
        LongColumn price = col(PRICE, 0, 1, 2);
        LongColumn size = col(SIZE, 0, 1, 2);
        assertThatThrownBy(() -> new SeriesData(SeriesKind.TRADES, List.of(ts, price, size, col(PRICE, 0, 1, 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> new SeriesData(SeriesKind.TRADES, List.of(ts, price, col(SIZE, 0, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("size").hasMessageContaining("1 rows");
        assertThatThrownBy(() -> new SeriesData(SeriesKind.TRADES, List.of(ts, price, size, col(OPEN, 0, 1, 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("open");
        assertThatThrownBy(() -> new SeriesData(SeriesKind.TRADES, List.of(ts, price)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("size");
        assertThatThrownBy(() -> col(PRICE, 10, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> col(PRICE, -1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptySeries() {
        SeriesData d = trades();
        assertThat(d.rows()).isZero();
        assertThat(d.isEmpty()).isTrue();
        assertThat(d.indexAtOrAfter(5)).isZero();
        assertThat(d.between(0, 100).rows()).isZero();
        assertThat(d.slice(0, 0).rows()).isZero();
    }

    @Test
    void sliceCopiesTheRows() {
        SeriesData d = trades(10, 20, 30, 40);
        SeriesData s = d.slice(1, 3);
        assertThat(s.times()).containsExactly(20, 30);
        assertThat(s.longs(PRICE).values()).containsExactly(101, 102);
        assertThat(s.longs(PRICE).scale()).isEqualTo(2);
        assertThat(s.optionalBytes(EXCHANGE).orElseThrow().values()).containsExactly('B', 'C');
        s.times()[0] = 99;
        assertThat(d.times()[1]).isEqualTo(20);
        assertThatThrownBy(() -> d.slice(-1, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> d.slice(0, 5)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> d.slice(3, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void indexAtOrAfterFindsTheFirstRowAtOrAfterATime() {
        SeriesData d = trades(10, 20, 20, 20, 30);
        assertThat(d.indexAtOrAfter(Long.MIN_VALUE)).isZero();
        assertThat(d.indexAtOrAfter(10)).isZero();
        assertThat(d.indexAtOrAfter(11)).isEqualTo(1);
        assertThat(d.indexAtOrAfter(20)).isEqualTo(1); // the first of the equal times
        assertThat(d.indexAtOrAfter(21)).isEqualTo(4);
        assertThat(d.indexAtOrAfter(30)).isEqualTo(4);
        assertThat(d.indexAtOrAfter(31)).isEqualTo(5);
    }

    @Test
    void betweenIsHalfOpen() {
        SeriesData d = trades(10, 20, 30, 40);
        assertThat(d.between(20, 40).times()).containsExactly(20, 30);
        assertThat(d.between(15, 35).times()).containsExactly(20, 30);
        assertThat(d.between(0, 100)).isSameAs(d);
        assertThat(d.between(40, 20).rows()).isZero();
        assertThat(d.between(50, 60).rows()).isZero();
    }

    @Test
    void indexAtOrAfterAndBetweenAgreeWithALinearScan() {
        qt().withFixedSeed(4L).withExamples(1_000).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            int n = r.nextInt(40);
            long[] ts = new long[n];
            long t = r.nextLong(-50, 50);
            for (int i = 0; i < n; i++) {
                t += r.nextInt(3); // repeats allowed, as for ticks
                ts[i] = t;
            }
            SeriesData d = trades(ts);
            long a = r.nextLong(-60, 160);
            long b = r.nextLong(-60, 160);
            int first = 0;
            while (first < n && ts[first] < a) {
                first++;
            }
            assertThat(d.indexAtOrAfter(a)).isEqualTo(first);
            List<Long> expected = new ArrayList<>();
            for (long x : ts) {
                if (x >= a && x < b) {
                    expected.add(x);
                }
            }
            assertThat(d.between(a, b).times()).containsExactly(expected.stream().mapToLong(Long::longValue).toArray());
        });
    }

    @Test
    void concatTakesTheLargestScaleOfEachColumn() {
        SeriesData a = new SeriesData(SeriesKind.QUOTES, List.of(col(TS, 0, 1, 2), col(BID, 2, 150, 151),
                col(ASK, 2, 152, 153), col(BID_SIZE, 0, 5, 6)));
        SeriesData b = new SeriesData(SeriesKind.QUOTES, List.of(col(TS, 0, 3), col(BID, 4, 15_125),
                col(ASK, 4, 15_200), col(BID_SIZE, 1, 75)));
        SeriesData c = SeriesData.concat(List.of(a, b));
        assertThat(c.rows()).isEqualTo(3);
        assertThat(c.times()).containsExactly(1, 2, 3);
        // 1.50 and 1.51 at 4 decimals are 15000 and 15100; 1.5125 stays.
        assertThat(c.longs(BID).scale()).isEqualTo(4);
        assertThat(c.longs(BID).values()).containsExactly(15_000, 15_100, 15_125);
        assertThat(c.longs(ASK).scale()).isEqualTo(4);
        assertThat(c.longs(ASK).values()).containsExactly(15_200, 15_300, 15_200);
        // sizes: 5, 6 at 1 decimal are 50, 60; 7.5 stays 75.
        assertThat(c.longs(BID_SIZE).scale()).isEqualTo(1);
        assertThat(c.longs(BID_SIZE).values()).containsExactly(50, 60, 75);
    }

    @Test
    void concatJoinsByteColumnsAndEmptyParts() {
        SeriesData c = SeriesData.concat(List.of(trades(1, 2), trades(), trades(3)));
        assertThat(c.times()).containsExactly(1, 2, 3);
        assertThat(c.longs(PRICE).values()).containsExactly(100, 101, 100);
        assertThat(c.optionalBytes(EXCHANGE).orElseThrow().values()).containsExactly('A', 'B', 'A');
        SeriesData only = trades(5);
        assertThat(SeriesData.concat(List.of(only))).isSameAs(only);
    }

    @Test
    void concatRefusesPartsThatDoNotMatch() {
        assertThatThrownBy(() -> SeriesData.concat(List.of())).isInstanceOf(IllegalArgumentException.class);
        SeriesData noExchange = new SeriesData(SeriesKind.TRADES, List.of(col(TS, 0, 5), col(PRICE, 0, 1), col(SIZE, 0, 1)));
        assertThatThrownBy(() -> SeriesData.concat(List.of(trades(1), noExchange)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exchange");
        SeriesData quotes = new SeriesData(SeriesKind.QUOTES, List.of(col(TS, 0, 5), col(BID, 0, 1), col(ASK, 0, 1)));
        assertThatThrownBy(() -> SeriesData.concat(List.of(trades(1), quotes))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concatThrowsWhenAValueDoesNotFitAtTheJoinedScale() {
        SeriesData a = new SeriesData(SeriesKind.TRADES, List.of(col(TS, 0, 1), col(PRICE, 0, 930_000_000_000_000_000L),
                col(SIZE, 0, 1)));
        SeriesData b = new SeriesData(SeriesKind.TRADES, List.of(col(TS, 0, 2), col(PRICE, 1, 15), col(SIZE, 0, 1)));
        assertThatThrownBy(() -> SeriesData.concat(List.of(a, b))).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("price");
    }
}
