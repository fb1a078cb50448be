package org.tpidoc.validation;

import static org.tpidoc.validation.ValidationCode.END_BEFORE_START;
import static org.tpidoc.validation.ValidationCode.END_MISSING;
import static org.tpidoc.validation.ValidationCode.TIME_OUT_AFTER_START;
import static org.tpidoc.validation.ValidationCode.TIME_OUT_MISSING;

import java.time.OffsetDateTime;
import java.util.List;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.SessionStatus;

/**
 * The order of events: a time-out is recorded ({@code time-out-missing}) and held no later than the
 * start ({@code time-out-after-start}); a completed session has an end ({@code end-missing}); an end is
 * not before the start ({@code end-before-start}). Equal instants pass.
 */
final class TimingRules implements Rule {

    @Override
    public void check(RuleInput input, List<Finding> out) {
        InjectionSession session = input.session();
        if (session.timeOut() == null) {
            out.add(TIME_OUT_MISSING.at(
                    "$.timeOut",
                    "no time-out is recorded; hold a time-out (patient, procedure, sites) before the start and"
                            + " record it"));
        } else if (session.timeOut().at().isAfter(session.start())) {
            out.add(TIME_OUT_AFTER_START.at(
                    "$.timeOut.at",
                    "the time-out was held after the procedure started; it must be held before the start"
                            + " (correct the recorded times if they are wrong)"));
        }
        OffsetDateTime end = session.end();
        if (end == null) {
            if (input.is(SessionStatus.COMPLETED)) {
                out.add(END_MISSING.at("$.end", "a completed session needs an end time; record when it ended"));
            }
        } else if (end.isBefore(session.start())) {
            out.add(END_BEFORE_START.at("$.end", "the end time is before the start time; correct the recorded times"));
        }
    }
}
