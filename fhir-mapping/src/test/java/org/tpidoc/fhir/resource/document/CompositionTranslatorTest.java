package org.tpidoc.fhir.resource.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tpidoc.fhir.ExampleSessions.context;
import static org.tpidoc.fhir.ExampleSessions.read;

import java.time.OffsetDateTime;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Composition.CompositionAttestationMode;
import org.hl7.fhir.r4.model.Composition.SectionComponent;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.tpidoc.fhir.ExampleSessions;
import org.tpidoc.fhir.FhirExporter;
import org.tpidoc.fhir.FhirValidation;
import org.tpidoc.fhir.api.BundleKind;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.resource.observation.ObservationTranslator;
import org.tpidoc.fhir.resource.procedure.ProcedureTranslator;
import org.tpidoc.session.Attestation;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.terminology.CodeSystems;

class CompositionTranslatorTest {

    private static final String FULL_RECORD = "full-record-single-dose-steroid.json";
    private static final OffsetDateTime SIGNED = OffsetDateTime.parse("2026-11-20T11:05:00-05:00");
    private static final MappingOptions OPTIONS = MappingOptions.defaults()
            .withOrganization(org.tpidoc.session.Reference.to("Organization/clinic", "Clinic"));

    @Test
    void isAProcedureNoteDatedAtTheSessionsEnd() {
        MappingContext context = context(read(ExampleSessions.NECK_SHOULDER));
        Composition composition = CompositionTranslator.toFhir(context, DocumentParticipants.of(context), List.of());

        assertThat(composition.getType().getCodingFirstRep().getSystem()).isEqualTo(CodeSystems.LOINC);
        assertThat(composition.getType().getCodingFirstRep().getCode()).isEqualTo("28570-0");
        assertThat(composition.getDateElement().getValueAsString()).isEqualTo("2026-11-20T10:35:00-05:00");
        assertThat(composition.getStatus()).isEqualTo(Composition.CompositionStatus.FINAL);
        assertThat(composition.getTitle()).isEqualTo("Trigger point injection");
        assertThat(composition.getText().getDivAsString()).contains("Pain before and after");
    }

    @Test
    void givesEachNoteSectionItsNarrativeAndTheResourcesItDescribes() {
        MappingContext context = context(read(ExampleSessions.NECK_SHOULDER));
        List<Resource> resources = new java.util.ArrayList<>();
        resources.add(ProcedureTranslator.toFhir(context));
        resources.addAll(ObservationTranslator.toFhir(context));

        Composition composition = CompositionTranslator.toFhir(context, DocumentParticipants.of(context), resources);

        assertThat(composition.getSection())
                .allSatisfy(section ->
                        assertThat(section.getText().getDivAsString()).startsWith("<div"));
        SectionComponent pain = section(composition, "Pain before and after");
        assertThat(pain.getEntry())
                .extracting(Reference::getReference)
                .containsExactly(
                        context.reference(resources.get(1)).getReference(),
                        context.reference(resources.get(2)).getReference());
        assertThat(section(composition, "Procedure").getEntry())
                .extracting(Reference::getReference)
                .containsExactly(context.reference(resources.get(0)).getReference());
    }

    @Test
    void holdsStandInsForTheSubjectAuthorAndCustodianItRefersTo() {
        MappingContext context = context(read(ExampleSessions.NECK_SHOULDER), OPTIONS);
        DocumentParticipants participants = DocumentParticipants.of(context);

        Composition composition = CompositionTranslator.toFhir(context, participants, List.of());

        assertThat(participants.standIns())
                .hasExactlyElementsOfTypes(Patient.class, Practitioner.class, Organization.class);
        assertThat(participants.standIns())
                .allSatisfy(standIn -> assertThat(((org.hl7.fhir.r4.model.DomainResource) standIn)
                                .hasExtension(OPTIONS.extension(Extensions.EXTERNAL_REFERENCE)))
                        .isTrue());
        assertThat(composition.getSubject().getReference())
                .isEqualTo(context.reference(participants.standIns().get(0)).getReference());
        assertThat(composition.getAuthorFirstRep().getReference())
                .isEqualTo(context.reference(participants.standIns().get(1)).getReference());
        assertThat(composition.getCustodian().getReference())
                .isEqualTo(context.reference(participants.standIns().get(2)).getReference());
        assertThat(((Practitioner) participants.standIns().get(1))
                        .getNameFirstRep()
                        .getText())
                .isEqualTo("Dr. A. Lee");
        assertThat(composition.hasEncounter()).isFalse();
    }

    @Test
    void namesEachStandInInWordsNeverByTheRawReference() {
        DocumentParticipants participants =
                DocumentParticipants.of(context(read(ExampleSessions.NECK_SHOULDER), OPTIONS));

        List<String> narratives = participants.standIns().stream()
                .map(standIn -> ((org.hl7.fhir.r4.model.DomainResource) standIn)
                        .getText()
                        .getDivAsString())
                .toList();

        assertThat(narratives)
                .hasSize(3)
                .noneMatch(text -> text.contains("Patient/") || text.contains("Practitioner/"));
        assertThat(narratives.get(1)).contains("Stands in for:</b> Dr. A. Lee");
        assertThat(narratives.get(0)).contains("Stands in for:</b> not named in the record");
    }

