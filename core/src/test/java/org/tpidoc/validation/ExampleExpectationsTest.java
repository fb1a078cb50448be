package org.tpidoc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpidoc.json.SessionJson;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.testkit.Example;
import org.tpidoc.testkit.Examples;

/**
 * Every readable entry of the shared {@code examples/expectations.json}: the validator reports exactly
 * the error and warning codes listed (none for a valid example).
 */
class ExampleExpectationsTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.tpidoc.testkit.Examples#readable")
    void reportsExactlyTheExpectedCodes(Example example) {
        InjectionSession session = read(example);

        ValidationReport report = SessionValidator.standard().validate(session);

        assertThat(Sessions.errorCodes(report)).as("error codes").isEqualTo(Set.copyOf(example.errors()));
        assertThat(Sessions.warningCodes(report)).as("warning codes").isEqualTo(Set.copyOf(example.warnings()));
        assertThat(report.isValid()).isEqualTo(example.valid());
        assertThat(report.findings())
                .extracting(Finding::message)
                .noneMatch(message -> message.contains(session.patient().toString())
                        || (session.patient().reference() != null
                                && message.contains(session.patient().reference())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.tpidoc.testkit.Examples#readable")
    void namesPneumothoraxWhenItWasNotDisclosed(Example example) {
        ValidationReport report = SessionValidator.standard().validate(read(example));

        assertThat(report.has("consent-risk-not-disclosed"))
                .isEqualTo(example.file().equals(Examples.PNEUMOTHORAX_NOT_DISCLOSED));
        assertThat(report.withCode("consent-risk-not-disclosed"))
                .allSatisfy(f -> assertThat(f.message()).contains("pneumothorax"));
    }

    private static InjectionSession read(Example example) {
        return SessionJson.standard().read(example.text());
    }
}
