package io.sextant.core.money;

import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

import java.math.BigDecimal;
import java.math.BigInteger;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.Generate.oneOf;

/** Seeded generators and a BigDecimal reference for the fixed-point property tests. */
final class Theories {
    private Theories() {
    }

    /** Fixed seed: a property failure reproduces bit for bit (DESIGN.md 3.4). */
    static final long SEED = 20_260_101L;

    static QuickTheory qt(int examples) {
        return QuickTheory.qt().withFixedSeed(SEED).withExamples(examples);
    }

    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** Raw values: the whole range, small values (where ties and exact results are common), and edges. */
    static Gen<Long> raws() {
        return oneOf(longs().all(),
                longs().between(-100_000, 100_000),
                longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
                arbitrary().pick(Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE, Long.MAX_VALUE - 1,
                        0L, 1L, -1L, 5L, -5L, 15L, -15L, 25L, -25L, 50L, -50L));
    }

    /** Positive denominators: the whole range, small values, powers of ten and edges. */
    static Gen<Long> denominators() {
        return oneOf(longs().between(1, Long.MAX_VALUE),
                longs().between(1, 1_000),
                arbitrary().pick(1L, 2L, 3L, 4L, 10L, 100L, 1_000_000_000L, 1_000_000_000_000_000_000L,
                        Long.MAX_VALUE, Long.MAX_VALUE - 1));
    }

    static Gen<Integer> precisions() {
        return integers().between(0, FixedPoint.MAX_PRECISION);
    }

    static Gen<Rounding> roundings() {
        return arbitrary().enumValues(Rounding.class);
    }

    static boolean fits(BigInteger unscaled) {
        return unscaled.compareTo(LONG_MIN) >= 0 && unscaled.compareTo(LONG_MAX) <= 0;
    }

    /**
     * The reference: {@code value} at {@code precision} decimals with {@code rounding}, or
     * {@code null} when BigDecimal itself refuses (EXACT and inexact) or the raw value does not fit
     * in a signed 64-bit long.
     */
    static Long reference(BigDecimal value, int precision, Rounding rounding) {
        BigDecimal scaled;
        try {
            scaled = value.setScale(precision, rounding.mode());
        } catch (ArithmeticException inexact) {
            return null;
        }
        BigInteger unscaled = scaled.unscaledValue();
        return fits(unscaled) ? unscaled.longValueExact() : null;
    }
}
