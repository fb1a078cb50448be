package org.tpidoc.fhir.resource.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.tpidoc.fhir.ExampleSessions.context;
import static org.tpidoc.fhir.ExampleSessions.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tpidoc.fhir.ExampleSessions;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Laterality;
import org.tpidoc.session.PatientFactors;
import org.tpidoc.session.SessionStatus;
import org.tpidoc.terminology.CodeSystems;

class ProcedureTranslatorTest {

    private static final MappingOptions OPTIONS = MappingOptions.defaults();

    @Test
    void codesATriggerPointInjectionWithOurConceptTheDerivedCptCodeAndText() {
        Procedure procedure = ProcedureTranslator.toFhir(context(read(ExampleSessions.NECK_SHOULDER)));

        assertThat(procedure.getCode().getText()).isEqualTo("Trigger point injection");
        assertThat(procedure.getCode().getCoding())
                .extracting(Coding::getSystem, Coding::getCode)
                .containsExactly(
                        tuple(OPTIONS.codeSystem("procedure"), "trigger-point-injection"),
                        tuple(CodeSystems.CPT, "20552"));
    }

    @Test
    void codesDryNeedlingOfOneMuscleAs20560() {
        Procedure procedure = ProcedureTranslator.toFhir(context(read(ExampleSessions.DRY_NEEDLING)));

        assertThat(procedure.getCode().getCoding())
                .extracting(Coding::getCode)
                .containsExactly("dry-needling", "20560");
    }

    @Test
    void identifiesTheSessionInTheConfiguredSystem() {
        InjectionSession session = read(ExampleSessions.NECK_SHOULDER);
        Procedure procedure = ProcedureTranslator.toFhir(
                context(session, OPTIONS.withIdentifierSystem("https://clinic.example.org/sessions")));

        assertThat(procedure.getIdentifierFirstRep().getSystem()).isEqualTo("https://clinic.example.org/sessions");
        assertThat(procedure.getIdentifierFirstRep().getValue())
                .isEqualTo(session.id().toString());
    }

    @Test
    void mapsAnAbortedSessionToNotDoneWithItsReason() {
        InjectionSession aborted = read(ExampleSessions.NECK_SHOULDER).toBuilder()
                .status(SessionStatus.ABORTED)
                .statusReason("Patient felt faint")
                .build();

        Procedure procedure = ProcedureTranslator.toFhir(context(aborted));

        assertThat(procedure.getStatus()).isEqualTo(Procedure.ProcedureStatus.NOTDONE);
        assertThat(procedure.getStatusReason().getText()).isEqualTo("Patient felt faint");
        assertThat(extension(procedure, Extensions.SESSION_STATUS).getValue().primitiveValue())
                .isEqualTo("aborted");
    }

    @Test
    void mapsEveryStatus() {
        assertThat(ProcedureHeader.status(SessionStatus.COMPLETED)).isEqualTo(Procedure.ProcedureStatus.COMPLETED);
        assertThat(ProcedureHeader.status(SessionStatus.IN_PROGRESS)).isEqualTo(Procedure.ProcedureStatus.INPROGRESS);
        assertThat(ProcedureHeader.status(SessionStatus.ENTERED_IN_ERROR))
                .isEqualTo(Procedure.ProcedureStatus.ENTEREDINERROR);
    }

    @Test
    void givesOneBodySitePerDistinctMuscleAndSideWithItsSideInTheText() {
        InjectionSession session = read(ExampleSessions.NECK_SHOULDER).toBuilder()
                .addSite(InjectionSite.injected("trapezius", Laterality.LEFT, 1, "A", BigDecimal.ONE)
                        .withDetail("middle fibres"))
                .build();

        Procedure procedure = ProcedureTranslator.toFhir(context(session));

        assertThat(procedure.getBodySite())
                .extracting(CodeableConcept::getText)
                .containsExactly("Left trapezius (upper fibres; middle fibres)", "Right levator scapulae");
        assertThat(procedure.getExtensionsByUrl(Extensions.TARGET_BODY_STRUCTURE))
                .hasSize(2);
        assertThat(procedure.getExtensionsByUrl(OPTIONS.extension(Extensions.INJECTION_SITE)))
                .hasSize(3);
    }

