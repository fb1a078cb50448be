package org.tpidoc.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tpidoc.validation.Sessions.START;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.TimeOut;

class TimingRulesTest {

    private final SessionValidator validator = SessionValidator.standard();

    @Test
    void warnsWhenNoTimeOutIsRecorded() {
        ValidationReport report =
                validator.validate(Sessions.builder().timeOut(null).build());

        assertThat(report.findings())
                .singleElement()
                .isEqualTo(new Finding(Severity.WARNING, "time-out-missing", "$.timeOut", message(report)));
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void rejectsTimeOutHeldAfterStart() {
        ValidationReport report = validator.validate(Sessions.builder()
                .timeOut(new TimeOut(START.plusSeconds(1), true))
                .build());

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("time-out-after-start");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).isEqualTo("$.timeOut.at");
        });
    }

    @Test
    void acceptsTimeOutHeldExactlyAtStart() {
        ValidationReport report = validator.validate(
                Sessions.builder().timeOut(new TimeOut(START, true)).build());

        assertThat(report.findings()).isEmpty();
    }

    @Test
    void comparesInstantsAcrossTimeZoneOffsets() {
        // 10:14 at -05:00 is 15:14 UTC: before the start at 15:15 UTC although written as "later"
        TimeOut timeOut = new TimeOut(START.minusMinutes(1).withOffsetSameInstant(java.time.ZoneOffset.UTC), true);

        assertThat(validator
                        .validate(Sessions.builder().timeOut(timeOut).build())
                        .findings())
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"completed, true", "in-progress, false", "aborted, false"})
    void requiresAnEndOnlyForCompletedSessions(String status, boolean reported) {
        InjectionSession session = Sessions.builder()
                .status(Sessions.status(status))
                .statusReason("patient asked to stop")
                .end(null)
                .build();

        ValidationReport report = validator.validate(session);

        assertThat(report.has("end-missing")).isEqualTo(reported);
        report.withCode("end-missing").forEach(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).isEqualTo("$.end");
        });
    }

    @Test
    void rejectsEndBeforeStart() {
        ValidationReport report =
                validator.validate(Sessions.builder().end(START.minusMinutes(1)).build());

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("end-before-start");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).isEqualTo("$.end");
        });
    }

    @Test
    void acceptsEndEqualToStart() {
        assertThat(validator.validate(Sessions.builder().end(START).build()).findings())
                .isEmpty();
    }

    private static String message(ValidationReport report) {
        return report.findings().get(0).message();
    }
}
