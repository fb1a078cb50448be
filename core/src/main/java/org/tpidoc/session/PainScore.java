package org.tpidoc.session;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A pain score on the 0–10 numeric rating scale, with when it was taken. Maps to a FHIR
 * {@code Observation} with LOINC 72514-3.
 *
 * @param score 0 (no pain) to 10 (worst imaginable)
 * @param at when the score was taken, or {@code null} when not recorded
 */
public record PainScore(int score, @Nullable OffsetDateTime at) {

    /** Checks the score is within 0–10. */
    public PainScore {
        checkArgument(score >= 0 && score <= 10, "pain score must be within 0-10, was %s", score);
    }
}
