package org.tpidoc.validation;

import static org.tpidoc.validation.ValidationCode.INDICATION_MISSING;

import java.util.List;
import org.tpidoc.session.SessionStatus;

/**
 * Why the procedure was done: a completed session has at least one indication ({@code
 * indication-missing}, a warning: the note's indications section and the claim's diagnosis pointers
 * would be empty). Drafts ({@code in-progress}) may add it later, and an aborted session is, like the
 * other completed-only rules, not held to it.
 */
final class IndicationRules implements Rule {

    @Override
    public void check(RuleInput input, List<Finding> out) {
        if (input.is(SessionStatus.COMPLETED) && input.session().indications().isEmpty()) {
            out.add(INDICATION_MISSING.at(
                    "$.indications",
                    "no indication is recorded; record the diagnosis the procedure treats (ICD-10-CM and/or"
                            + " SNOMED CT): the note and the claim need it"));
        }
    }
}
