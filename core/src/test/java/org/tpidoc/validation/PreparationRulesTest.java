package org.tpidoc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.tpidoc.session.Component;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.Preparation;
import org.tpidoc.session.SampleSessions;

class PreparationRulesTest {

    private final SessionValidator validator = SessionValidator.standard();

    @Test
    void rejectsTwoPreparationsWithTheSameId() {
        InjectionSession session = SampleSessions.neckShoulder().toBuilder()
                .addPreparation(Preparation.of("A", Component.liquid("lidocaine-10mg-ml", new BigDecimal("2"))))
                .build();

        ValidationReport report = validator.validate(session);

        assertThat(report.withCode(FindingCodes.DUPLICATE_PREPARATION))
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
                    assertThat(finding.path()).isEqualTo("$.preparations[1].id");
                });
    }

    @Test
    void acceptsPreparationsWithDistinctIds() {
        InjectionSession session = SampleSessions.neckShoulder().toBuilder()
                .addPreparation(Preparation.of("B", Component.liquid("lidocaine-10mg-ml", new BigDecimal("2"))))
                .build();

        assertThat(validator.validate(session).has(FindingCodes.DUPLICATE_PREPARATION))
                .isFalse();
    }
}
