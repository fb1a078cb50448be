package org.tpidoc.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2.50    | 2.5
            2.5     | 2.5
            40.0    | 40
            40      | 40
            1E+2    | 100
            100.000 | 100
            0.00    | 0
            0E-10   | 0
            -1.50   | -1.5
            0.125   | 0.125
            """)
    void normalisesToTheShortestPlainForm(BigDecimal value, String normalised) {
        BigDecimal result = Decimals.normalize(value);

        assertThat(result.toPlainString()).isEqualTo(normalised);
        assertThat(result.toString()).isEqualTo(normalised);
        assertThat(result.scale()).isNotNegative();
        assertThat(result).isEqualTo(Decimals.normalize(new BigDecimal(normalised)));
    }

    @Test
    void keepsNullAsNull() {
        assertThat(Decimals.normalize(null)).isNull();
    }
}
