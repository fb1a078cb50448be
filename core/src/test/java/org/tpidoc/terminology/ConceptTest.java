package org.tpidoc.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConceptTest {

    @Test
    void rejectsMissingSystemOrCodeNamingIt() {
        String missing = null;
        assertThatNullPointerException()
                .isThrownBy(() -> new Concept(missing, "31764008", null))
                .withMessage("system");
        assertThatNullPointerException()
                .isThrownBy(() -> new Concept(CodeSystems.SNOMED_CT, missing, null))
                .withMessage("code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void rejectsBlankSystemOrCode(String blank) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Concept(blank, "31764008", null))
                .withMessage("system must not be blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Concept(CodeSystems.SNOMED_CT, blank, null))
                .withMessage("code must not be blank");
    }

    @Test
    void isComparesSystemAndCodeButNotDisplay() {
        Concept trapezius = Concept.of(CodeSystems.SNOMED_CT, "31764008", "Structure of trapezius muscle");

        assertThat(trapezius.is(CodeSystems.SNOMED_CT, "31764008")).isTrue();
        assertThat(trapezius.is(CodeSystems.SNOMED_CT, "11327007")).isFalse();
        assertThat(trapezius.is(CodeSystems.ICD_10_CM, "31764008")).isFalse();
    }

    @Test
    void displayIsOptional() {
        assertThat(new Concept(CodeSystems.ATC, "N01BB02", null).display()).isNull();
    }
}
