package org.tpidoc.session;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Normalises decimal quantities so that equal amounts are equal values: {@code 2.50} and {@code 2.5}
 * both become {@code 2.5}, {@code 40.0} becomes {@code 40}. Records of this package store decimals
 * normalised, which keeps {@code equals} meaningful across JSON and FHIR round trips.
 */
public final class Decimals {

    private Decimals() {}

    /** The normalised form of {@code value}: no trailing zeros, never a negative scale. */
    public static @Nullable BigDecimal normalize(@Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
