package org.tpidoc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The codes of the clinical rules, with their severities: a public contract. */
class ValidationCodeTest {

    @Test
    void pinsEveryCodeOfTheContractWithItsSeverity() {
        assertThat(Arrays.stream(ValidationCode.values())
                        .map(c -> c.code() + " " + c.severity().code()))
                .containsExactly(
                        "consent-missing error",
                        "consent-after-start error",
                        "consent-risk-not-disclosed error",
                        "time-out-missing warning",
                        "time-out-after-start error",
                        "end-missing error",
                        "end-before-start error",
                        "indication-missing warning",
                        "no-sites error",
                        "unknown-muscle error",
                        "unknown-product error",
                        "unknown-preparation error",
                        "unknown-risk error",
                        "unknown-complication error",
                        "unknown-finding error",
                        "unknown-prior-therapy error",
                        "unknown-allergy-class error",
                        "volume-invalid error",
                        "volume-high warning",
                        "duplicate-site warning",
                        "overlapping-sites warning",
                        "duplicate-preparation error",
                        "component-expired error",
                        "volume-exceeds-preparation error",
                        "injectate-missing error",
                        "injectate-with-dry-needling error",
                        "dose-above-maximum error",
                        "local-anesthetic-combined-dose error",
                        "weight-missing warning",
                        "prior-toxin-dose-unknown info",
                        "allergy-conflict error",
                        "anticoagulated warning",
                        "weight-implausible warning",
                        "pain-after-missing warning",
                        "status-reason-missing error");
    }

    @Test
    void aFindingAtACodeTakesTheCodesSeverity() {
        assertThat(ValidationCode.WEIGHT_MISSING.at("$.patientFactors.weightKg", "record the weight"))
                .isEqualTo(new Finding(
                        Severity.WARNING, "weight-missing", "$.patientFactors.weightKg", "record the weight"));
        assertThat(ValidationCode.PRIOR_TOXIN_DOSE_UNKNOWN.at("$", "m").severity())
                .isEqualTo(Severity.INFO);
        assertThat(ValidationCode.NO_SITES.at("$.sites", "m").severity()).isEqualTo(Severity.ERROR);
    }
}
