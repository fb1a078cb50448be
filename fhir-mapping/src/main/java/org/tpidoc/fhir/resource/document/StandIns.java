package org.tpidoc.fhir.resource.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.datatype.Narratives;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.Profiles;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.fhir.kernel.References;
import org.tpidoc.fhir.kernel.ResourceIds;
import org.tpidoc.fhir.kernel.Roles;
import org.tpidoc.session.InjectionSession;

/**
 * A document's stand-in for a resource the session refers to, both directions: a resource of the referenced
 * type with a deterministic id, the identifier and display the session gave, and the reference as given in
 * our {@code external-reference} extension. Back, a stand-in restates a reference the session holds, so it
 * is recognised by its id and that extension and taken as read.
 */
final class StandIns {

    // Narrower than Composition.author's R4 targets (no RelatedPerson): the types a stand-in is made for.
    private static final List<String> TYPES =
            List.of("Patient", "Practitioner", "PractitionerRole", "Organization", "Device");

    private StandIns() {}

    /** The id the stand-in of the literal reference {@code given} has (or would have) in the document. */
    static String id(MappingContext context, org.tpidoc.session.Reference given) {
        return context.id(Roles.participant(given.resourceType().orElse(""), String.valueOf(given.reference())));
    }

    /**
     * The stand-in of the literal reference {@code given}, named in words (never by the reference); empty for
     * a type without stand-in, or an {@code Organization} with neither name nor identifier (org-1).
     */
    static Optional<DomainResource> toFhir(MappingContext context, org.tpidoc.session.Reference given) {
        Optional<DomainResource> standIn = blank(given);
        standIn.ifPresent(resource -> {
            resource.setId(id(context, given));
            context.conform(resource, Profiles.standIn(resource.fhirType()));
            // Words only: the reference itself is in the external-reference extension, never in the text.
            String standsFor = given.display() != null ? given.display() : "not named in the record";
            resource.setText(Narratives.labelled(resource.fhirType(), "Stands in for", standsFor));
            context.addExtension(resource, Extensions.EXTERNAL_REFERENCE, References.external(given));
        });
        return standIn;
    }

    /** Takes the stand-ins of {@code session}'s patient, performer, organization and signer as read. */
    static void fromFhir(ReadContext context, InjectionSession session) {
        List<org.tpidoc.session.Reference> participants = new ArrayList<>();
        participants.add(session.patient());
        if (session.performer() != null) {
            participants.add(session.performer());
        }
        if (context.options().organization() != null) {
            participants.add(context.options().organization());
        }
        if (session.attestation() != null) {
            participants.add(session.attestation().by());
        }
        for (org.tpidoc.session.Reference participant : participants) {
            String literal = participant.reference();
            String type = participant.resourceType().orElse(null);
            if (literal != null && type != null && TYPES.contains(type)) {
                String id = ResourceIds.of(session.id(), Roles.participant(type, literal))
                        .toString();
                context.index()
                        .byId(type, id)
                        .filter(standIn -> standsFor(context, standIn, literal))
                        .ifPresent(context::use);
            }
        }
    }

    private static boolean standsFor(ReadContext context, Located standIn, String literal) {
        if (!(standIn.resource() instanceof DomainResource resource)) {
            return false;
        }
        Extension external = resource.getExtensionByUrl(context.extension(Extensions.EXTERNAL_REFERENCE));
        return external != null
                && external.getValue() instanceof Reference reference
                && reference.hasReference()
                && reference.getReference().equals(literal);
    }

    /** A resource of the referenced type with the identifier and display given; empty for other types. */
    private static Optional<DomainResource> blank(org.tpidoc.session.Reference given) {
        Optional<Identifier> identifier = Optional.ofNullable(given.identifier())
                .map(id -> new Identifier().setSystem(id.system()).setValue(id.value()));
        @Nullable String display = given.display();
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
