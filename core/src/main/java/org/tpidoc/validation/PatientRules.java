package org.tpidoc.validation;

import static org.tpidoc.validation.FindingCodes.ALLERGY_CONFLICT;
import static org.tpidoc.validation.FindingCodes.ANTICOAGULATED;

import java.util.List;
import java.util.Optional;
import org.tpidoc.catalog.Drug;
import org.tpidoc.catalog.Product;
import org.tpidoc.session.Component;
import org.tpidoc.session.PatientFactors;
import org.tpidoc.session.Preparation;

/**
 * The patient's safety factors: no component of a drug class the patient is allergic to ({@code
 * allergy-conflict}, one finding per component drawn up); a warning when the patient is
 * anticoagulated ({@code anticoagulated}).
 */
final class PatientRules implements Rule {

    @Override
    public void check(RuleInput input, List<Finding> out) {
        PatientFactors factors = input.session().patientFactors();
        if (factors == null) {
            return;
        }
        if (!factors.allergies().isEmpty()) {
            checkAllergies(input, factors.allergies(), out);
        }
        if (factors.isAnticoagulated()) {
            out.add(Finding.warning(
                    ANTICOAGULATED,
                    "$.patientFactors.anticoagulated",
                    "the patient is anticoagulated: higher risk of bleeding and hematoma; weigh the indication,"
                            + " use a fine needle and apply pressure after each injection"));
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
                    out.add(Finding.error(
                            ALLERGY_CONFLICT,
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
