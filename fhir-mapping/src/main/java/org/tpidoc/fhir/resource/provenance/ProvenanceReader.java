package org.tpidoc.fhir.resource.provenance;

import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.fhir.kernel.Resolution;
import org.tpidoc.fhir.kernel.ResourceIds;
import org.tpidoc.fhir.kernel.Roles;
import org.tpidoc.session.InjectionSession;

/**
 * The {@code Provenance} of a session: the inverse of {@link ProvenanceMapper}. Ours records who wrote the
 * export and when, all derived from the session, so it is recognised by its id and taken as read. Another
 * system's provenance of the session's {@code Procedure} is taken as read too, with a note that its
 * authorship is not kept.
 */
public final class ProvenanceReader {

    private ProvenanceReader() {}

    /**
     * Takes the provenance of the session's export as read, and, for a {@code Procedure} our export did not
     * write ({@link ReadContext#ownExport()} false), any provenance of it.
     */
    public static void read(ReadContext context, InjectionSession session) {
        context.index()
                .byId(
                        "Provenance",
                        ResourceIds.of(session.id(), Roles.PROVENANCE).toString())
                .ifPresent(context::use);
        if (context.ownExport()) {
            return;
        }
        for (Located located : context.index().ofType("Provenance")) {
            Provenance provenance = (Provenance) located.resource();
            if (!context.isUsed(located) && targets(context, located, provenance)) {
                context.use(located);
                context.findings()
                        .add(
                                ImportCode.UNMAPPED_RESOURCE_NOTHING_LOST,
                                located.path(),
                                "the provenance of the procedure (who recorded it, when) is not kept with the session");
            }
        }
    }

    private static boolean targets(ReadContext context, Located located, Provenance provenance) {
        for (Reference target : provenance.getTarget()) {
            Resolution resolution = context.index().resolve(located, target);
            if (resolution.target() != null
                    && resolution.target().resource() == context.procedure().resource()) {
                return true;
            }
        }
        return false;
    }
}
