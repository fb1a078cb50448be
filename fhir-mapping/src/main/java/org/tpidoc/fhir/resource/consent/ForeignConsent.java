package org.tpidoc.fhir.resource.consent;

import org.hl7.fhir.r4.model.Consent;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.session.ConsentSigner;

/**
 * Best-effort reading of another system's {@code Consent}: the patient signed when the patient is one of
 * its performers, and what our extensions would have recorded is reported as missing.
 */
final class ForeignConsent {

    private ForeignConsent() {}

    /** The patient when {@code Consent.performer} names {@code Consent.patient}, else {@code null}. */
    static @Nullable ConsentSigner signer(Consent consent) {
        if (!consent.hasPatient() || !consent.getPatient().hasReference()) {
            return null;
        }
        String patient = consent.getPatient().getReference();
        return consent.getPerformer().stream().anyMatch(p -> patient.equals(p.getReference()))
                ? ConsentSigner.PATIENT
                : null;
    }

    /** Reports what a session records of consent that another system's consent does not. */
    static void reportIncomplete(ReadContext context, Located located) {
        context.findings()
                .add(
                        ImportCode.CONSENT_INCOMPLETE,
                        located.path(),
                        "the consent does not record the risks disclosed, the method, who obtained it, or whether"
                                + " alternatives and questions were discussed");
    }
}
