package org.tpidoc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FindingCodesTest {

    @Test
    void pinsEveryCodeOfTheContract() {
        assertThat(List.of(
                        FindingCodes.CONSENT_MISSING,
                        FindingCodes.CONSENT_AFTER_START,
                        FindingCodes.CONSENT_RISK_NOT_DISCLOSED,
                        FindingCodes.TIME_OUT_MISSING,
                        FindingCodes.TIME_OUT_AFTER_START,
                        FindingCodes.END_MISSING,
                        FindingCodes.END_BEFORE_START,
                        FindingCodes.NO_SITES,
                        FindingCodes.UNKNOWN_MUSCLE,
                        FindingCodes.UNKNOWN_PRODUCT,
                        FindingCodes.UNKNOWN_PREPARATION,
                        FindingCodes.UNKNOWN_RISK,
                        FindingCodes.UNKNOWN_COMPLICATION,
                        FindingCodes.UNKNOWN_FINDING,
                        FindingCodes.UNKNOWN_PRIOR_THERAPY,
                        FindingCodes.UNKNOWN_ALLERGY_CLASS,
                        FindingCodes.INJECTATE_MISSING,
                        FindingCodes.INJECTATE_WITH_DRY_NEEDLING,
                        FindingCodes.VOLUME_INVALID,
                        FindingCodes.VOLUME_HIGH,
                        FindingCodes.DUPLICATE_SITE,
                        FindingCodes.DOSE_ABOVE_MAXIMUM,
                        FindingCodes.LOCAL_ANESTHETIC_COMBINED_DOSE,
                        FindingCodes.WEIGHT_MISSING,
                        FindingCodes.ALLERGY_CONFLICT,
                        FindingCodes.ANTICOAGULATED,
                        FindingCodes.PAIN_AFTER_MISSING,
                        FindingCodes.STATUS_REASON_MISSING,
                        FindingCodes.DUPLICATE_PREPARATION,
                        FindingCodes.COMPONENT_EXPIRED,
                        FindingCodes.OVERLAPPING_SITES,
                        FindingCodes.PRIOR_TOXIN_DOSE_UNKNOWN,
                        FindingCodes.WEIGHT_IMPLAUSIBLE,
                        FindingCodes.INDICATION_MISSING,
                        FindingCodes.VOLUME_EXCEEDS_PREPARATION))
                .containsExactly(
                        "consent-missing",
                        "consent-after-start",
                        "consent-risk-not-disclosed",
                        "time-out-missing",
                        "time-out-after-start",
                        "end-missing",
                        "end-before-start",
                        "no-sites",
                        "unknown-muscle",
                        "unknown-product",
                        "unknown-preparation",
                        "unknown-risk",
                        "unknown-complication",
                        "unknown-finding",
                        "unknown-prior-therapy",
                        "unknown-allergy-class",
                        "injectate-missing",
                        "injectate-with-dry-needling",
                        "volume-invalid",
                        "volume-high",
                        "duplicate-site",
                        "dose-above-maximum",
                        "local-anesthetic-combined-dose",
                        "weight-missing",
                        "allergy-conflict",
                        "anticoagulated",
                        "pain-after-missing",
                        "status-reason-missing",
                        "duplicate-preparation",
                        "component-expired",
                        "overlapping-sites",
                        "prior-toxin-dose-unknown",
                        "weight-implausible",
                        "indication-missing",
                        "volume-exceeds-preparation");
    }
}
