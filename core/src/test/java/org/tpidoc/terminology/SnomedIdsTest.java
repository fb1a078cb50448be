package org.tpidoc.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SnomedIdsTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            31764008           | trapezius muscle
            206007             | gluteus maximus muscle (6 digits, the shortest)
            1600003            | splenius capitis muscle
            714469004          | scalene muscle
            424072006          | thoracic paraspinous muscle group
            7771000            | left
            51440002           | right and left
            78421000           | intramuscular use
            718329006          | infiltration route
            726531007          | myofascial pain syndrome
            387480006          | lidocaine (substance)
            70379000           | sodium chloride (substance)
            12345671000000101  | long format, namespace 1000000
            123456789012345107 | long format, 18 digits
            """)
    void acceptsWellFormedConceptIds(String id, String what) {
        assertThat(SnomedIds.isValidConceptId(id)).isTrue();
        assertThat(SnomedIds.isValidId(id)).isTrue();
        assertThat(SnomedIds.conceptIdProblem(id)).isEmpty();
        assertThat(SnomedIds.checkConceptId(id)).isEqualTo(id);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            31764009          | one digit changed          | Verhoeff check digit
            31765008          | one digit changed          | Verhoeff check digit
            726532007         | one digit changed          | Verhoeff check digit
            206008            | one digit changed          | Verhoeff check digit
            1600004           | one digit changed          | Verhoeff check digit
            37164008          | adjacent digits swapped    | Verhoeff check digit
            31746008          | adjacent digits swapped    | Verhoeff check digit
            13764008          | adjacent digits swapped    | Verhoeff check digit
            726513007         | adjacent digits swapped    | Verhoeff check digit
            31764080          | check digit swapped        | partition identifier 08
            31764031          | partition 03               | partition identifier 03
            31764054          | partition 05               | partition identifier 05
            31764201          | partition 20               | partition identifier 20
            31764991          | partition 99               | partition identifier 99
            31764012          | description partition      | (a description id)
            31764020          | relationship partition     | (a relationship id)
            12345671000000117 | long description partition | (a description id)
            12345671000000129 | long relationship          | (a relationship id)
            10000109          | long format, no namespace  | at least 11
            20609             | too short                  | has 5 digits; an id has 6 to 18
            76403             | too short                  | has 5 digits
            0206007           | leading zero               | leading zero
            031764008         | leading zero               | leading zero
            """)
    void rejectsMistypedConceptIdsNamingTheProblem(String id, String what, String problem) {
        assertThat(SnomedIds.isValidConceptId(id)).isFalse();
        assertThat(SnomedIds.conceptIdProblem(id))
                .hasValueSatisfying(m -> assertThat(m).contains(problem).contains(id));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SnomedIds.checkConceptId(id))
                .withMessageContaining(problem);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "3176400B",
                " 31764008",
                "31764008 ",
                "317-64008",
                "31764008.0",
                "+31764008",
                "\uFF13\uFF11\uFF17\uFF16\uFF14\uFF10\uFF10\uFF18", // full-width digits
                "\u0663\u0661\u0667\u0666\u0664\u0660\u0660\u0668", // Arabic-Indic digits
                "Jane Doe"
            })
    void rejectsNonDigitsWithoutEchoingTheInput(String id) {
        assertThat(SnomedIds.isValidConceptId(id)).isFalse();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SnomedIds.checkConceptId(id))
                .withMessageContaining("digits 0-9 only")
                .withMessageNotContaining(id.strip());
    }

    @Test
    void rejectsEmptyId() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SnomedIds.checkConceptId(""))
                .withMessage("SNOMED CT id is empty");
    }

    @Test
    void rejectsOverlongIdWithoutEchoingIt() {
        String nineteenDigits = "9999999000000000008";
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SnomedIds.checkConceptId(nineteenDigits))
                .withMessage("SNOMED CT id has 19 digits; an id has 6 to 18");
    }

    @ParameterizedTest
    @ValueSource(strings = {"31764012", "31764020", "12345671000000117", "12345671000000129"})
    void acceptsDescriptionAndRelationshipIdsAsIdsButNotAsConceptIds(String id) {
        assertThat(SnomedIds.isValidId(id)).isTrue();
        assertThat(SnomedIds.isValidConceptId(id)).isFalse();
    }

    @Test
    void rejectsNull() {
        String missing = null;
        assertThatNullPointerException().isThrownBy(() -> SnomedIds.isValidConceptId(missing));
    }
}
