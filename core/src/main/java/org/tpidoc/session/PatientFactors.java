package org.tpidoc.session;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What about the patient bears on safety: body weight (for weight-based dose limits), drug-class
 * allergies (catalogue slugs such as {@code "amide-local-anesthetic"}, checked by the validator), and
 * whether the patient takes anticoagulants, and how much onabotulinumtoxinA the patient had in the
 * previous 90 days (the label's 400-unit limit is cumulative over 3 months). {@link #toString()} shows
 * no values.
 *
 * @param weightKg body weight in kilograms, positive, or {@code null} when not recorded
 * @param allergies allergy-class slugs (the drug classes, {@code chlorhexidine}, {@code iodine}); empty
 *     when none
 * @param anticoagulated whether the patient is anticoagulated; {@code null} when not recorded (which is
 *     not the same as recorded as not anticoagulated)
 * @param botulinumToxinUnitsLast90Days onabotulinumtoxinA units given in the previous 90 days, zero or
 *     more, or {@code null} when not recorded
 */
public record PatientFactors(
        @Nullable BigDecimal weightKg,
        List<String> allergies,
        @Nullable Boolean anticoagulated,
        @Nullable BigDecimal botulinumToxinUnitsLast90Days) {

    /** Normalises the numbers, checks their ranges and copies the allergy list. */
    public PatientFactors {
        weightKg = Decimals.normalize(weightKg);
        checkArgument(weightKg == null || weightKg.signum() > 0, "patientFactors.weightKg must be positive");
        allergies = List.copyOf(allergies == null ? List.of() : allergies);
        botulinumToxinUnitsLast90Days = Decimals.normalize(botulinumToxinUnitsLast90Days);
        checkArgument(
                botulinumToxinUnitsLast90Days == null || botulinumToxinUnitsLast90Days.signum() >= 0,
                "patientFactors.botulinumToxinUnitsLast90Days must not be negative");
    }

    /** Factors with only a weight (anticoagulation and prior toxin not recorded). */
    public static PatientFactors ofWeight(BigDecimal weightKg) {
        return new PatientFactors(weightKg, List.of(), null, null);
    }

    /** Whether the patient is recorded as anticoagulated ({@code false} also when not recorded). */
    public boolean isAnticoagulated() {
        return Boolean.TRUE.equals(anticoagulated);
    }

    /** These factors with anticoagulation recorded as {@code value}. */
    public PatientFactors withAnticoagulated(@Nullable Boolean value) {
        return new PatientFactors(weightKg, allergies, value, botulinumToxinUnitsLast90Days);
    }

    /** These factors with the allergy classes replaced. */
    public PatientFactors withAllergies(List<String> values) {
        return new PatientFactors(weightKg, values, anticoagulated, botulinumToxinUnitsLast90Days);
    }

    /** These factors with the onabotulinumtoxinA units of the previous 90 days. */
    public PatientFactors withBotulinumToxinUnitsLast90Days(@Nullable BigDecimal units) {
        return new PatientFactors(weightKg, allergies, anticoagulated, units);
    }

    @Override
    public String toString() {
        return "PatientFactors[(redacted)]";
    }
}