    @Test
    void codesAMuscleWithoutACheckedSnomedCodeInOurSystemOnly() {
        InjectionSession session = read(ExampleSessions.NECK_SHOULDER).toBuilder()
                .sites(List.of(InjectionSite.injected("rhomboid-major", Laterality.RIGHT, 1, "A", BigDecimal.ONE)))
                .build();

        CodeableConcept site = ProcedureTranslator.toFhir(context(session)).getBodySiteFirstRep();

        assertThat(site.getText()).isEqualTo("Right rhomboid major");
        assertThat(site.getCoding())
                .extracting(Coding::getSystem, Coding::getCode)
                .containsExactly(tuple(OPTIONS.codeSystem("muscle"), "rhomboid-major"));
    }

    @Test
    void keepsWhatR4HasNoElementForInExtensions() {
        InjectionSession session = read(ExampleSessions.NECK_SHOULDER).toBuilder()
                .patientFactors(new PatientFactors(new BigDecimal("72"), List.of("corticosteroid"), true, null))
                .build();

        Procedure procedure = ProcedureTranslator.toFhir(context(session));

        Extension timeOut = extension(procedure, Extensions.TIME_OUT);
        assertThat(timeOut.getExtensionByUrl("at").getValue().primitiveValue()).isEqualTo("2026-11-20T10:12:00-05:00");
        assertThat(((BooleanType) timeOut.getExtensionByUrl("siteMarked").getValue()).booleanValue())
                .isTrue();
        assertThat(code(extension(procedure, Extensions.SKIN_PREPARATION))).isEqualTo("chlorhexidine");
        assertThat(code(extension(procedure, Extensions.GUIDANCE))).isEqualTo("palpation");
        assertThat(code(procedure.getExtensionByUrl(Extensions.PROCEDURE_METHOD)))
                .isEqualTo("fanning");
        assertThat(code(extension(procedure, Extensions.TOLERANCE))).isEqualTo("well");
        assertThat(((Quantity) extension(procedure, Extensions.ESTIMATED_BLOOD_LOSS)
                                .getValue())
                        .getCode())
                .isEqualTo("mL");
        assertThat(extension(procedure, Extensions.AFTERCARE_GIVEN).getValue().primitiveValue())
                .isEqualTo("true");
        assertThat(procedure.getExtensionsByUrl(OPTIONS.extension(Extensions.PRIOR_THERAPY)))
                .extracting(ProcedureTranslatorTest::code)
                .containsExactly("stretching", "massage", "physical-therapy");
        assertThat(procedure.getExtensionsByUrl(OPTIONS.extension(Extensions.EXAMINATION_FINDING)))
                .extracting(ProcedureTranslatorTest::code)
                .containsExactly("taut-band", "local-twitch-response", "referred-pain");
        Extension factors = extension(procedure, Extensions.PATIENT_FACTORS);
        assertThat(((Quantity) factors.getExtensionByUrl("weight").getValue()).getCode())
                .isEqualTo("kg");
        assertThat(((Coding) factors.getExtensionByUrl("allergyClass").getValue()).getCode())
                .isEqualTo("corticosteroid");
        assertThat(factors.getExtensionByUrl("anticoagulated").getValue().primitiveValue())
                .isEqualTo("true");
    }

    @ParameterizedTest(name = "anticoagulated {0} is written as {1}")
    @CsvSource(
            value = {"null, absent", "false, false", "true, true"},
            nullValues = "null")
    void writesAnticoagulationOnlyWhenRecorded(Boolean recorded, String written) {
        InjectionSession session = read(ExampleSessions.NECK_SHOULDER).toBuilder()
                .patientFactors(PatientFactors.ofWeight(new BigDecimal("72")).withAnticoagulated(recorded))
                .build();

        Extension factors = extension(ProcedureTranslator.toFhir(context(session)), Extensions.PATIENT_FACTORS);

        Extension anticoagulated = factors.getExtensionByUrl("anticoagulated");
        assertThat(anticoagulated == null ? "absent" : anticoagulated.getValue().primitiveValue())
                .isEqualTo(written);
    }

