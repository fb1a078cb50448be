package org.tpidoc.fhir.resource.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.datatype.Narratives;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.References;
import org.tpidoc.fhir.kernel.Roles;
import org.tpidoc.session.Attestation;

/**
 * The subject, author, custodian and legal attester of a document's {@code Composition}. A document must
 * hold what its {@code Composition} refers to, but the session only refers to its patient, clinicians and
 * organization. So for each one given as a literal reference ({@code Patient/123}) the document holds a
 * stand-in: a resource of that type with a deterministic id, the identifier and display the session gave,
 * and the reference as given in our {@code external-reference} extension; the {@code Composition} points
 * to the stand-in (an {@code Organization} with neither name nor identifier can have none: org-1). A
 * logical reference (identifier only) needs no stand-in and is kept as given. Every other
 * resource of the document keeps the references as the session gave them.
 */
public final class DocumentParticipants {

    /** The types {@code Composition.attester.party} may refer to. */
    private static final Set<String> ATTESTER_TYPES =
            Set.of("Patient", "RelatedPerson", "Practitioner", "PractitionerRole", "Organization");

    private final MappingContext context;
    private final List<Resource> standIns = new ArrayList<>();
    private final Reference subject;
    private final Reference author;
    private final Optional<Reference> custodian;
    private final Optional<Reference> attester;

    private DocumentParticipants(MappingContext context) {
        this.context = context;
        this.subject = resolvable(context.session().patient());
        org.tpidoc.session.@Nullable Reference authoredBy = context.session().performer() != null
                ? context.session().performer()
                : context.options().organization();
        this.author = authoredBy == null ? context.author() : resolvable(authoredBy);
        this.custodian = Optional.ofNullable(context.options().organization()).map(this::resolvable);
        this.attester = Optional.ofNullable(context.session().attestation())
                .map(Attestation::by)
                .filter(by -> by.resourceType().map(ATTESTER_TYPES::contains).orElse(true))
                .map(this::resolvable)
                .filter(party -> !party.hasReference() || isStandIn(party));
    }

    /** The participants of the document of {@code context}'s session. */
    public static DocumentParticipants of(MappingContext context) {
        return new DocumentParticipants(context);
    }

    /** {@code Composition.subject}: the patient, resolvable in the document. */
    public Reference subject() {
        return subject.copy();
    }

    /** {@code Composition.author}: the performer, else the organization, resolvable in the document. */
    public Reference author() {
        return author.copy();
    }

    /** {@code Composition.custodian}: the configured organization, resolvable in the document. */
    public Optional<Reference> custodian() {
        return custodian.map(Reference::copy);
    }

    /**
     * {@code Composition.attester.party} of the legal attester: who signed the record, resolvable in the
     * document, or by identifier; empty when the record is not signed, signed by a type an attester cannot
     * be (a device), or by a reference the document cannot hold (an organization with neither name nor
     * identifier has no stand-in).
     */
    public Optional<Reference> attester() {
        return attester.map(Reference::copy);
    }

    private boolean isStandIn(Reference party) {
        return standIns.stream()
                .anyMatch(standIn -> context.reference(standIn).getReference().equals(party.getReference()));
    }

    /** The stand-ins the document must hold, in order of first use. */
    public List<Resource> standIns() {
        return List.copyOf(standIns);
    }

    private Reference resolvable(org.tpidoc.session.Reference given) {
        if (given.reference() == null) {
            return References.external(given);
        }
        String role = Roles.participant(given.resourceType().orElse(""), given.reference());
        for (Resource existing : standIns) {
            if (existing.getIdElement().getIdPart().equals(context.id(role))) {
                return context.reference(existing);
            }
        }
        Optional<DomainResource> standIn = standIn(given);
        if (standIn.isEmpty()) {
            // no stand-in for this type: point by identifier where there is one, else keep the reference as given
            return given.identifier() == null
                    ? References.external(given)
                    : References.external(new org.tpidoc.session.Reference(null, given.identifier(), given.display()))
                            .setType(given.resourceType().orElse(null));
        }
        DomainResource resource = standIn.get();
        resource.setId(context.id(role));
        // Words only: the reference itself is in the external-reference extension, never in the text.
        String standsFor = given.display() != null ? given.display() : "not named in the record";
        resource.setText(Narratives.labelled(resource.fhirType(), "Stands in for", standsFor));
        context.addExtension(resource, Extensions.EXTERNAL_REFERENCE, References.external(given));
        standIns.add(resource);
        return context.reference(resource);
    }

    /** A resource of the referenced type with the identifier and display given; empty for other types. */
    private static Optional<DomainResource> standIn(org.tpidoc.session.Reference given) {
        Optional<Identifier> identifier = Optional.ofNullable(given.identifier())
                .map(id -> new Identifier().setSystem(id.system()).setValue(id.value()));
        String display = given.display();
        DomainResource resource =
                switch (given.resourceType().orElse("")) {
                    case "Patient" -> {
                        Patient patient = new Patient();
                        identifier.ifPresent(patient::addIdentifier);
                        if (display != null) {
                            patient.addName().setText(display);
                        }
                        yield patient;
                    }
                    case "Practitioner" -> {
                        Practitioner practitioner = new Practitioner();
                        identifier.ifPresent(practitioner::addIdentifier);
                        if (display != null) {
                            practitioner.addName().setText(display);
                        }
                        yield practitioner;
                    }
                    case "PractitionerRole" -> {
                        PractitionerRole role = new PractitionerRole();
                        identifier.ifPresent(role::addIdentifier);
                        yield role;
                    }
                    case "Organization" -> {
                        if (identifier.isEmpty() && display == null) {
                            yield null; // org-1: an Organization needs a name or an identifier; none to give
                        }
                        Organization organization = new Organization();
                        identifier.ifPresent(organization::addIdentifier);
                        organization.setName(display);
                        yield organization;
                    }
                    case "Device" -> {
                        Device device = new Device();
                        identifier.ifPresent(device::addIdentifier);
                        yield device;
                    }
                    default -> null;
                };
        return Optional.ofNullable(resource);
    }
}
