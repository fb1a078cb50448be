package org.tpidoc.session;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What about the patient bears on safety: body weight (for weight-based dose limits), drug-class
 * allergies (catalogue slugs such as {@code "amide-local-anesthetic"}, checked by the validator), and
 * whether the patient takes anticoagulants. {@link #toString()} shows no values.
 *
 * @param weightKg body weight in kilograms, positive, or {@code null} when not recorded
 * @param allergies drug-class slugs the patient is allergic to; empty when none
 * @param anticoagulated whether the patient is anticoagulated ({@code false} when not recorded)
 */
public record PatientFactors(@Nullable BigDecimal weightKg, List<String> allergies, boolean anticoagulated) {

    /** Normalises the weight, checks it is positive and copies the allergy list. */
    public PatientFactors {
        weightKg = Decimals.normalize(weightKg);
        checkArgument(weightKg == null || weightKg.signum() > 0, "patientFactors.weightKg must be positive");
        allergies = List.copyOf(allergies == null ? List.of() : allergies);
    }

    /** Factors with only a weight. */
    public static PatientFactors ofWeight(BigDecimal weightKg) {
        return new PatientFactors(weightKg, List.of(), false);
    }

    @Override
    public String toString() {
        return "PatientFactors[(redacted)]";
    }
}
