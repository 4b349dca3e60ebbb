package io.sextant.data.series;

import static io.sextant.data.series.ColumnNames.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SeriesBuilderTest {

    private static SeriesBuilder bars(String... optional) {
        return new SeriesBuilder(SeriesKind.BARS, Set.of(optional), 2);
    }

    /** Appends one bar; prices as (unscaled, decimals) pairs. */
    private static void bar(SeriesBuilder b, long ts, long o, int od, long h, int hd, long l, int ld, long c, int cd) {
        b.longs(TS_OPEN).add(ts);
        b.longs(TS_CLOSE).add(ts + 60);
        b.longs(OPEN).addDecimal(o, od);
        b.longs(HIGH).addDecimal(h, hd);
        b.longs(LOW).addDecimal(l, ld);
        b.longs(CLOSE).addDecimal(c, cd);
    }

    private static long[] values(SeriesData d, String column) {
        return d.longs(column).values();
    }

    @Test
    void columnsAreTheRequiredOnesThenTheChosenOptionalOnesInTheKindsOrder() {
        SeriesBuilder b = new SeriesBuilder(SeriesKind.BARS, Set.of(ColumnNames.TRADES, VOLUME), 0);
        assertThat(b.kind()).isEqualTo(SeriesKind.BARS);
        assertThat(b.build().columns()).extracting(Column::name)
                .containsExactly(TS_OPEN, TS_CLOSE, OPEN, HIGH, LOW, CLOSE, VOLUME, ColumnNames.TRADES);
        assertThat(b.has(VOLUME)).isTrue();
        assertThat(b.has(VWAP)).isFalse();
        SeriesBuilder t = new SeriesBuilder(SeriesKind.TRADES, Set.of(EXCHANGE, SUSPICIOUS), 0);
        assertThat(t.build().columns()).extracting(Column::name).containsExactly(TS, PRICE, SIZE, EXCHANGE, SUSPICIOUS);
        assertThat(t.build().columns().get(3)).isInstanceOf(ByteColumn.class);
    }

    @Test
    void unknownColumnsAreRefused() {
        assertThatThrownBy(() -> new SeriesBuilder(SeriesKind.BARS, Set.of(BID_SIZE), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bid_size");
        SeriesBuilder b = bars();
        assertThatThrownBy(() -> b.longs(VOLUME)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("volume");
        assertThatThrownBy(() -> b.bytes(OPEN)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("open");
        SeriesBuilder t = new SeriesBuilder(SeriesKind.TRADES, Set.of(EXCHANGE), 0);
        assertThatThrownBy(() -> t.longs(EXCHANGE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theScaleOfThePriceGroupGrowsWhenAValueWithMoreDecimalsArrives() {
        SeriesBuilder b = bars(VOLUME);
        // Row 1: 10, 11, 9, 10.5 -> the prices go to 1 decimal: 100, 110, 90, 105.
        bar(b, 0, 10, 0, 11, 0, 9, 0, 105, 1);
        b.longs(VOLUME).addDecimal(7, 0);
        b.commitRow();
        // Row 2: 10.25 (2 decimals) -> every price, row 1 included, goes to 2 decimals.
        bar(b, 60, 1025, 2, 11, 0, 10, 0, 1, 0);
        b.longs(VOLUME).addDecimal(15, 1); // 1.5: the size group grows alone
        b.commitRow();
        SeriesData d = b.build();
        for (String p : List.of(OPEN, HIGH, LOW, CLOSE)) {
            assertThat(d.longs(p).scale()).as(p).isEqualTo(2);
        }
        assertThat(values(d, OPEN)).containsExactly(1000, 1025);
        assertThat(values(d, HIGH)).containsExactly(1100, 1100);
        assertThat(values(d, LOW)).containsExactly(900, 1000);
        assertThat(values(d, CLOSE)).containsExactly(1050, 100);
        assertThat(d.longs(VOLUME).scale()).isEqualTo(1);
        assertThat(values(d, VOLUME)).containsExactly(70, 15);
        assertThat(d.longs(TS_OPEN).scale()).isZero();
        assertThat(values(d, TS_OPEN)).containsExactly(0, 60);
    }

    @Test
    void aColumnOutsideAGroupKeepsItsOwnScale() {
        SeriesBuilder b = bars(VWAP);
        bar(b, 0, 1, 0, 1, 0, 1, 0, 1, 0);
        b.longs(VWAP).addDecimal(12345, 4);
        b.commitRow();
        SeriesData d = b.build();
        assertThat(d.longs(VWAP).scale()).isEqualTo(4);
        assertThat(d.longs(CLOSE).scale()).isZero();
    }

    @Test
    void aValueThatDoesNotFitAtTheColumnsScaleThrowsAndAddsNothing() {
        SeriesBuilder b = bars();
        LongColumnBuilder open = b.longs(OPEN);
        open.addDecimal(1, 9); // scale 9
        // 10^10 at 9 decimals is 10^19, past Long.MAX_VALUE (about 9.22 x 10^18).
        assertThatThrownBy(() -> open.addDecimal(10_000_000_000L, 0)).isInstanceOf(ArithmeticException.class);
        assertThat(open.size()).isEqualTo(1);
        assertThat(open.scale()).isEqualTo(9);
    }

    @Test
    void anOverflowWhileRaisingTheGroupsScaleChangesNothing() {
        SeriesBuilder b = bars();
        long big = 930_000_000_000_000_000L; // fits at scale 0; times 10 it does not
        bar(b, 0, 1, 0, 2, 0, 1, 0, 1, 0);
        b.commitRow();
        bar(b, 60, 5, 0, big, 0, 5, 0, 5, 0);
        b.commitRow();
        b.longs(TS_OPEN).add(120);
        b.longs(TS_CLOSE).add(180);
        // 1.5 would need every price at 1 decimal, and the second high cannot be: nothing may change.
        assertThatThrownBy(() -> b.longs(OPEN).addDecimal(15, 1)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("high");
        b.abortRow();
        SeriesData d = b.build();
        assertThat(values(d, OPEN)).containsExactly(1, 5);
        assertThat(values(d, HIGH)).containsExactly(2, big);
        assertThat(values(d, LOW)).containsExactly(1, 5);
        assertThat(values(d, CLOSE)).containsExactly(1, 5);
        for (String p : List.of(OPEN, HIGH, LOW, CLOSE)) {
            assertThat(d.longs(p).scale()).as(p).isZero();
        }
    }

    @Test
    void anOverflowWhileRaisingAnUngroupedColumnChangesNothing() {
        SeriesBuilder b = bars(VWAP);
        LongColumnBuilder vwap = b.longs(VWAP);
        vwap.addDecimal(3, 0);
        vwap.addDecimal(930_000_000_000_000_000L, 0);
        assertThatThrownBy(() -> vwap.addDecimal(15, 1)).isInstanceOf(ArithmeticException.class);
        assertThat(vwap.scale()).isZero();
        assertThat(vwap.size()).isEqualTo(2);
        assertThat(vwap.get(0)).isEqualTo(3);
        assertThat(vwap.last()).isEqualTo(930_000_000_000_000_000L);
    }

    @Test
    void commitNeedsOneValueInEveryColumn() {
        SeriesBuilder b = bars(VOLUME);
        bar(b, 0, 1, 0, 1, 0, 1, 0, 1, 0);
        assertThatThrownBy(b::commitRow).isInstanceOf(IllegalStateException.class).hasMessageContaining("volume");
        b.longs(VOLUME).add(1);
        b.longs(VOLUME).add(2);
        assertThatThrownBy(b::commitRow).isInstanceOf(IllegalStateException.class).hasMessageContaining("volume");
        SeriesBuilder t = new SeriesBuilder(SeriesKind.TRADES, Set.of(EXCHANGE), 0);
        t.longs(TS).add(1);
        t.longs(PRICE).add(1);
        t.longs(SIZE).add(1);
        assertThatThrownBy(t::commitRow).isInstanceOf(IllegalStateException.class).hasMessageContaining("exchange");
        t.bytes(EXCHANGE).add((byte) 'Q');
        t.commitRow();
        assertThat(t.rows()).isEqualTo(1);
    }

    @Test
    void abortRowForgetsTheValuesOfTheUnfinishedRowOnly() {
        SeriesBuilder b = new SeriesBuilder(SeriesKind.TRADES, Set.of(EXCHANGE), 0);
        trade(b, 1, 100, 5, 'A');
        b.commitRow();
        b.longs(TS).add(2);
        b.longs(PRICE).addDecimal(1015, 1); // raises the price scale to 1, which stays
        b.abortRow();
        assertThat(b.longs(TS).size()).isEqualTo(1);
        assertThat(b.longs(PRICE).size()).isEqualTo(1);
        trade(b, 3, 102, 6, 'B');
        b.commitRow();
        SeriesData d = b.build();
        assertThat(values(d, TS)).containsExactly(1, 3);
        assertThat(d.longs(PRICE).scale()).isEqualTo(1);
        assertThat(values(d, PRICE)).containsExactly(1000, 1020);
        assertThat(d.optionalBytes(EXCHANGE).orElseThrow().values()).containsExactly('A', 'B');
    }

    @Test
    void dropLastRowRemovesTheLastCommittedRow() {
        SeriesBuilder b = new SeriesBuilder(SeriesKind.TRADES, Set.of(EXCHANGE), 0);
        assertThatThrownBy(b::dropLastRow).isInstanceOf(IllegalStateException.class);
        trade(b, 1, 100, 5, 'A');
        b.commitRow();
        trade(b, 2, 101, 5, 'B');
        b.commitRow();
        b.dropLastRow();
        assertThat(b.rows()).isEqualTo(1);
        trade(b, 3, 103, 7, 'C');
        b.commitRow();
        SeriesData d = b.build();
        assertThat(values(d, TS)).containsExactly(1, 3);
        assertThat(values(d, PRICE)).containsExactly(100, 103);
        assertThat(d.optionalBytes(EXCHANGE).orElseThrow().values()).containsExactly('A', 'C');
    }

    @Test
    void buildLeavesOutAnUnfinishedRow() {
        SeriesBuilder b = new SeriesBuilder(SeriesKind.TRADES, Set.of(), 0);
        trade(b, 1, 100, 5, ' ');
        b.commitRow();
        b.longs(TS).add(2);
        SeriesData d = b.build();
        assertThat(d.rows()).isEqualTo(1);
        assertThat(values(d, TS)).containsExactly(1);
    }

    @Test
    void columnsGrowPastTheirCapacity() {
        SeriesBuilder b = new SeriesBuilder(SeriesKind.TRADES, Set.of(EXCHANGE), 1);
        for (int i = 0; i < 5_000; i++) {
            trade(b, i, 100 + i, i % 7, (char) ('A' + i % 26));
            b.commitRow();
        }
        SeriesData d = b.build();
        assertThat(d.rows()).isEqualTo(5_000);
        assertThat(values(d, PRICE)[4_999]).isEqualTo(5_099);
        assertThat(d.optionalBytes(EXCHANGE).orElseThrow().values()[4_999]).isEqualTo((byte) ('A' + 4_999 % 26));
        assertThat(d.optionalBytes(EXCHANGE).orElseThrow().values()[27]).isEqualTo((byte) 'B');
    }

    private static void trade(SeriesBuilder b, long ts, long price, long size, char exchange) {
        b.longs(TS).add(ts);
        b.longs(PRICE).addDecimal(price, 0);
        b.longs(SIZE).addDecimal(size, 0);
        if (b.has(EXCHANGE)) {
            b.bytes(EXCHANGE).add((byte) exchange);
        }
    }

    /**
     * Random quote rows with random decimals, some aborted half-way and some dropped after commit:
     * every kept value comes back exactly, and bid and ask always share one scale.
     */
    @Test
    void keepsEveryValueExactWhateverTheOrderOfScales() {
        qt().withFixedSeed(8L).withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            SeriesBuilder b = new SeriesBuilder(SeriesKind.QUOTES, Set.of(BID_SIZE, ASK_SIZE), 1 + r.nextInt(4));
            List<BigDecimal[]> kept = new ArrayList<>();
            int maxPriceDecimals = 0;
            int rows = r.nextInt(200);
            for (int i = 0; i < rows; i++) {
                BigDecimal[] row = new BigDecimal[4];
                String[] names = {BID, ASK, BID_SIZE, ASK_SIZE};
                b.longs(TS).add(i);
                boolean abort = r.nextInt(10) == 0;
                int abortAt = r.nextInt(4);
                for (int k = 0; k < 4; k++) {
                    if (abort && k == abortAt) {
                        break;
                    }
                    int decimals = r.nextInt(10);
                    long unscaled = r.nextLong(1, 1_000_000_000L);
                    row[k] = BigDecimal.valueOf(unscaled, decimals);
                    b.longs(names[k]).addDecimal(unscaled, decimals);
                    if (k < 2) {
                        maxPriceDecimals = Math.max(maxPriceDecimals, decimals);
                    }
                }
                if (abort) {
                    b.abortRow();
                    continue;
                }
                b.commitRow();
                kept.add(row);
                if (r.nextInt(10) == 0) {
                    b.dropLastRow();
                    kept.removeLast();
                }
            }
            SeriesData d = b.build();
            assertThat(d.rows()).isEqualTo(kept.size());
            assertThat(d.longs(BID).scale()).isEqualTo(d.longs(ASK).scale()).isEqualTo(maxPriceDecimals);
            assertThat(d.longs(BID_SIZE).scale()).isEqualTo(d.longs(ASK_SIZE).scale());
            String[] names = {BID, ASK, BID_SIZE, ASK_SIZE};
            for (int i = 0; i < kept.size(); i++) {
                for (int k = 0; k < 4; k++) {
                    LongColumn c = d.longs(names[k]);
                    assertThat(BigDecimal.valueOf(c.values()[i], c.scale())).as("row %d %s", i, names[k])
                            .isEqualByComparingTo(kept.get(i)[k]);
                }
            }
        });
    }
}
