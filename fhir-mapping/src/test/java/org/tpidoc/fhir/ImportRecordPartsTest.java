package org.tpidoc.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpidoc.fhir.api.BundleKind;
import org.tpidoc.fhir.api.Fhir;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.api.ImportResult;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.session.Attestation;
import org.tpidoc.session.Component;
import org.tpidoc.session.Container;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.PatientFactors;
import org.tpidoc.session.Position;
import org.tpidoc.session.PostProcedure;
import org.tpidoc.session.Preparation;
import org.tpidoc.session.Reference;
import org.tpidoc.validation.Finding;

/**
 * The record parts issue 10 adds, each absent and present in each of its forms, exported in every bundle
 * kind (JSON and XML), imported back equal with no finding, and validated with no error: anticoagulation
 * (not recorded, false, true), prior botulinum toxin units, the antiseptic allergy classes, an empty
 * patient-factors record, every container kind, every position, aspiration, the observation after the
 * procedure, and attestations by each kind of reference.
 */
class ImportRecordPartsTest {

    private static final FhirExporter EXPORTER = FhirExporter.standard();
    private static final FhirImporter IMPORTER = FhirImporter.standard();
    private static final InjectionSession FULL = ExampleSessions.read("full-record-single-dose-steroid.json");
    private static final InjectionSession TOXIN = ExampleSessions.read(ExampleSessions.BOTULINUM);
    private static final OffsetDateTime SIGNED = FULL.end().plusMinutes(30);

