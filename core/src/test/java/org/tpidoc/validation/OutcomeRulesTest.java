package org.tpidoc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.PainScore;

class OutcomeRulesTest {

    private final SessionValidator validator = SessionValidator.standard();

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "aborted,     null,                     true",
                "aborted,     patient felt faint,       false",
                "completed,   null,                     false",
                "in-progress, null,                     false",
            })
    void requiresAReasonForAnAbortedSession(String status, @Nullable String reason, boolean reported) {
        InjectionSession session = Sessions.builder()
                .status(Sessions.status(status))
                .statusReason(reason)
                .build();

        ValidationReport report = validator.validate(session);

        assertThat(report.has("status-reason-missing")).isEqualTo(reported);
        report.withCode("status-reason-missing").forEach(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).isEqualTo("$.statusReason");
        });
    }

    @ParameterizedTest
    @CsvSource({
        "completed,   true,  false, true",
        "completed,   true,  true,  false",
        "completed,   false, false, false",
        "in-progress, true,  false, false",
        "aborted,     true,  false, false",
    })
    void warnsWhenACompletedSessionHasPainBeforeButNotAfter(
            String status, boolean before, boolean after, boolean reported) {
        InjectionSession session = Sessions.builder()
                .status(Sessions.status(status))
                .statusReason("patient asked to stop")
                .painBefore(before ? new PainScore(7, null) : null)
                .painAfter(after ? new PainScore(3, null) : null)
                .build();

        ValidationReport report = validator.validate(session);

        assertThat(report.has("pain-after-missing")).isEqualTo(reported);
        report.withCode("pain-after-missing").forEach(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.path()).isEqualTo("$.painAfter");
        });
    }
}
