package org.tpidoc.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.tpidoc.validation.Finding;
import org.tpidoc.validation.Severity;

/** The codes of the billing findings, with their severities: a public contract. */
class BillingCodeTest {

    @Test
    void pinsEveryCodeOfTheContractWithItsSeverity() {
        assertThat(Arrays.stream(BillingCode.values())
                        .map(c -> c.code() + " " + c.severity().code()))
                .containsExactly(
                        "session-not-final warning",
                        "container-unknown warning",
                        "indication-not-billable warning",
                        "diagnosis-missing warning");
    }

    @Test
    void aFindingAtACodeTakesTheCodesSeverity() {
        assertThat(BillingCode.SESSION_NOT_FINAL.at("$.status", "nothing billed yet"))
                .isEqualTo(new Finding(Severity.WARNING, "session-not-final", "$.status", "nothing billed yet"));
    }
}
