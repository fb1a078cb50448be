package org.tpidoc.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.apache.commons.validator.routines.checkdigit.CheckDigit;
import org.apache.commons.validator.routines.checkdigit.VerhoeffCheckDigit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Our Verhoeff check digit agrees with commons-validator's, the library it stands in for. */
class VerhoeffTest {

    private static final CheckDigit LIBRARY = VerhoeffCheckDigit.VERHOEFF_CHECK_DIGIT;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2363      | true
            2364      | false
            31764008  | true
            31764009  | false
            37164008  | false
            714469004 | true
            """)
    void checksTheLastDigit(String digits, boolean valid) {
        assertThat(Verhoeff.isValid(digits)).isEqualTo(valid);
        assertThat(LIBRARY.isValid(digits)).as("commons-validator").isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0} ids from {1}")
    @ValueSource(longs = {100_000L, 12_345_670_000L, 100_000_000_000_000_000L})
    void agreesWithCommonsValidatorOnEveryIdOfARun(long first) {
        int checked = 0;
        int valid = 0;
        for (long id = first; id < first + 200_000; id++) {
            String digits = Long.toString(id);
            assertThat(Verhoeff.isValid(digits)).as(digits).isEqualTo(LIBRARY.isValid(digits));
            checked++;
            valid += Verhoeff.isValid(digits) ? 1 : 0;
        }
        assertThat(checked).isEqualTo(200_000);
        assertThat(valid).as("one id in ten is valid").isEqualTo(20_000);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void agreesWithCommonsValidatorOnRandomLongIds(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 100_000; i++) {
            String digits = Long.toString(random.nextLong(100_000L, 1_000_000_000_000_000_000L));
            assertThat(Verhoeff.isValid(digits)).as(digits).isEqualTo(LIBRARY.isValid(digits));
        }
    }
}