    @Test
    void writesPriorToxinUnitsAndTheAntisepticAllergyClasses() {
        InjectionSession session = read(ExampleSessions.NECK_SHOULDER).toBuilder()
                .patientFactors(
                        new PatientFactors(null, List.of("chlorhexidine", "iodine"), null, new BigDecimal("150")))
                .build();

        Extension factors = extension(ProcedureTranslator.toFhir(context(session)), Extensions.PATIENT_FACTORS);

        assertThat(factors.getExtensionsByUrl("allergyClass"))
                .extracting(e -> (Coding) e.getValue())
                .extracting(Coding::getSystem, Coding::getCode, Coding::getDisplay)
                .containsExactly(
                        tuple(OPTIONS.codeSystem("drug-class"), "chlorhexidine", "chlorhexidine"),
                        tuple(OPTIONS.codeSystem("drug-class"), "iodine", "iodine"));
        Quantity units = (Quantity)
                factors.getExtensionByUrl("botulinumToxinUnitsLast90Days").getValue();
        assertThat(units.getValue()).isEqualByComparingTo("150");
        assertThat(units.getCode()).isEqualTo("[arb'U]");
        assertThat(units.getUnit()).isEqualTo("units");
        assertThat(factors.getExtensionByUrl("noAllergyClass")).isNull();
    }

    @Test
    void saysSoWhenAPatientFactorsRecordHoldsNothingElse() {
        InjectionSession session = read(ExampleSessions.NECK_SHOULDER).toBuilder()
                .patientFactors(new PatientFactors(null, List.of(), null, null))
                .build();

        Extension factors = extension(ProcedureTranslator.toFhir(context(session)), Extensions.PATIENT_FACTORS);

        assertThat(factors.getExtension()).singleElement().satisfies(part -> {
            assertThat(part.getUrl()).isEqualTo("noAllergyClass");
            assertThat(part.getValue().primitiveValue()).isEqualTo("true");
        });
    }

    @Test
    void keepsPositionAspirationObservationAndAttestationInExtensions() {
        Procedure procedure = ProcedureTranslator.toFhir(context(read("full-record-single-dose-steroid.json")));

        CodeableConcept position = (CodeableConcept)
                extension(procedure, Extensions.PATIENT_POSITION).getValue();
        assertThat(position.getCodingFirstRep().getSystem()).isEqualTo(OPTIONS.codeSystem("position"));
        assertThat(position.getCodingFirstRep().getCode()).isEqualTo("sitting");
        assertThat(extension(procedure, Extensions.ASPIRATION_BEFORE_INJECTION)
                        .getValue()
                        .primitiveValue())
                .isEqualTo("true");
        Extension observed = extension(procedure, Extensions.POST_PROCEDURE);
        assertThat(observed.getExtensionByUrl("observedMinutes").getValue().primitiveValue())
                .isEqualTo("15");
        assertThat(observed.getExtensionByUrl("vitalSignsStable").getValue().primitiveValue())
                .isEqualTo("true");
        Extension attestation = extension(procedure, Extensions.ATTESTATION);
        assertThat(((org.hl7.fhir.r4.model.Reference)
                                attestation.getExtensionByUrl("by").getValue())
                        .getReference())
                .isEqualTo("Practitioner/dr-lee");
        assertThat(attestation.getExtensionByUrl("at").getValue().primitiveValue())
                .isEqualTo("2026-11-20T10:50:00-05:00");
    }

    @Test
    void writesNoneOfThemWhenNotRecorded() {
        Procedure procedure = ProcedureTranslator.toFhir(context(read(ExampleSessions.NECK_SHOULDER)));

        assertThat(List.of(
                        Extensions.PATIENT_POSITION,
                        Extensions.ASPIRATION_BEFORE_INJECTION,
                        Extensions.POST_PROCEDURE,
                        Extensions.ATTESTATION))
                .allSatisfy(name -> assertThat(extension(procedure, name)).isNull());
    }

