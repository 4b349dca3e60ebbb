package io.sextant.data.corporate;

import static io.sextant.data.testing.Imports.NEW_YORK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sextant.core.time.Nanos;
import io.sextant.data.importer.ImportedSeries;
import io.sextant.data.testing.Imports;
import io.sextant.data.testing.SharedData;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Splits and dividends derived from LEAN factor files, against the data README and the companies' announced amounts. */
class FactorTableTest {

    private static ImportedSeries lean(String ticker) {
        return Imports.one(SharedData.file("equities-daily/lean-usa-daily/daily/" + ticker + ".zip"));
    }

    static List<LocalDate> dates(ImportedSeries s) {
        return Arrays.stream(s.data().times()).mapToObj(t -> Nanos.toZoned(t, NEW_YORK).toLocalDate()).toList();
    }

    private static List<CorporateAction> of(List<CorporateAction> actions, CorporateAction.Type type) {
        return actions.stream().filter(a -> a.type() == type).toList();
    }

    @Test
    void aaplSplitsAndDividends() throws IOException {
        ImportedSeries aapl = lean("aapl");
        FactorTable f = aapl.factors();
        List<CorporateAction> actions = f.actions(dates(aapl));

        assertThat(of(actions, CorporateAction.Type.SPLIT)).extracting(CorporateAction::exDate, a -> a.value().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2000, 6, 21), "2"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2005, 2, 28), "2"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2014, 6, 9), "7"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2020, 8, 31), "4"));
        assertThat(actions.stream().filter(a -> a.exDate().equals(LocalDate.of(2014, 6, 9))).findFirst().orElseThrow())
                .hasToString("2014-06-09 split 7-for-1");

        // Dividends: reference_price x (1 - pf(row) / pf(next)), dated on the next trading day, as the README derives
        // 2012-08-09: 619.86 x (1 - 0.8613657 / 0.8650639) = 2.65. Rounded to the cent (to 0.1 cent for the 0.205 of
        // 2020-21) they are the amounts Apple declared.
        List<CorporateAction> dividends = of(actions, CorporateAction.Type.DIVIDEND);
        String[][] declared = {{"2012-08-09", "2.65"}, {"2012-11-07", "2.65"}, {"2013-02-07", "2.65"}, {"2013-05-09", "3.05"},
                {"2013-08-08", "3.05"}, {"2013-11-06", "3.05"}, {"2014-02-06", "3.05"}, {"2014-05-08", "3.29"},
                {"2014-08-07", "0.47"}, {"2014-11-06", "0.47"}, {"2015-02-05", "0.47"}, {"2015-05-07", "0.52"},
                {"2015-08-06", "0.52"}, {"2015-11-05", "0.52"}, {"2016-02-04", "0.52"}, {"2016-05-05", "0.57"},
                {"2016-08-04", "0.57"}, {"2016-11-03", "0.57"}, {"2017-02-09", "0.57"}, {"2017-05-11", "0.63"},
                {"2017-08-10", "0.63"}, {"2017-11-10", "0.63"}, {"2018-02-09", "0.63"}, {"2018-05-11", "0.73"},
                {"2018-08-10", "0.73"}, {"2018-11-08", "0.73"}, {"2019-02-08", "0.73"}, {"2019-05-10", "0.77"},
                {"2019-08-09", "0.77"}, {"2019-11-07", "0.77"}, {"2020-02-07", "0.77"}, {"2020-05-08", "0.82"},
                {"2020-08-07", "0.82"}, {"2020-11-06", "0.205"}, {"2021-02-05", "0.205"}};
        assertThat(dividends).hasSize(declared.length);
        for (int i = 0; i < declared.length; i++) {
            CorporateAction d = dividends.get(i);
            BigDecimal amount = new BigDecimal(declared[i][1]);
            assertThat(d.exDate()).isEqualTo(LocalDate.parse(declared[i][0]));
            assertThat(d.value().setScale(amount.scale(), RoundingMode.HALF_EVEN)).as(d.toString()).isEqualByComparingTo(amount);
        }
        // Each amount is the README formula to four decimals, computed here from the file's rows.
        List<FactorRow> rows = f.rows();
        int k = 0;
        for (int i = 0; i + 1 < rows.size(); i++) {
            FactorRow r = rows.get(i);
            FactorRow next = rows.get(i + 1);
            if (r.priceFactor().compareTo(next.priceFactor()) != 0) {
                BigDecimal expected = r.referencePrice().multiply(BigDecimal.ONE.subtract(
                        r.priceFactor().divide(next.priceFactor(), MathContext.DECIMAL128))).setScale(4, RoundingMode.HALF_EVEN);
                assertThat(dividends.get(k++).value()).isEqualByComparingTo(expected);
            }
        }
        assertThat(k).isEqualTo(dividends.size());
        assertThat(dividends.getFirst().value()).isEqualByComparingTo("2.6499");
    }

    @Test
    void reverseSplitsOfAigAndUso() {
        ImportedSeries aig = lean("aig");
        assertThat(of(aig.factors().actions(dates(aig)), CorporateAction.Type.SPLIT))
                .extracting(CorporateAction::exDate, a -> a.value().toPlainString()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(1998, 8, 3), "1.5"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(1999, 8, 2), "1.25"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2000, 7, 31), "1.5"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2009, 7, 1), "0.05"));
        ImportedSeries uso = lean("uso");
        assertThat(uso.factors().actions(dates(uso))).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(CorporateAction.Type.SPLIT);
            assertThat(a.exDate()).isEqualTo(LocalDate.of(2020, 4, 29));
            assertThat(a.value()).isEqualByComparingTo("0.125");
        });
    }

    @Test
    void rowForFindsTheFirstRowOnOrAfterTheDate() {
        ImportedSeries aapl = lean("aapl");
        FactorTable f = aapl.factors();
        // 2014-06-06 (the last pre-split day) takes the 2014-06-06 row; 2014-06-09 the next one.
        assertThat(f.rows().get(f.rowFor(LocalDate.of(2014, 6, 6))).splitFactor()).isEqualByComparingTo("0.0357143");
        assertThat(f.rows().get(f.rowFor(LocalDate.of(2014, 6, 9))).splitFactor()).isEqualByComparingTo("0.25");
        assertThat(f.rowFor(LocalDate.of(1990, 1, 1))).isZero();
        assertThat(f.rowFor(LocalDate.of(2051, 1, 1))).isEqualTo(-1);
    }

    @Test
    void badFactorFilesNameFileAndLine(@TempDir Path tmp) {
        Path f = Imports.write(tmp.resolve("x.csv"), "20200101,1,1,10\n20200102,1,x,10\n");
        assertThatThrownBy(() -> FactorTable.read(f, "x.csv")).isInstanceOf(FactorFileException.class)
                .hasMessageStartingWith("x.csv:2: cannot read '20200102,1,x,10'");
        Path g = Imports.write(tmp.resolve("y.csv"), "20200102,1,1,10\n20200101,1,1,10\n");
        assertThatThrownBy(() -> FactorTable.read(g, "y.csv")).isInstanceOf(FactorFileException.class)
                .hasMessageContaining("increasing date order");
        Path h = Imports.write(tmp.resolve("z.csv"), "20200102,0,1,10\n");
        assertThatThrownBy(() -> FactorTable.read(h, "z.csv")).isInstanceOf(FactorFileException.class)
                .hasMessageContaining("z.csv:1:").hasMessageContaining("factors must be positive");
    }
}
