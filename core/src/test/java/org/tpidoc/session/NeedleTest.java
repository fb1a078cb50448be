package org.tpidoc.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NeedleTest {

    @ParameterizedTest
    @ValueSource(ints = {0, -1, -27})
    void rejectsNonPositiveGauge(int gauge) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Needle.of(gauge, 38))
                .withMessage("needle.gauge must be positive, was " + gauge);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-38"})
    void rejectsNonPositiveLength(String length) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Needle(27, new BigDecimal(length)))
                .withMessageStartingWith("needle.lengthMm must be positive");
    }

    @Test
    void rejectsMissingLengthNamingIt() {
        BigDecimal missing = null;
        assertThatNullPointerException()
                .isThrownBy(() -> new Needle(27, missing))
                .withMessage("needle.lengthMm is required");
    }

    @Test
    void normalisesTheLength() {
        assertThat(new Needle(25, new BigDecimal("38.0"))).isEqualTo(Needle.of(25, 38));
        assertThat(new Needle(30, new BigDecimal("12.70")).lengthMm()).hasToString("12.7");
    }
}
