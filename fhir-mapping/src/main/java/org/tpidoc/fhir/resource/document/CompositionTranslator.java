package org.tpidoc.fhir.resource.document;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Composition.CompositionAttestationMode;
import org.hl7.fhir.r4.model.Composition.CompositionAttesterComponent;
import org.hl7.fhir.r4.model.Composition.CompositionStatus;
import org.hl7.fhir.r4.model.Composition.SectionComponent;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ResourceType;
import org.tpidoc.fhir.datatype.Narratives;
import org.tpidoc.fhir.datatype.Times;
import org.tpidoc.fhir.kernel.Concepts;
import org.tpidoc.fhir.kernel.FixedConcepts;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.Profiles;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.fhir.kernel.ResourceIds;
import org.tpidoc.fhir.kernel.Roles;
import org.tpidoc.fhir.resource.observation.ObservationTranslator;
import org.tpidoc.note.HtmlRenderer;
import org.tpidoc.note.NoteSection;
import org.tpidoc.note.ProcedureNote;
import org.tpidoc.session.Attestation;
import org.tpidoc.session.InjectionSession;

/**
 * The procedure note as a {@code Composition} (LOINC 28570-0), the first entry of a document bundle, both
 * directions. Out: the whole note's XHTML as its narrative, one section per note section with that
 * section's XHTML, entries pointing to the resources the section describes, and its participants ({@link
 * DocumentParticipants}); its date is the session's end (never the clock). Back: the {@code Composition} is
 * rendered from the session and the stand-ins ({@link StandIns}) restate the references it holds, so ours
 * are recognised by their ids and taken as read; another system's {@code Composition} is left for the
 * unmapped report (its narrative is not a session).
 */
public final class CompositionTranslator {

    private static final HtmlRenderer HTML = new HtmlRenderer();

    /**
     * A document's {@code Composition} and the stand-ins it refers to.
     *
     * @param composition the first entry of the document
     * @param standIns the stand-ins the document must hold, in order of first use
     */
    public record Document(Composition composition, List<Resource> standIns) {

        /** Copies the stand-ins. */
        public Document {
            standIns = List.copyOf(standIns);
        }
    }

    private CompositionTranslator() {}

    /** The {@code Composition} over {@code resources}, the other resources of the same export, and its stand-ins. */
    public static Document toFhir(MappingContext context, List<Resource> resources) {
        DocumentParticipants participants = DocumentParticipants.of(context);
        return new Document(toFhir(context, participants, resources), participants.standIns());
    }

    /**
     * The {@code Composition} over {@code resources}. Its subject, author, custodian and legal attester (who
     * signed the record, and when) are the document's {@code participants}; its encounter is set only when the
     * session names it by identifier (a literal encounter reference could not resolve inside the document, and
     * an {@code Encounter} stand-in would need a class the session does not record), while every other
     * resource keeps the encounter as given.
     */
    static Composition toFhir(MappingContext context, DocumentParticipants participants, List<Resource> resources) {
        ProcedureNote note = context.note();
        Composition composition = new Composition();
        composition.setId(context.id(Roles.COMPOSITION));
        context.conform(composition, Profiles.PROCEDURE_NOTE);
        composition.setText(Narratives.generated(HTML.render(note)));
        composition.setStatus(status(context));
        composition.setType(Concepts.codeable(FixedConcepts.PROCEDURE_NOTE));
        composition.setSubject(participants.subject());
        context.encounter().filter(encounter -> !encounter.hasReference()).ifPresent(composition::setEncounter);
        composition.setDateElement(Times.dateTime(context.recorded()));
        composition.addAuthor(participants.author());
        composition.setTitle(note.title());
        Attestation attestation = context.session().attestation();
        if (attestation != null) {
            CompositionAttesterComponent attester = composition
                    .addAttester()
                    .setMode(CompositionAttestationMode.LEGAL)
                    .setTimeElement(Times.dateTime(attestation.at()));
            participants.attester().ifPresent(attester::setParty);
        }
        participants.custodian().ifPresent(composition::setCustodian);
        for (NoteSection section : note.sections()) {
            composition.addSection(section(context, section, note.language(), resources));
        }
        return composition;
    }

    /** Takes the session's own {@code Composition} and participant stand-ins, if the input has them, as read. */
    public static void fromFhir(ReadContext context, InjectionSession session) {
        context.index()
                .byId(
                        "Composition",
                        ResourceIds.of(session.id(), Roles.COMPOSITION).toString())
                .ifPresent(context::use);
        StandIns.fromFhir(context, session);
    }

    private static CompositionStatus status(MappingContext context) {
        return switch (context.session().status()) {
            case IN_PROGRESS -> CompositionStatus.PRELIMINARY;
            case COMPLETED, ABORTED -> CompositionStatus.FINAL;
            case ENTERED_IN_ERROR -> CompositionStatus.ENTEREDINERROR;
        };
    }

    private static SectionComponent section(
            MappingContext context, NoteSection section, Locale language, List<Resource> resources) {
        SectionComponent component = new SectionComponent()
                .setTitle(section.title())
                .setText(Narratives.generated(HTML.renderSection(section, language)));
        resources.stream()
                .filter(resource -> describes(section.key(), resource))
                .forEach(resource -> component.addEntry(context.reference(resource)));
        return component;
    }

    /** Whether the note section {@code key} describes {@code resource}. */
    private static boolean describes(String key, Resource resource) {
        ResourceType type = resource.getResourceType();
        return switch (key) {
            case "consent" -> type == ResourceType.Consent;
            case "medications" ->
                Set.of(ResourceType.Medication, ResourceType.MedicationAdministration)
                        .contains(type);
            case "pain" -> type == ResourceType.Observation && ObservationTranslator.isPain((Observation) resource);
            case "description" ->
                type == ResourceType.BodyStructure
                        || (type == ResourceType.Observation && !ObservationTranslator.isPain((Observation) resource));
            case "procedure", "indications", "time-out", "complications", "blood-loss", "tolerance", "plan" ->
                type == ResourceType.Procedure;
            default -> false;
        };
    }
}
