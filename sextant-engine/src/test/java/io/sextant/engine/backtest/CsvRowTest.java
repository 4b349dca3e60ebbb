package io.sextant.engine.backtest;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRowTest {
    @Test
    void quotesOnlyWhatNeedsItAndWritesDecimalsPlain() {
        String line = new CsvRow().add("plain").add(null).add("a, b").add("say \"hi\"").add(new BigDecimal("1E+5"))
                .add(new BigDecimal("1E-7")).toString();
        assertThat(line).isEqualTo("plain,,\"a, b\",\"say \"\"hi\"\"\",100000,0.0000001\n");
    }
}
