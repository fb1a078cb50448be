package org.tpidoc.fhir.kernel;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseHasExtensions;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;
import org.tpidoc.billing.ProcedureCode;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.Muscle;
import org.tpidoc.dosing.DoseCalculator;
import org.tpidoc.dosing.SessionDoses;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.note.ProcedureNote;
import org.tpidoc.session.Coded;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.SessionStatus;
import org.tpidoc.terminology.Concept;

/**
 * Everything the resource mappers share while mapping one session: the session, the options and
 * catalogue, the derived doses, procedure code and note, the deterministic ids, and references to the
 * resources of this export and to the outside world. Created per export and used by one thread.
 */
public final class MappingContext {

    private final InjectionSession session;
    private final MappingOptions options;
    private final Catalog catalog;
    private final ReferenceStyle style;
    private final SessionDoses doses;
    private @Nullable ProcedureNote note;

    /** A context for mapping {@code session}, deriving its doses from {@code catalog}. */
    public MappingContext(InjectionSession session, MappingOptions options, Catalog catalog, ReferenceStyle style) {
        this.session = Objects.requireNonNull(session, "session");
        this.options = Objects.requireNonNull(options, "options");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.style = Objects.requireNonNull(style, "style");
        this.doses = new DoseCalculator(catalog).compute(session);
    }

    /** The session being mapped. */
    public InjectionSession session() {
        return session;
    }

    /** The mapping options. */
    public MappingOptions options() {
        return options;
    }

    /** The catalogue the session's slugs resolve in. */
    public Catalog catalog() {
        return catalog;
    }

    /** The doses derived from the session. */
    public SessionDoses doses() {
        return doses;
    }

    /** The procedure note of the session (rendered on first use). */
    public ProcedureNote note() {
        if (note == null) {
            note = ProcedureNote.of(session, catalog);
        }
        return note;
    }

    /** The CPT code of the session's procedure, as billing derives it (a part of a muscle counts as the whole). */
    public Optional<ProcedureCode> procedureCode() {
        return ProcedureCode.forSession(session, catalog);
    }

    /** Whether the whole record was entered in error (every resource then says so). */
    public boolean enteredInError() {
        return session.status() == SessionStatus.ENTERED_IN_ERROR;
    }

    /** When the record was made: the session's end, or its start while it has none. Never the clock. */
    public OffsetDateTime recorded() {
        return session.end() != null ? session.end() : session.start();
    }

    /** The deterministic id of the resource playing {@code role} (see {@link Roles}). */
    public String id(String role) {
        return ResourceIds.of(session.id(), role).toString();
    }

    /** A new reference to the resource of this export playing {@code role}, in this export's style. */
    public Reference reference(String role) {
        String id = id(role);
        return new Reference(style == ReferenceStyle.URN_UUID ? "urn:uuid:" + id : Roles.resourceType(role) + "/" + id);
    }

    /** A new reference to a resource of this export, in this export's style. */
    public Reference reference(Resource resource) {
        String id = resource.getIdElement().getIdPart();
        return new Reference(style == ReferenceStyle.URN_UUID ? "urn:uuid:" + id : resource.fhirType() + "/" + id);
    }

    /**
     * A new reference to whoever authored the record: the performer, else the configured organization, else
     * a reference that only says so ({@code Composition.author} and {@code Provenance.agent.who} are
     * required).
     */
    public Reference author() {
        return performer().or(this::organization).orElseGet(() -> new Reference().setDisplay("Author not recorded"));
    }

    /** A new reference to the session's {@code Procedure}. */
    public Reference procedure() {
        return reference(Roles.PROCEDURE);
    }

    /** A new reference to the patient, as the session gave it. */
    public Reference patient() {
        return References.external(session.patient());
    }

    /** A new reference to the encounter, if recorded. */
    public Optional<Reference> encounter() {
        return Optional.ofNullable(session.encounter()).map(References::external);
    }

    /** A new reference to the performing clinician, if recorded. */
    public Optional<Reference> performer() {
        return Optional.ofNullable(session.performer()).map(References::external);
    }

    /** A new reference to the location, if recorded. */
    public Optional<Reference> location() {
        return Optional.ofNullable(session.location()).map(References::external);
    }

    /** A new reference to the configured organization, if any. */
    public Optional<Reference> organization() {
        return Optional.ofNullable(options.organization()).map(References::external);
    }

    /** The URL of our extension {@code name} (see {@link org.tpidoc.fhir.kernel.Extensions}). */
    public String extension(String name) {
        return options.extension(name);
    }

    /** Declares that {@code resource} conforms to our profile {@code name} (see {@link Profiles}). */
    public void conform(Resource resource, String name) {
        resource.getMeta().addProfile(options.profile(name));
    }

    /** Adds our extension {@code name} with {@code value} to a resource or element, and returns it. */
    public Extension addExtension(IBaseHasExtensions target, String name, Type value) {
        return Extensions.add(target, extension(name), value);
    }

    /** A concept in our own code system {@code systemName} (see {@link OwnCodes}). */
    public Concept own(String systemName, String code, String display) {
        return new Concept(options.codeSystem(systemName), code, display);
    }

    /** A coding in our own code system {@code systemName}. */
    public Coding ownCoding(String systemName, String code, String display) {
        return Concepts.coding(own(systemName, code, display));
    }

    /** A concept in our own code system with the display as its text. */
    public CodeableConcept ownConcept(String systemName, String code, String display) {
        return Concepts.codeable(own(systemName, code, display));
    }

    /** An enum value in our own code system: its code, and its code in words as display and text. */
    public CodeableConcept ownConcept(String systemName, Coded value) {
        return ownConcept(systemName, value.code(), OwnCodes.words(value));
    }

    /** An enum value as a coding in our own code system, its code in words as display. */
    public Coding ownCoding(String systemName, Coded value) {
        return ownCoding(systemName, value.code(), OwnCodes.words(value));
    }

    /** The muscle's name in words: the catalogue's, or the slug's words for a muscle it lacks. */
    public String muscleName(String slug) {
        return catalog.muscle(slug).map(Muscle::name).orElse(slug.replace('-', ' '));
    }
}
