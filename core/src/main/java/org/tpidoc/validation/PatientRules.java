package org.tpidoc.validation;

import static org.tpidoc.validation.ValidationCode.ALLERGY_CONFLICT;
import static org.tpidoc.validation.ValidationCode.ANTICOAGULATED;
import static org.tpidoc.validation.ValidationCode.WEIGHT_IMPLAUSIBLE;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tpidoc.catalog.AllergyClass;
import org.tpidoc.catalog.Drug;
import org.tpidoc.catalog.Product;
import org.tpidoc.session.Component;
import org.tpidoc.session.PatientFactors;
import org.tpidoc.session.Preparation;
import org.tpidoc.session.SkinPreparation;

/**
 * The patient's safety factors: no component of a drug class the patient is allergic to, and no skin
 * antiseptic of an allergy class (chlorhexidine; iodine for povidone-iodine) ({@code allergy-conflict},
 * one finding per component drawn up, and one for the skin preparation); a warning when the patient is
 * recorded as anticoagulated ({@code anticoagulated}: not when anticoagulation is not recorded); a
 * warning when the weight is below {@value #MIN_PLAUSIBLE_KG} kg or above {@value #MAX_PLAUSIBLE_KG} kg
 * ({@code weight-implausible}: pounds entered as kilograms, or a typo; both limits pass).
 */
final class PatientRules implements Rule {

    /** The lowest weight, in kg, that passes without a warning. */
    static final int MIN_PLAUSIBLE_KG = 30;

    /** The highest weight, in kg, that passes without a warning. */
    static final int MAX_PLAUSIBLE_KG = 250;

    @Override
    public void check(RuleInput input, List<Finding> out) {
        PatientFactors factors = input.session().patientFactors();
        if (factors == null) {
            return;
        }
        if (!factors.allergies().isEmpty()) {
            checkAllergies(input, factors.allergies(), out);
            checkSkinPreparation(input.session().skinPreparation(), factors.allergies(), out);
        }
        if (factors.isAnticoagulated()) {
            out.add(ANTICOAGULATED.at(
                    "$.patientFactors.anticoagulated",
                    "the patient is anticoagulated: higher risk of bleeding and hematoma; weigh the indication,"
                            + " use a fine needle and apply pressure after each injection"));
        }
        checkWeight(factors.weightKg(), out);
    }

    private static void checkWeight(@Nullable BigDecimal weightKg, List<Finding> out) {
        if (weightKg == null) {
            return;
        }
        // The weight itself is not echoed: the message says which side of the range it is on.
        String side;
        if (weightKg.compareTo(BigDecimal.valueOf(MIN_PLAUSIBLE_KG)) < 0) {
            side = "below " + MIN_PLAUSIBLE_KG + " kg";
        } else if (weightKg.compareTo(BigDecimal.valueOf(MAX_PLAUSIBLE_KG)) > 0) {
            side = "above " + MAX_PLAUSIBLE_KG + " kg";
        } else {
            return;
        }
        out.add(WEIGHT_IMPLAUSIBLE.at(
                "$.patientFactors.weightKg",
                "the weight recorded is " + side + ", outside " + MIN_PLAUSIBLE_KG + "-" + MAX_PLAUSIBLE_KG
                        + " kg; check it is in kilograms (not pounds) and has no typo: the weight-based dose"
                        + " maxima depend on it"));
    }

    private static void checkSkinPreparation(
            @Nullable SkinPreparation antiseptic, List<String> allergies, List<Finding> out) {
        if (antiseptic == null) {
            return;
        }
        Optional<AllergyClass> allergyClass = AllergyClass.of(antiseptic);
        if (allergyClass.isPresent() && allergies.contains(allergyClass.get().code())) {
            out.add(ALLERGY_CONFLICT.at(
                    "$.skinPreparation",
                    "the skin was prepared with " + antiseptic.code() + ", and the patient is recorded as allergic"
                            + " to " + allergyClass.get().words() + "; use another antiseptic or correct the"
                            + " allergy record"));
        }
    }

    private static void checkAllergies(RuleInput input, List<String> allergies, List<Finding> out) {
        List<Preparation> preparations = input.session().preparations();
        for (int p = 0; p < preparations.size(); p++) {
            List<Component> components = preparations.get(p).components();
            for (int c = 0; c < components.size(); c++) {
                Optional<Drug> drug =
                        input.catalog().product(components.get(c).product()).map(Product::drug);
                if (drug.isPresent()
                        && allergies.contains(drug.get().drugClass().code())) {
                    out.add(ALLERGY_CONFLICT.at(
                            "$.preparations[" + p + "].components[" + c + "].product",
                            drug.get().name() + " belongs to the class "
                                    + drug.get().drugClass().words()
                                    + ", to which the patient is recorded as allergic; use a drug of another"
                                    + " class or correct the allergy record"));
                }
            }
        }
    }
}