    static Stream<Arguments> sessions() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("the full-record example", FULL));
        add(
                cases,
                "anticoagulated not recorded",
                b -> b.patientFactors(factors().withAnticoagulated(null)));
        add(cases, "anticoagulated false", b -> b.patientFactors(factors().withAnticoagulated(false)));
        add(cases, "anticoagulated true", b -> b.patientFactors(factors().withAnticoagulated(true)));
        add(
                cases,
                "prior toxin units 0",
                b -> b.patientFactors(factors().withBotulinumToxinUnitsLast90Days(BigDecimal.ZERO)));
        add(
                cases,
                "prior toxin units 150.5",
                b -> b.patientFactors(factors().withBotulinumToxinUnitsLast90Days(new BigDecimal("150.5"))));
        add(cases, "allergy chlorhexidine", b -> b.patientFactors(factors().withAllergies(List.of("chlorhexidine"))));
        add(
                cases,
                "allergies iodine and amide local anaesthetic",
                b -> b.patientFactors(factors().withAllergies(List.of("iodine", "amide-local-anesthetic"))));
        add(
                cases,
                "patient factors with nothing recorded",
                b -> b.patientFactors(new PatientFactors(null, List.of(), null, null)));
        add(cases, "patient factors not recorded", b -> b.patientFactors(null));
        add(cases, "no container recorded", b -> b.preparations(List.of(withContainers(null, null))));
        add(
                cases,
                "multi-dose containers",
                b -> b.preparations(List.of(withContainers(Container.multiDose(), Container.multiDose()))));
        add(
                cases,
                "single-dose containers",
                b -> b.preparations(List.of(withContainers(
                        Container.singleDose(new BigDecimal("5")), Container.singleDose(new BigDecimal("1.5"))))));
        for (Position position : Position.values()) {
            add(cases, "position " + position.code(), b -> b.position(position));
        }
        add(cases, "position not recorded", b -> b.position(null));
        add(cases, "aspiration not recorded", b -> b.aspirationBeforeInjection(null));
        add(cases, "no aspiration", b -> b.aspirationBeforeInjection(false));
        add(cases, "no observation after", b -> b.postProcedure(null));
        add(cases, "observed 0 minutes, vitals not recorded", b -> b.postProcedure(new PostProcedure(0, null)));
        add(cases, "observed 30 minutes, vitals unstable", b -> b.postProcedure(new PostProcedure(30, false)));
        add(cases, "not attested", b -> b.attestation(null));
        add(
                cases,
                "attested by another practitioner",
                b -> b.attestation(new Attestation(Reference.to("Practitioner/dr-novak", "Dr. B. Novak"), SIGNED)));
        add(
                cases,
                "attested by identifier only",
                b -> b.attestation(new Attestation(
                        Reference.byIdentifier("urn:oid:2.16.840.1.113883.4.6", "1234567893"), SIGNED)));
        add(
                cases,
                "attested by an organization",
                b -> b.attestation(new Attestation(Reference.to("Organization/clinic"), SIGNED)));
        add(cases, "attested by a device", b -> b.attestation(new Attestation(Reference.to("Device/scribe"), SIGNED)));
        cases.add(Arguments.of(
                "toxin from a single-dose powder vial",
                TOXIN.toBuilder()
                        .preparations(List.of(new Preparation(
                                "T",
                                List.of(
                                        TOXIN.preparations()
                                                .get(0)
                                                .components()
                                                .get(0)
                                                .withContainer(Container.singleDosePowder()),
                                        TOXIN.preparations()
                                                .get(0)
                                                .components()
                                                .get(1)
                                                .withContainer(Container.multiDose())))))
                        .patientFactors(TOXIN.patientFactors().withBotulinumToxinUnitsLast90Days(new BigDecimal("100")))
                        .build()));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sessions")
    void importsEachPartBackEqualFromEveryBundleKind(String name, InjectionSession session) {
        for (BundleKind kind : BundleKind.values()) {
            ImportResult fromJson = IMPORTER.importBundle(EXPORTER.toJson(session, kind));
            ImportResult fromXml = IMPORTER.importBundle(EXPORTER.toXml(session, kind));

            assertThat(fromJson.allFindings()).as("%s as %s", name, kind).isEmpty();
            assertThat(fromJson.sessionList()).containsExactly(session);
            assertThat(fromXml.allFindings()).isEmpty();
            assertThat(fromXml.sessionList()).containsExactly(session);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sessions")
    void exportsEachPartWithoutValidationErrors(String name, InjectionSession session) {
        for (BundleKind kind : BundleKind.values()) {
            FhirValidationResult result = FhirValidation.shared().validate(EXPORTER.toBundle(session, kind));

            assertThat(result.errors()).as("%s as %s", name, kind).isEmpty();
        }
    }

    static Stream<Arguments> damagedParts() {
        return Stream.of(
                damaged(
                        "a position we have no code for",
                        Extensions.PATIENT_POSITION,
                        e -> ((CodeableConcept) e.getValue())
                                .getCodingFirstRep()
                                .setCode("kneeling"),
                        b -> b.position(null)),
                damaged(
                        "aspiration as text",
                        Extensions.ASPIRATION_BEFORE_INJECTION,
                        e -> e.setValue(new StringType("yes")),
                        b -> b.aspirationBeforeInjection(null)),
                damaged(
                        "an observation after without its minutes",
                        Extensions.POST_PROCEDURE,
                        e -> e.getExtension().removeIf(part -> part.getUrl().equals("observedMinutes")),
                        b -> b.postProcedure(null)),
                damaged(
                        "an attestation without its time",
                        Extensions.ATTESTATION,
                        e -> e.getExtension().removeIf(part -> part.getUrl().equals("at")),
                        b -> b.attestation(null)),
                damaged(
                        "anticoagulated as text",
                        Extensions.PATIENT_FACTORS,
                        e -> e.getExtensionByUrl("anticoagulated").setValue(new StringType("no")),
                        b -> b.patientFactors(factors().withAnticoagulated(null))),
                damaged(
                        "prior toxin units in mg",
                        Extensions.PATIENT_FACTORS,
                        e -> e.addExtension("botulinumToxinUnitsLast90Days", new Quantity(5).setCode("mg")),
                        b -> b));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedParts")
    void leavesOutADamagedPartWithAFindingAtItsExtension(
            String name, String extension, Consumer<Extension> damage, UnaryOperator<InjectionSession.Builder> lost) {
        Bundle bundle = EXPORTER.toBundle(FULL, BundleKind.COLLECTION);
        Procedure procedure = (Procedure) bundle.getEntryFirstRep().getResource();
        String url = MappingOptions.defaults().extension(extension);
        int index = procedure.getExtension().indexOf(procedure.getExtensionByUrl(url));
        damage.accept(procedure.getExtension().get(index));

        InjectionSession imported =
                importedWithOneInvalidValueAt(bundle, "Bundle.entry[0].resource.extension[" + index + "]");

        assertThat(imported).isEqualTo(lost.apply(FULL.toBuilder()).build());
    }

    @Test
    void keepsAComponentWhoseContainerKindIsNotOursWithoutItsContainer() {
        Bundle bundle = EXPORTER.toBundle(FULL, BundleKind.COLLECTION);
        Medication medication = bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(Medication.class::isInstance)
                .map(Medication.class::cast)
                .findFirst()
                .orElseThrow();
        int entry = bundle.getEntry()
                .indexOf(bundle.getEntry().stream()
                        .filter(e -> e.getResource() == medication)
                        .findFirst()
                        .orElseThrow());
        Extension container = medication
                .getIngredient()
                .get(1)
                .getExtensionByUrl(MappingOptions.defaults().extension(Extensions.PREPARATION_COMPONENT))
                .getExtensionByUrl("container");
        ((Coding) container.getExtensionByUrl("kind").getValue()).setSystem("https://vendor.example/vial");

        InjectionSession imported =
                importedWithOneInvalidValueAt(bundle, "Bundle.entry[" + entry + "].resource.ingredient[1].extension");

        assertThat(imported)
                .isEqualTo(FULL.toBuilder()
                        .preparations(List.of(withContainers(Container.multiDose(), null)))
                        .build());
    }

    /** The one session of {@code bundle}'s JSON, marked for review for one invalid value at {@code path}. */
    private static InjectionSession importedWithOneInvalidValueAt(Bundle bundle, String path) {
        ImportResult result =
                IMPORTER.importBundle(Fhir.context().newJsonParser().encodeResourceToString(bundle));

        assertThat(result.allFindings())
                .extracting(Finding::code, Finding::path)
                .containsExactlyInAnyOrder(
                        tuple(ImportCode.INVALID_VALUE.code(), path),
                        tuple(ImportCode.NEEDS_REVIEW.code(), "Bundle.entry[0].resource"));
        assertThat(result.sessions()).singleElement().satisfies(imported -> assertThat(imported.needsReview())
                .isTrue());
        return result.sessionList().get(0);
    }

    private static Arguments damaged(
            String name, String extension, Consumer<Extension> damage, UnaryOperator<InjectionSession.Builder> lost) {
        return Arguments.of(name, extension, damage, lost);
    }

    private static void add(List<Arguments> cases, String name, UnaryOperator<InjectionSession.Builder> change) {
        cases.add(Arguments.of(name, change.apply(FULL.toBuilder()).build()));
    }

    private static PatientFactors factors() {
        return FULL.patientFactors();
    }

    private static Preparation withContainers(Container lidocaine, Container steroid) {
        Preparation preparation = FULL.preparations().get(0);
        List<Component> components = preparation.components();
        return new Preparation(
                preparation.id(),
                List.of(
                        components.get(0).withContainer(lidocaine),
                        components.get(1).withContainer(steroid)));
    }
}
