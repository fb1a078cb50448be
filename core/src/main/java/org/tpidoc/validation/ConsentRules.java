package org.tpidoc.validation;

import static org.tpidoc.validation.ValidationCode.CONSENT_AFTER_START;
import static org.tpidoc.validation.ValidationCode.CONSENT_MISSING;
import static org.tpidoc.validation.ValidationCode.CONSENT_RISK_NOT_DISCLOSED;

import java.util.List;
import java.util.Objects;
import org.tpidoc.catalog.Risk;
import org.tpidoc.session.InformedConsent;
import org.tpidoc.session.SessionStatus;

/**
 * Informed consent: present for completed and in-progress sessions ({@code consent-missing}), obtained
 * no later than the start ({@code consent-after-start}), and covering every risk the {@link
 * ConsentPolicy} requires ({@code consent-risk-not-disclosed}, one finding per missing risk).
 */
final class ConsentRules implements Rule {

    private final ConsentPolicy policy;

    ConsentRules(ConsentPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public void check(RuleInput input, List<Finding> out) {
        InformedConsent consent = input.session().consent();
        if (consent == null) {
            if (input.is(SessionStatus.COMPLETED) || input.is(SessionStatus.IN_PROGRESS)) {
                out.add(CONSENT_MISSING.at(
                        "$.consent",
                        "no informed consent is recorded; obtain consent before the procedure and record it"));
            }
            return;
        }
        if (consent.obtainedAt().isAfter(input.session().start())) {
            out.add(CONSENT_AFTER_START.at(
                    "$.consent.obtainedAt",
                    "consent was obtained after the procedure started; consent must be obtained before the start"
                            + " (correct the recorded times if they are wrong)"));
        }
        for (String risk : policy.requiredRisks(input.session(), input.catalog())) {
            if (!consent.risksDisclosed().contains(risk)) {
                out.add(CONSENT_RISK_NOT_DISCLOSED.at(
                        "$.consent.risksDisclosed",
                        "the risk of " + riskInWords(input, risk) + " is not recorded as disclosed; disclose it"
                                + " and add \"" + risk + "\" to the risks disclosed"));
            }
        }
    }

    private static String riskInWords(RuleInput input, String slug) {
        return input.catalog().risk(slug).map(Risk::name).orElse(slug);
    }
}
