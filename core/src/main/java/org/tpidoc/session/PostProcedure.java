package org.tpidoc.session;

import static com.google.common.base.Preconditions.checkArgument;

import org.jspecify.annotations.Nullable;

/**
 * The observation of the patient after the procedure.
 *
 * @param observedMinutes how long the patient was observed, in minutes, zero or more
 * @param vitalSignsStable whether vital signs were stable, or {@code null} when not recorded
 */
public record PostProcedure(int observedMinutes, @Nullable Boolean vitalSignsStable) {

    /** Checks the minutes are not negative. */
    public PostProcedure {
        checkArgument(observedMinutes >= 0, "postProcedure.observedMinutes must not be negative");
    }
}
