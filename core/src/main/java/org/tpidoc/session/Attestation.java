package org.tpidoc.session;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Who signed the record, and when. Maps to FHIR {@code Composition.attester} (mode legal) and to the
 * Procedure. {@link #toString()} shows only the reference's resource type.
 *
 * @param by the clinician who attested the record; required
 * @param at when it was signed; required
 */
public record Attestation(Reference by, OffsetDateTime at) {

    /** Checks both parts are present. */
    public Attestation {
        Objects.requireNonNull(by, "attestation.by is required");
        Objects.requireNonNull(at, "attestation.at is required");
    }
}
