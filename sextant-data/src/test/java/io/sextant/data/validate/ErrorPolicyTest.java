package io.sextant.data.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ErrorPolicyTest {

    @Test
    void parsesTheThreeNamesInAnyCase() {
        assertThat(ErrorPolicy.parse("reject")).isEqualTo(ErrorPolicy.REJECT);
        assertThat(ErrorPolicy.parse(" DROP ")).isEqualTo(ErrorPolicy.DROP);
        assertThat(ErrorPolicy.parse("Flag")).isEqualTo(ErrorPolicy.FLAG);
    }

    @Test
    void refusesOtherNamesAndSaysWhatIsAllowed() {
        assertThatThrownBy(() -> ErrorPolicy.parse("ignore")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ignore'").hasMessageContaining("reject, drop or flag");
        assertThatThrownBy(() -> ErrorPolicy.parse("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsAsItIsWritten() {
        for (ErrorPolicy p : ErrorPolicy.values()) {
            assertThat(ErrorPolicy.parse(p.toString())).isEqualTo(p);
        }
        assertThat(ErrorPolicy.FLAG).hasToString("flag");
    }
}
