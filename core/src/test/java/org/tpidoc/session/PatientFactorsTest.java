package org.tpidoc.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatientFactorsTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.0", "-72"})
    void rejectsNonPositiveWeight(String weight) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PatientFactors.ofWeight(new BigDecimal(weight)))
                .withMessage("patientFactors.weightKg must be positive");
    }

    @Test
    void weightMayBeUnrecorded() {
        assertThat(new PatientFactors(null, List.of(), true, null).weightKg()).isNull();
    }

    @Test
    void normalisesTheWeight() {
        assertThat(PatientFactors.ofWeight(new BigDecimal("72.0")))
                .isEqualTo(PatientFactors.ofWeight(new BigDecimal("72")));
    }

    @Test
    void allergiesAreImmutableCopiedAndNeverNull() {
        List<String> allergies = new ArrayList<>(List.of("corticosteroid"));
        PatientFactors factors = new PatientFactors(null, allergies, false, null);
        allergies.add("diluent");

        assertThat(factors.allergies()).containsExactly("corticosteroid");
        assertThatThrownBy(() -> factors.allergies().add("diluent")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new PatientFactors(null, null, false, null).allergies()).isEmpty();
    }
}
