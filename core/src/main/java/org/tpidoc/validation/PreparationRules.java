package org.tpidoc.validation;

import static org.tpidoc.validation.FindingCodes.DUPLICATE_PREPARATION;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Preparation ids are unique within a session ({@code duplicate-preparation}, an error, one finding per
 * repeat): sites name the preparation they received by id, so a second preparation with the same id
 * leaves it unclear what was injected, and it cannot be carried into FHIR as its own Medication.
 */
final class PreparationRules implements Rule {

    @Override
    public void check(RuleInput input, List<Finding> out) {
        Set<String> seen = new HashSet<>();
        var preparations = input.session().preparations();
        for (int i = 0; i < preparations.size(); i++) {
            if (!seen.add(preparations.get(i).id())) {
                out.add(Finding.error(
                        DUPLICATE_PREPARATION,
                        "$.preparations[" + i + "].id",
                        "preparation " + (i + 1) + " repeats the id of an earlier preparation; give each"
                                + " preparation its own id so each site names what it received"));
            }
        }
    }
}
