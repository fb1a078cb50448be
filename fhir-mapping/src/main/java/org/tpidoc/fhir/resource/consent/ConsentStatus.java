package org.tpidoc.fhir.resource.consent;

import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Consent.ConsentProvisionType;
import org.hl7.fhir.r4.model.Consent.ConsentState;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.ReadContext;

/**
 * Whether a consent is in force, both directions: ours is {@code active} (or {@code entered-in-error} with
 * its session); back, a consent that is not active, inactive, or entered in error with its session, or
 * whose provision denies, is not a consent to the procedure.
 */
final class ConsentStatus {

    private ConsentStatus() {}

    /** {@code Consent.status} of the session's consent. */
    static ConsentState toFhir(MappingContext context) {
        return context.enteredInError() ? ConsentState.ENTEREDINERROR : ConsentState.ACTIVE;
    }

    /**
     * Whether the consent at {@code located} is in force for the procedure; reported when not.
     *
     * @param enteredInError whether the session is entered in error (its consent then is too)
     */
    static boolean fromFhir(ReadContext context, Located located, boolean enteredInError) {
        Consent consent = (Consent) located.resource();
        ConsentState status = consent.getStatus();
        boolean active = status == ConsentState.ACTIVE
                || status == ConsentState.INACTIVE
                || (status == ConsentState.ENTEREDINERROR && enteredInError);
        boolean permit = !consent.hasProvision()
                || !consent.getProvision().hasType()
                || consent.getProvision().getType() == ConsentProvisionType.PERMIT;
        if (!active || !permit) {
            context.findings()
                    .add(
                            ImportCode.CONSENT_NOT_ACTIVE,
                            located.at(active ? "provision" : "status"),
                            "this consent is not in force for the procedure; not imported as consent");
        }
        return active && permit;
    }
}
