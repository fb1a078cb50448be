package org.tpidoc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpidoc.json.SessionJson;
import org.tpidoc.session.InjectionSession;

/**
 * Every readable entry of the shared {@code examples/expectations.json}: the validator reports exactly
 * the error and warning codes listed (none for a valid example).
 */
class ExampleExpectationsTest {

    private static final String EXAMPLES = "/examples/";

    static Stream<Arguments> readableExamples() {
        JsonNode expectations = parse(resource("expectations.json"));
        return StreamSupport.stream(expectations.spliterator(), false)
                .filter(entry -> entry.path("readable").asBoolean(false))
                .map(entry -> Arguments.of(
                        entry.get("file").asText(),
                        entry.get("valid").asBoolean(),
                        codes(entry.get("errors")),
                        codes(entry.get("warnings"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readableExamples")
    void reportsExactlyTheExpectedCodes(String file, boolean valid, Set<String> errors, Set<String> warnings) {
        InjectionSession session = SessionJson.standard().read(resource(file));

        ValidationReport report = SessionValidator.standard().validate(session);

        assertThat(Sessions.errorCodes(report)).as("error codes").isEqualTo(errors);
        assertThat(Sessions.warningCodes(report)).as("warning codes").isEqualTo(warnings);
        assertThat(report.isValid()).isEqualTo(valid);
        assertThat(report.findings())
                .extracting(Finding::message)
                .noneMatch(message -> message.contains(session.patient().toString())
                        || (session.patient().reference() != null
                                && message.contains(session.patient().reference())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readableExamples")
    void namesPneumothoraxWhenItWasNotDisclosed(String file, boolean valid, Set<String> errors, Set<String> warnings) {
        InjectionSession session = SessionJson.standard().read(resource(file));

        ValidationReport report = SessionValidator.standard().validate(session);

        report.withCode("consent-risk-not-disclosed")
                .forEach(f -> assertThat(f.message()).contains("pneumothorax"));
        assertThat(report.has("consent-risk-not-disclosed"))
                .isEqualTo(file.equals("sessions/invalid-pneumothorax-not-disclosed.json"));
    }

    private static Set<String> codes(JsonNode array) {
        Set<String> codes = new TreeSet<>();
        array.forEach(code -> codes.add(code.asText()));
        return codes;
    }

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = ExampleExpectationsTest.class.getResourceAsStream(EXAMPLES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + EXAMPLES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
