package org.tpidoc.fhir.resource.document;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.fhir.kernel.ResourceIds;
import org.tpidoc.fhir.kernel.Roles;
import org.tpidoc.session.InjectionSession;

/**
 * The document parts our export adds for a session: the inverse of {@link CompositionMapper} and {@link
 * DocumentParticipants}. The {@code Composition} is the procedure note rendered from the session and the
 * stand-ins restate the references the session holds, so nothing is read from them: they are recognised
 * by the ids our export gives them and taken as read. Another system's {@code Composition} is left for the
 * unmapped report (its narrative is not a session).
 */
public final class CompositionReader {

    private static final List<String> STAND_IN_TYPES =
            List.of("Patient", "Practitioner", "PractitionerRole", "Organization", "Device");

    private CompositionReader() {}

    /** Takes the session's own {@code Composition} and participant stand-ins, if the input has them, as read. */
    public static void read(ReadContext context, InjectionSession session) {
        own(
                context,
                "Composition",
                ResourceIds.of(session.id(), Roles.COMPOSITION).toString());
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
            if (literal != null && type != null && STAND_IN_TYPES.contains(type)) {
                String id = ResourceIds.of(session.id(), Roles.participant(type, literal))
                        .toString();
                context.index()
                        .byId(type, id)
                        .filter(standIn -> standsFor(context, standIn, literal))
                        .ifPresent(context::use);
            }
        }
    }

    private static void own(ReadContext context, String type, String id) {
        context.index().byId(type, id).ifPresent(context::use);
    }

    private static boolean standsFor(ReadContext context, Located standIn, @Nullable String literal) {
        if (!(standIn.resource() instanceof DomainResource resource)) {
            return false;
        }
        Extension external = resource.getExtensionByUrl(context.extension(Extensions.EXTERNAL_REFERENCE));
        return external != null
                && external.getValue() instanceof Reference reference
                && reference.hasReference()
                && reference.getReference().equals(literal);
    }
}
