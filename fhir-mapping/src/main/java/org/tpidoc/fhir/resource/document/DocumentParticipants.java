package org.tpidoc.fhir.resource.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.ReferenceTargets;
import org.tpidoc.fhir.kernel.References;
import org.tpidoc.session.Attestation;

/**
 * The subject, author, custodian and legal attester of a document's {@code Composition}. A document must
 * hold what its {@code Composition} refers to, but the session only refers to its patient, clinicians and
 * organization. So for each one given as a literal reference ({@code Patient/123}) the document holds a
 * stand-in ({@link StandIns}) and the {@code Composition} points to it (an {@code Organization} with
 * neither name nor identifier can have none: org-1). A logical reference (identifier only) needs no
 * stand-in and is kept as given. Every other resource of the document keeps the references as the session
 * gave them.
 */
final class DocumentParticipants {

    /** The types {@code Composition.attester.party} may refer to. */
    private static final Set<String> ATTESTER_TYPES = ReferenceTargets.of("Composition", "attester.party");

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
    static DocumentParticipants of(MappingContext context) {
        return new DocumentParticipants(context);
    }

    /** {@code Composition.subject}: the patient, resolvable in the document. */
    Reference subject() {
        return subject.copy();
    }

    /** {@code Composition.author}: the performer, else the organization, resolvable in the document. */
    Reference author() {
        return author.copy();
    }

    /** {@code Composition.custodian}: the configured organization, resolvable in the document. */
    Optional<Reference> custodian() {
        return custodian.map(Reference::copy);
    }

    /**
     * {@code Composition.attester.party} of the legal attester: who signed the record, resolvable in the
     * document, or by identifier; empty when the record is not signed, signed by a type an attester cannot
     * be (a device), or by a reference the document cannot hold (an organization with neither name nor
     * identifier has no stand-in).
     */
    Optional<Reference> attester() {
        return attester.map(Reference::copy);
    }

    /** The stand-ins the document must hold, in order of first use. */
    List<Resource> standIns() {
        return List.copyOf(standIns);
    }

    private boolean isStandIn(Reference party) {
        return standIns.stream()
                .anyMatch(standIn -> context.reference(standIn).getReference().equals(party.getReference()));
    }

    private Reference resolvable(org.tpidoc.session.Reference given) {
        if (given.reference() == null) {
            return References.external(given);
        }
        String id = StandIns.id(context, given);
        for (Resource existing : standIns) {
            if (existing.getIdElement().getIdPart().equals(id)) {
                return context.reference(existing);
            }
        }
        Optional<DomainResource> standIn = StandIns.toFhir(context, given);
        if (standIn.isEmpty()) {
            // no stand-in for this type: point by identifier where there is one, else keep the reference as given
            return given.identifier() == null
                    ? References.external(given)
                    : References.external(new org.tpidoc.session.Reference(null, given.identifier(), given.display()))
                            .setType(given.resourceType().orElse(null));
        }
        standIns.add(standIn.get());
        return context.reference(standIn.get());
    }
}
