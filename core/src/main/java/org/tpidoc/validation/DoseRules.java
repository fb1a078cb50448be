package org.tpidoc.validation;

import static org.tpidoc.validation.ValidationCode.DOSE_ABOVE_MAXIMUM;
import static org.tpidoc.validation.ValidationCode.LOCAL_ANESTHETIC_COMBINED_DOSE;
import static org.tpidoc.validation.ValidationCode.PRIOR_TOXIN_DOSE_UNKNOWN;
import static org.tpidoc.validation.ValidationCode.WEIGHT_MISSING;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tpidoc.catalog.DrugClass;
import org.tpidoc.dosing.Dose;
import org.tpidoc.dosing.DoseLimit;
import org.tpidoc.dosing.DoseLimits;

/**
 * Session dose totals (from {@code DoseCalculator}) against {@link DoseLimits}: each drug with a limit
 * at most its maximum, {@code min(perKg × weight, absolute)} or the absolute maximum without a weight
 * ({@code dose-above-maximum}); with two or more local anaesthetics that have limits, the sum of each
 * total over its maximum at most 1 ({@code local-anesthetic-combined-dose}); a weight recorded when a
 * local anaesthetic is given ({@code weight-missing}). Exactly at a maximum passes; comparisons are
 * exact.
 *
 * <p>The onabotulinumtoxinA maximum is cumulative over 3 months (the label's 400 units): the units of
 * the previous 90 days ({@code patientFactors.botulinumToxinUnitsLast90Days}) count with the session's,
 * and the message says so. When botulinum toxin is given and those units are not recorded, an info
 * finding asks for them ({@code prior-toxin-dose-unknown}); the session's units alone are then checked.
 */
final class DoseRules implements Rule {

    /** The drug whose previous 90 days {@code patientFactors.botulinumToxinUnitsLast90Days} records. */
    private static final String PRIOR_TOXIN_DRUG = "onabotulinumtoxina";

    private final DoseLimits limits;

    DoseRules(DoseLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public void check(RuleInput input, List<Finding> out) {
        if (input.doses().gives(DrugClass.BOTULINUM_TOXIN) && input.botulinumToxinUnitsLast90Days() == null) {
            out.add(PRIOR_TOXIN_DOSE_UNKNOWN.at(
                    "$.patientFactors.botulinumToxinUnitsLast90Days",
                    "botulinum toxin is given but the units of onabotulinumtoxinA given in the previous 90 days"
                            + " are not recorded, so only this session's units were checked against the"
                            + " 3-month maximum; record them (0 when none)"));
        }
        BigDecimal weight = input.weightKg();
        if (weight == null && input.doses().gives(DrugClass.AMIDE_LOCAL_ANESTHETIC)) {
            out.add(WEIGHT_MISSING.at(
                    "$.patientFactors.weightKg",
                    "a local anaesthetic is given but no weight is recorded, so only the absolute maxima were"
                            + " checked; record the patient's weight"));
        }
        List<Share> localAnesthetics = new ArrayList<>();
        for (Dose total : input.doses().totals()) {
            Optional<DoseLimit> limit = limits.forDrug(total.drug().slug());
            if (limit.isEmpty()) {
                continue;
            }
            BigDecimal maximum = limit.get().maximumFor(weight);
            BigDecimal prior = priorDose(input, total);
            if (prior != null) {
                checkCumulative(total, prior, maximum, out);
            } else if (total.amount().compareTo(maximum) > 0) {
                out.add(DOSE_ABOVE_MAXIMUM.at(
                        "$.sites",
                        total.drug().name() + " total " + total.formatted() + " exceeds the maximum of "
                                + Dose.format(maximum, total.unit()) + basis(limit.get(), total, weight)
                                + "; reduce the dose"));
            }
            if (total.drug().drugClass().isLocalAnesthetic()) {
                localAnesthetics.add(new Share(total, maximum));
            }
        }
        if (localAnesthetics.size() >= 2 && sumAboveOne(localAnesthetics)) {
            out.add(LOCAL_ANESTHETIC_COMBINED_DOSE.at(
                    "$.sites",
                    "local anaesthetics together exceed their combined maximum: "
                            + localAnesthetics.stream().map(Share::describe).collect(Collectors.joining(", "))
                            + ", more than 100% in all; reduce the doses"));
        }
    }

    /**
     * The units of {@code total}'s drug given in the previous 90 days, as recorded, for the drug whose
     * maximum is cumulative (onabotulinumtoxinA); {@code null} for any other drug or when not recorded.
     */
    private static @Nullable BigDecimal priorDose(RuleInput input, Dose total) {
        return total.drug().slug().equals(PRIOR_TOXIN_DRUG) ? input.botulinumToxinUnitsLast90Days() : null;
    }

    /** The session's total plus the previous 90 days' against the maximum, which holds for 90 days. */
    private static void checkCumulative(Dose total, BigDecimal prior, BigDecimal maximum, List<Finding> out) {
        BigDecimal cumulative = total.amount().add(prior);
        if (cumulative.compareTo(maximum) > 0) {
            out.add(DOSE_ABOVE_MAXIMUM.at(
                    "$.sites",
                    total.drug().name() + " total " + total.formatted() + " plus "
                            + Dose.format(prior, total.unit()) + " given in the previous 90 days is "
                            + Dose.format(cumulative, total.unit()) + ", above the maximum of "
                            + Dose.format(maximum, total.unit()) + " in 3 months (the previous 90 days were"
                            + " counted); reduce the dose"));
        }
    }

    /** How the maximum was found, in brackets, or nothing for a limit that is only absolute. */
    private static String basis(DoseLimit limit, Dose total, @Nullable BigDecimal weight) {
        BigDecimal perKg = limit.perKg();
        if (perKg == null) {
            return "";
        }
        String rate = Describe.number(perKg) + " " + total.unit().symbol() + "/kg";
        if (weight == null) {
            return " (the absolute maximum: no weight recorded)";
        }
        BigDecimal byWeight = perKg.multiply(weight);
        if (byWeight.compareTo(limit.absoluteMax()) > 0) {
            return " (the absolute maximum; " + rate + " at " + Describe.number(weight) + " kg would be "
                    + Dose.format(byWeight, total.unit()) + ")";
        }
        return " (" + rate + " at " + Describe.number(weight) + " kg)";
    }

    /**
     * Whether {@code Σ total_i / max_i > 1}, exactly: compares {@code Σ total_i × Π_{j≠i} max_j} with
     * {@code Π max_j} so no division rounds.
     */
    private static boolean sumAboveOne(List<Share> shares) {
        BigDecimal product = BigDecimal.ONE;
        for (Share share : shares) {
            product = product.multiply(share.maximum());
        }
        BigDecimal numerator = BigDecimal.ZERO;
        for (int i = 0; i < shares.size(); i++) {
            BigDecimal term = shares.get(i).total().amount();
            for (int j = 0; j < shares.size(); j++) {
                if (j != i) {
                    term = term.multiply(shares.get(j).maximum());
                }
            }
            numerator = numerator.add(term);
        }
        return numerator.compareTo(product) > 0;
    }

    /** One local anaesthetic's total and the maximum it is measured against. */
    private record Share(Dose total, BigDecimal maximum) {

        String describe() {
            BigDecimal percent =
                    total.amount().multiply(BigDecimal.valueOf(100)).divide(maximum, MathContext.DECIMAL64);
            return total.drug().name() + " " + total.formatted() + " is " + Describe.number(percent) + "% of "
                    + Dose.format(maximum, total.unit());
        }
    }
}
