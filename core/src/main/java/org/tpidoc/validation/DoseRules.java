package org.tpidoc.validation;

import static org.tpidoc.validation.FindingCodes.DOSE_ABOVE_MAXIMUM;
import static org.tpidoc.validation.FindingCodes.LOCAL_ANESTHETIC_COMBINED_DOSE;
import static org.tpidoc.validation.FindingCodes.WEIGHT_MISSING;

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
 */
final class DoseRules implements Rule {

    private final DoseLimits limits;

    DoseRules(DoseLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public void check(RuleInput input, List<Finding> out) {
        BigDecimal weight = input.weightKg();
        if (weight == null && input.doses().gives(DrugClass.AMIDE_LOCAL_ANESTHETIC)) {
            out.add(Finding.warning(
                    WEIGHT_MISSING,
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
            if (total.amount().compareTo(maximum) > 0) {
                out.add(Finding.error(
                        DOSE_ABOVE_MAXIMUM,
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
            out.add(Finding.error(
                    LOCAL_ANESTHETIC_COMBINED_DOSE,
                    "$.sites",
                    "local anaesthetics together exceed their combined maximum: "
                            + localAnesthetics.stream().map(Share::describe).collect(Collectors.joining(", "))
                            + ", more than 100% in all; reduce the doses"));
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
