package org.tpidoc.session;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The patient's informed consent to the procedure. Maps to a FHIR {@code Consent}.
 *
 * @param obtainedAt when consent was obtained; required
 * @param method written or verbal, or {@code null} when not recorded
 * @param obtainedBy the clinician who obtained it, or {@code null}
 * @param signer who consented, or {@code null} when not recorded
 * @param risksDisclosed catalogue risk slugs explained to the signer (checked by the validator)
 * @param alternativesDiscussed whether alternatives were discussed
 * @param questionsAnswered whether the signer's questions were answered
 */
public record InformedConsent(
        OffsetDateTime obtainedAt,
        @Nullable ConsentMethod method,
        @Nullable Reference obtainedBy,
        @Nullable ConsentSigner signer,
        List<String> risksDisclosed,
        boolean alternativesDiscussed,
        boolean questionsAnswered) {

    /** Checks the time is present and copies the risk list. */
    public InformedConsent {
        Objects.requireNonNull(obtainedAt, "consent.obtainedAt is required");
        risksDisclosed = List.copyOf(risksDisclosed == null ? List.of() : risksDisclosed);
    }
}
