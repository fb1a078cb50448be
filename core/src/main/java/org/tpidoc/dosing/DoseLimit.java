package org.tpidoc.dosing;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The maximum session dose of one drug: a weight-based figure (per kg) capped by an absolute maximum.
 *
 * @param drugSlug the drug's catalogue slug, e.g. {@code "lidocaine"}
 * @param perKg the maximum per kg of body weight, or {@code null} when only the absolute maximum applies
 * @param absoluteMax the maximum whatever the weight, in the drug's unit
 */
public record DoseLimit(String drugSlug, @Nullable BigDecimal perKg, BigDecimal absoluteMax) {

    /** Checks the figures are positive. */
    public DoseLimit {
        Objects.requireNonNull(drugSlug, "drugSlug");
        checkArgument(perKg == null || perKg.signum() > 0, "perKg must be positive");
        checkArgument(absoluteMax.signum() > 0, "absoluteMax must be positive");
    }

    /**
     * The maximum for a patient: {@code min(perKg × weight, absoluteMax)}, or {@code absoluteMax} when
     * the weight is unknown or there is no weight-based figure.
     */
    public BigDecimal maximumFor(@Nullable BigDecimal weightKg) {
        if (perKg == null || weightKg == null) {
            return absoluteMax;
        }
        return perKg.multiply(weightKg).min(absoluteMax);
    }
}
