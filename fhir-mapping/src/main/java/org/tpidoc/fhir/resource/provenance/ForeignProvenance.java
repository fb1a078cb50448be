package org.tpidoc.fhir.resource.provenance;

import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.fhir.kernel.Resolution;

/**
 * Another system's {@code Provenance} of the session's {@code Procedure}: taken as read, with a note that
 * its authorship is not kept with the session.
 */
final class ForeignProvenance {

    private ForeignProvenance() {}

    /** Takes every provenance not yet read that targets the {@code Procedure} of {@code context} as read. */
    static void fromFhir(ReadContext context) {
        for (Located located : context.index().ofType("Provenance")) {
            Provenance provenance = (Provenance) located.resource();
            if (!context.isUsed(located) && targetsProcedure(context, located, provenance)) {
                context.use(located);
                context.findings()
                        .add(
                                ImportCode.UNMAPPED_RESOURCE_NOTHING_LOST,
                                located.path(),
                                "the provenance of the procedure (who recorded it, when) is not kept with the session");
            }
        }
    }

    private static boolean targetsProcedure(ReadContext context, Located located, Provenance provenance) {
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
