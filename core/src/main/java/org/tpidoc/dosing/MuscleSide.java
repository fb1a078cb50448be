package org.tpidoc.dosing;

import java.util.Objects;
import org.tpidoc.session.Laterality;

/**
 * A muscle on one side: the unit billing counts (left and right trapezius are two muscles).
 *
 * @param muscle the muscle slug
 * @param laterality the side
 */
public record MuscleSide(String muscle, Laterality laterality) {

    /** Checks the parts. */
    public MuscleSide {
        Objects.requireNonNull(muscle, "muscle");
        Objects.requireNonNull(laterality, "laterality");
    }
}
