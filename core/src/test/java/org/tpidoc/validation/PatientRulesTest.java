package org.tpidoc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.tpidoc.catalog.AllergyClass;
import org.tpidoc.session.CodedEnums;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.PatientFactors;
import org.tpidoc.session.SkinPreparation;

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

    @ParameterizedTest(name = "anticoagulated recorded as {0}: warned = {1}")
    @CsvSource(
            nullValues = "not-recorded",
            value = {"true, true", "false, false", "not-recorded, false"})
    void warnsOnlyWhenThePatientIsRecordedAsAnticoagulated(@Nullable Boolean anticoagulated, boolean warned) {
        InjectionSession session = Sessions.builder()
                .patientFactors(new PatientFactors(new BigDecimal("72"), List.of(), anticoagulated, null))
                .build();

        ValidationReport report = validator.validate(session);

        if (warned) {
            assertThat(report.findings()).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo("anticoagulated");
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.path()).isEqualTo("$.patientFactors.anticoagulated");
                Sessions.assertNoPatientData(f.message());
            });
        } else {
            assertThat(report.findings()).isEmpty();
        }
        assertThat(report.isValid()).isTrue();
    }

    @ParameterizedTest(name = "{0} on the skin, allergic to {1}: conflict = {2}")
    @CsvSource({
        "chlorhexidine,     chlorhexidine, true",
        "povidone-iodine,   iodine,        true",
        "chlorhexidine,     iodine,        false",
        "povidone-iodine,   chlorhexidine, false",
        "isopropyl-alcohol, chlorhexidine, false",
        "isopropyl-alcohol, iodine,        false",
        "none,              iodine,        false",
    })
    void rejectsASkinAntisepticOfAClassThePatientIsAllergicTo(String antiseptic, String allergy, boolean conflict) {
        InjectionSession session = allergicTo(allergy).toBuilder()
                .skinPreparation(
                        CodedEnums.fromCode(SkinPreparation.class, antiseptic).orElseThrow())
                .build();

        ValidationReport report = validator.validate(session);

        if (conflict) {
            assertThat(report.findings()).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.code()).isEqualTo("allergy-conflict");
                assertThat(f.path()).isEqualTo("$.skinPreparation");
                assertThat(f.message()).contains(antiseptic).contains("allergic to " + allergy);
                Sessions.assertNoPatientData(f.message());
            });
        } else {
            assertThat(report.findings()).isEmpty();
        }
    }

    @Test
    void needsNoSkinPreparationRecordedToCheckTheDrugs() {
        InjectionSession session =
                allergicTo("chlorhexidine").toBuilder().skinPreparation(null).build();

        assertThat(validator.validate(session).findings()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(AllergyClass.class)
    void acceptsEveryAllergyClassIncludingTheSkinAntiseptics(AllergyClass allergyClass) {
        InjectionSession session = allergicTo(allergyClass.code()).toBuilder()
                .skinPreparation(SkinPreparation.ISOPROPYL_ALCOHOL)
                .build();

        assertThat(validator.validate(session).has("unknown-allergy-class")).isFalse();
    }

    @ParameterizedTest(name = "{0} kg: implausible = {1}")
    @CsvSource({
        "29.9,  true",
        "30,    false",
        "72,    false",
        "250,   false",
        "250.1, true",
        "12,    true",
        "720,   true",
        "158.7, false",
    })
    void warnsOfAWeightBelow30OrAbove250Kilograms(String weightKg, boolean implausible) {
        InjectionSession session = Sessions.builder()
                .patientFactors(new PatientFactors(new BigDecimal(weightKg), List.of(), false, null))
                .build();

        ValidationReport report = validator.validate(session);

        assertThat(Sessions.codes(report)).isEqualTo(implausible ? Set.of("weight-implausible") : Set.of());
        report.findings().forEach(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.path()).isEqualTo("$.patientFactors.weightKg");
            assertThat(f.message()).contains("kilograms").contains("pounds").doesNotContain(weightKg);
            Sessions.assertNoPatientData(f.message());
        });
    }

    private static InjectionSession allergicTo(String... classes) {
        return Sessions.builder()
                .patientFactors(new PatientFactors(new BigDecimal("72"), List.of(classes), false, null))
                .build();
    }
}
