package org.tpidoc.validation;

import static org.tpidoc.validation.ValidationCode.PAIN_AFTER_MISSING;
import static org.tpidoc.validation.ValidationCode.STATUS_REASON_MISSING;

import java.util.List;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.SessionStatus;

/**
 * How the session ended: an aborted session says why ({@code status-reason-missing}); a completed
 * session with a pain score before also has one after, on the same scale ({@code pain-after-missing}).
 */
final class OutcomeRules implements Rule {

    @Override
    public void check(RuleInput input, List<Finding> out) {
        InjectionSession session = input.session();
        if (input.is(SessionStatus.ABORTED) && session.statusReason() == null) {
            out.add(STATUS_REASON_MISSING.at(
                    "$.statusReason", "an aborted session needs a reason; record why the procedure was stopped"));
        }
        if (input.is(SessionStatus.COMPLETED) && session.painBefore() != null && session.painAfter() == null) {
            out.add(PAIN_AFTER_MISSING.at(
                    "$.painAfter",
                    "pain was scored before the procedure but not after; record the pain score after, on the"
                            + " same 0-10 scale (payers expect both)"));
        }
    }
}
