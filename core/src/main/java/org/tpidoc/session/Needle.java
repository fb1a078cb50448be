package org.tpidoc.session;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The needle used: gauge and length. Maps to FHIR {@code Procedure.usedCode} (as text).
 *
 * @param gauge the needle gauge (e.g. 27), positive
 * @param lengthMm the needle length in millimetres, positive
 */
public record Needle(int gauge, BigDecimal lengthMm) {

    /** Checks gauge and length are positive and normalises the length. */
    public Needle {
        checkArgument(gauge > 0, "needle.gauge must be positive, was %s", gauge);
        Objects.requireNonNull(lengthMm, "needle.lengthMm is required");
        lengthMm = Decimals.normalize(lengthMm);
        checkArgument(lengthMm.signum() > 0, "needle.lengthMm must be positive, was %s", lengthMm);
    }

    /** A needle of the given gauge and whole-millimetre length. */
    public static Needle of(int gauge, int lengthMm) {
        return new Needle(gauge, BigDecimal.valueOf(lengthMm));
    }
}