    @Test
    void keepsEachSiteAsRecorded() {
        Procedure procedure = ProcedureTranslator.toFhir(context(read(ExampleSessions.NECK_SHOULDER)));

        Extension site = procedure
                .getExtensionsByUrl(OPTIONS.extension(Extensions.INJECTION_SITE))
                .get(0);
        assertThat(((Coding) site.getExtensionByUrl("muscle").getValue()).getCode())
                .isEqualTo("trapezius");
        assertThat(site.getExtensionByUrl("laterality").getValue().primitiveValue())
                .isEqualTo("left");
        assertThat(site.getExtensionByUrl("detail").getValue().primitiveValue()).isEqualTo("upper fibres");
        assertThat(((PositiveIntType) site.getExtensionByUrl("points").getValue()).getValue())
                .isEqualTo(2);
        assertThat(site.getExtensionByUrl("preparation").getValue().primitiveValue())
                .isEqualTo("A");
        assertThat(((Quantity) site.getExtensionByUrl("volume").getValue()).getValue())
                .isEqualByComparingTo("2.5");
        assertThat(site.getExtensionByUrl("bodyStructure").hasValue()).isTrue();
    }

    @Test
    void describesTheNeedleFollowUpAndNoteAndCarriesTheProcedureNote() {
        Procedure procedure = ProcedureTranslator.toFhir(context(read(ExampleSessions.NECK_SHOULDER)));

        assertThat(procedure.getUsedCodeFirstRep().getText()).isEqualTo("27 G needle, 38 mm");
        assertThat(procedure.getFollowUpFirstRep().getText())
                .isEqualTo("Follow-up in 28 days: Review response; continue home stretching programme.");
        assertThat(procedure.getNoteFirstRep().getText()).startsWith("Patient positioned prone.");
        assertThat(procedure.getText().getStatus()).isEqualTo(Narrative.NarrativeStatus.GENERATED);
        assertThat(procedure.getText().getDivAsString()).contains("Trigger point injection");
    }

    @Test
    void codesComplicationsInOurSystemAndSumsUpTheOutcome() {
        InjectionSession session = read(ExampleSessions.DRY_NEEDLING).toBuilder()
                .addComplications("vasovagal-reaction")
                .build();

        Procedure procedure = ProcedureTranslator.toFhir(context(session));

        assertThat(procedure.getComplication()).singleElement().satisfies(c -> {
            assertThat(c.getCodingFirstRep().getSystem()).isEqualTo(OPTIONS.codeSystem("complication"));
            assertThat(c.getCodingFirstRep().getCode()).isEqualTo("vasovagal-reaction");
            assertThat(c.getText()).isEqualTo("vasovagal reaction");
        });
        assertThat(procedure.getOutcome().getText())
                .isEqualTo("Tolerated fairly; pain 6/10 before, 3/10 after; complications: vasovagal reaction");
    }

    @Test
    void tellsOurOwnExportByOurSessionStatusExtensionUnderTheConfiguredBase() {
        Procedure ours = ProcedureTranslator.toFhir(context(read(ExampleSessions.NECK_SHOULDER)));

        assertThat(ProcedureTranslator.ownExport(OPTIONS, ours)).isTrue();
        assertThat(ProcedureTranslator.ownExport(OPTIONS.withCanonicalBase("https://example.org/fhir"), ours))
                .isFalse();
        Procedure stripped = ours.copy();
        stripped.setExtension(new ArrayList<>());
        assertThat(ProcedureTranslator.ownExport(OPTIONS, stripped)).isFalse();
    }

    private static Extension extension(Procedure procedure, String name) {
        return procedure.getExtensionByUrl(OPTIONS.extension(name));
    }

    private static String code(Extension extension) {
        return ((CodeableConcept) extension.getValue()).getCodingFirstRep().getCode();
    }
}
