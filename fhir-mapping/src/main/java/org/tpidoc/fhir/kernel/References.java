package org.tpidoc.fhir.kernel;

import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/** References to what lies outside the session (patient, encounter, clinician, location, organization). */
public final class References {

    private References() {}

    /**
     * A FHIR {@code Reference} kept as the session gave it: the literal reference, the logical identifier,
     * or both, with the display when given.
     */
    public static Reference external(org.tpidoc.session.Reference given) {
        Reference reference = new Reference();
        if (given.reference() != null) {
            reference.setReference(given.reference());
        }
        if (given.identifier() != null) {
            reference.setIdentifier(new Identifier()
                    .setSystem(given.identifier().system())
                    .setValue(given.identifier().value()));
        }
        if (given.display() != null) {
            reference.setDisplay(given.display());
        }
        return reference;
    }
}
