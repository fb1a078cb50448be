package org.tpidoc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.PatientFactors;

class PatientRulesTest {

    private final SessionValidator validator = SessionValidator.standard();

    @ParameterizedTest
    @CsvSource({
        "amide-local-anesthetic, $.preparations[0].components[0].product, lidocaine",
        "corticosteroid,         $.preparations[0].components[1].product, triamcinolone",
    })
    void rejectsAComponentOfAClassThePatientIsAllergicTo(String allergy, String path, String drug) {
        ValidationReport report = validator.validate(allergicTo(allergy));

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("allergy-conflict");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).isEqualTo(path);
            assertThat(f.message()).contains(drug);
        });
    }

    @Test
    void acceptsAllergiesToClassesNotDrawnUp() {
        assertThat(validator.validate(allergicTo("botulinum-toxin", "diluent")).findings())
                .isEmpty();
    }

    @Test
    void reportsAnUnknownAllergyClassRatherThanAConflict() {
        assertThat(validator.validate(allergicTo("lidocaine")).findings())
                .extracting(Finding::code)
                .containsExactly("unknown-allergy-class");
    }

    @Test
    void warnsWhenThePatientIsAnticoagulated() {
        InjectionSession session = Sessions.builder()
                .patientFactors(new PatientFactors(new BigDecimal("72"), List.of(), true, null))
                .build();

        ValidationReport report = validator.validate(session);

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("anticoagulated");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.path()).isEqualTo("$.patientFactors.anticoagulated");
        });
        assertThat(report.isValid()).isTrue();
    }

    private static InjectionSession allergicTo(String... classes) {
        return Sessions.builder()
                .patientFactors(new PatientFactors(new BigDecimal("72"), List.of(classes), false, null))
                .build();
    }
}