    @Test
    void attestsTheDocumentLegallyBySignerAndTimeThroughTheAuthorsStandIn() {
        MappingContext context = context(read(FULL_RECORD));
        DocumentParticipants participants = DocumentParticipants.of(context);

        Composition composition = CompositionTranslator.toFhir(context, participants, List.of());

        assertThat(composition.getAttester()).singleElement().satisfies(attester -> {
            assertThat(attester.getMode()).isEqualTo(CompositionAttestationMode.LEGAL);
            assertThat(attester.getTimeElement().getValueAsString()).isEqualTo("2026-11-20T10:50:00-05:00");
            assertThat(attester.getParty().getReference())
                    .isEqualTo(composition.getAuthorFirstRep().getReference());
        });
        assertThat(participants.standIns()).hasExactlyElementsOfTypes(Patient.class, Practitioner.class);
    }

    @Test
    void givesASignerOtherThanTheAuthorAStandInOfItsOwn() {
        InjectionSession session = read(FULL_RECORD).toBuilder()
                .attestation(new Attestation(
                        org.tpidoc.session.Reference.to("Practitioner/dr-novak", "Dr. B. Novak"), SIGNED))
                .build();
        MappingContext context = context(session);
        DocumentParticipants participants = DocumentParticipants.of(context);

        Composition composition = CompositionTranslator.toFhir(context, participants, List.of());

        assertThat(participants.standIns())
                .hasExactlyElementsOfTypes(Patient.class, Practitioner.class, Practitioner.class);
        assertThat(composition.getAttesterFirstRep().getParty().getReference())
                .isEqualTo(context.reference(participants.standIns().get(2)).getReference());
        assertThat(((Practitioner) participants.standIns().get(2))
                        .getNameFirstRep()
                        .getText())
                .isEqualTo("Dr. B. Novak");
    }

    @Test
    void leavesTheAttesterPartyOutWhenTheSignerCannotBeOneInTheDocument() {
        for (String signer : List.of("Device/scribe", "Organization/unnamed")) {
            MappingContext context = context(read(FULL_RECORD).toBuilder()
                    .attestation(new Attestation(org.tpidoc.session.Reference.to(signer), SIGNED))
                    .build());

            Composition composition =
                    CompositionTranslator.toFhir(context, DocumentParticipants.of(context), List.of());

            assertThat(composition.getAttester()).as(signer).singleElement().satisfies(attester -> {
                assertThat(attester.getMode()).isEqualTo(CompositionAttestationMode.LEGAL);
                assertThat(attester.hasTime()).isTrue();
                assertThat(attester.hasParty()).isFalse();
            });
        }
    }

    @Test
    void hasNoAttesterWhenTheRecordIsNotSigned() {
        MappingContext context = context(read(ExampleSessions.NECK_SHOULDER));

        Composition composition = CompositionTranslator.toFhir(context, DocumentParticipants.of(context), List.of());

        assertThat(composition.hasAttester()).isFalse();
    }

    @Test
    void keepsALogicalSubjectAsGivenWithoutAStandIn() {
        MappingContext context = context(read(ExampleSessions.LOW_BACK));
        DocumentParticipants participants = DocumentParticipants.of(context);

        assertThat(participants.subject().getIdentifier().getValue()).isEqualTo("MRN-000451");
        assertThat(participants.subject().hasReference()).isFalse();
        assertThat(participants.standIns()).hasExactlyElementsOfTypes(Practitioner.class);
    }

    @Test
    void documentOfAPatientReferencedByAbsoluteUrlHoldsAPatientStandInAndValidates() {
        InjectionSession session = read(ExampleSessions.NECK_SHOULDER).toBuilder()
                .patient(org.tpidoc.session.Reference.to("https://ehr.example/fhir/Patient/1"))
                .build();
        MappingContext context = context(session);
        DocumentParticipants participants = DocumentParticipants.of(context);

        assertThat(participants.standIns().get(0)).isInstanceOf(Patient.class);
        Bundle document = FhirExporter.standard().toBundle(session, BundleKind.DOCUMENT);
        assertThat(FhirValidation.shared().validate(document).errors()).isEmpty();
    }

    @Test
    void keepsAReferenceOfATypeWithoutStandInAsGivenInsteadOfFailing() {
        InjectionSession session = read(ExampleSessions.NECK_SHOULDER).toBuilder()
                .patient(org.tpidoc.session.Reference.to("urn:uuid:5b0e4e52-9d0c-4a43-9d43-7c1e3c8a1f00"))
                .build();
        MappingContext context = context(session);

        DocumentParticipants participants = DocumentParticipants.of(context);

        assertThat(participants.subject().getReference()).isEqualTo("urn:uuid:5b0e4e52-9d0c-4a43-9d43-7c1e3c8a1f00");
    }

    @Test
    void isPreliminaryWhileTheSessionIsInProgress() {
        InjectionSession inProgress = read(ExampleSessions.NECK_SHOULDER).toBuilder()
                .status(org.tpidoc.session.SessionStatus.IN_PROGRESS)
                .end(null)
                .build();
        MappingContext context = context(inProgress);

        Composition composition = CompositionTranslator.toFhir(context, DocumentParticipants.of(context), List.of());

        assertThat(composition.getStatus()).isEqualTo(Composition.CompositionStatus.PRELIMINARY);
        assertThat(composition.getDateElement().getValueAsString()).isEqualTo("2026-11-20T10:15:00-05:00");
    }

    private static SectionComponent section(Composition composition, String title) {
        return composition.getSection().stream()
                .filter(s -> s.getTitle().equals(title))
                .findFirst()
                .orElseThrow();
    }
}
