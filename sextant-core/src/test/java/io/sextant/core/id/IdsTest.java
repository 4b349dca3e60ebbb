package io.sextant.core.id;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one identifier rule, checked on every id type. */
class IdsTest {

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of("AccountId", (Function<String, Object>) AccountId::of),
                Arguments.of("ClientOrderId", (Function<String, Object>) ClientOrderId::of),
                Arguments.of("PositionId", (Function<String, Object>) PositionId::of),
                Arguments.of("StrategyId", (Function<String, Object>) StrategyId::of),
                Arguments.of("Symbol", (Function<String, Object>) Symbol::of),
                Arguments.of("TradeId", (Function<String, Object>) TradeId::of),
                Arguments.of("TraderId", (Function<String, Object>) TraderId::of),
                Arguments.of("Venue", (Function<String, Object>) Venue::of),
                Arguments.of("VenueOrderId", (Function<String, Object>) VenueOrderId::of));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void acceptsVisibleTextUpToSixtyFourCharacters(String kind, Function<String, Object> make) {
        assertThat(make.apply("O-20260101-001")).hasToString("O-20260101-001");
        assertThat(make.apply("x")).hasToString("x");
        String max = "A".repeat(64);
        assertThat(make.apply(max)).hasToString(max);
        assertThat(make.apply("O-1")).isEqualTo(make.apply("O-1")).hasSameHashCodeAs(make.apply("O-1"));
        assertThat(make.apply("O-1")).isNotEqualTo(make.apply("O-2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void refusesEmptyAndNull(String kind, Function<String, Object> make) {
        assertThatThrownBy(() -> make.apply("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(kind + " must not be empty");
        assertThatThrownBy(() -> make.apply(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(kind + " must not be empty");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void refusesBlanksSpacesAndControlCharacters(String kind, Function<String, Object> make) {
        assertThatThrownBy(() -> make.apply(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(kind + " ' ' contains a space or control character at 0");
        assertThatThrownBy(() -> make.apply("A B")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(kind + " 'A B' contains a space or control character at 1");
        assertThatThrownBy(() -> make.apply("AB ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(kind + " 'AB ' contains a space or control character at 2");
        // the first character of a file with a byte-order mark
        assertThatThrownBy(() -> make.apply("\ufeffAAPL")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(kind + " '\ufeffAAPL' contains a space or control character at 0");
        for (String bad : new String[] {"A\tB", "A\nB", "A\u007f", "A\u0000", "A\u2003B", "A\u3000B",
                // no-break spaces and C1 controls are invisible too
                "A\u00a0B", "A\u202fB", "A\u0085B", "A\u009bB",
                // a byte-order mark or zero-width space copied from a file
                "A\ufeffB", "A\u200bB"}) {
            assertThatThrownBy(() -> make.apply(bad)).as("%s %s", kind, bad.codePoints().boxed().toList())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(kind + " '" + bad + "' contains a space or control character at 1");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void refusesOverLongValuesWithoutEchoingThemWhole(String kind, Function<String, Object> make) {
        String tooLong = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".repeat(3); // 78 characters
        assertThatThrownBy(() -> make.apply(tooLong)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(kind + " 'ABCDEFGHIJKLMNOPQRST...' is longer than 64 characters");
        assertThatThrownBy(() -> make.apply("A".repeat(65))).isInstanceOf(IllegalArgumentException.class);
    }
}
