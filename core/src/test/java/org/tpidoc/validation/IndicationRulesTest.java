package org.tpidoc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.terminology.CodeSystems;
import org.tpidoc.terminology.Concept;

class IndicationRulesTest {

    private final SessionValidator validator = SessionValidator.standard();

    @Test
    void warnsOfACompletedSessionWithoutAnIndication() {
        InjectionSession session = Sessions.builder().indications(List.of()).build();

        ValidationReport report = validator.validate(session);

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.code()).isEqualTo("indication-missing");
            assertThat(f.path()).isEqualTo("$.indications");
            Sessions.assertNoPatientData(f.message());
        });
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void acceptsACompletedSessionWithOneIndication() {
        InjectionSession session = Sessions.builder()
                .indications(List.of(Concept.of(CodeSystems.ICD_10_CM, "M79.18", "Myalgia, other site")))
                .build();

        assertThat(validator.validate(session).findings()).isEmpty();
    }

    @ParameterizedTest(name = "{0} without an indication: warned = {1}")
    @CsvSource({"completed, true", "in-progress, false", "aborted, false", "entered-in-error, false"})
    void asksForAnIndicationOnlyOfACompletedSession(String status, boolean warned) {
        InjectionSession session = Sessions.builder()
                .status(Sessions.status(status))
                .statusReason("patient asked to stop")
                .indications(List.of())
                .build();

        assertThat(validator.validate(session).has("indication-missing")).isEqualTo(warned);
    }
}
