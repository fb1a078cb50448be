package org.tpidoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tpidoc.examples.SampleSession;
import org.tpidoc.json.SessionJson;
import org.tpidoc.testkit.Example;

class ValidateCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "neck-shoulder-lidocaine-triamcinolone.json",
                "low-back-bupivacaine-methylprednisolone.json",
                "dry-needling-piriformis.json",
                "botulinum-cervical-ultrasound.json"
            })
    void validExampleExitsZero(String file) {
        Cli.Result result = Cli.run(dir, "validate", Cli.example(file).toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines().get(0)).endsWith(": valid");
        assertThat(result.err()).isEmpty();
    }

    static Stream<Arguments> invalidExamples() {
        return Stream.of(
                Arguments.of("invalid-lidocaine-above-maximum.json", "dose-above-maximum", "lidocaine"),
                Arguments.of("invalid-pneumothorax-not-disclosed.json", "consent-risk-not-disclosed", "pneumothorax"));
    }

    @ParameterizedTest
    @MethodSource("invalidExamples")
    void invalidExampleExitsOneNamingTheFinding(String file, String code, String named) {
        Cli.Result result = Cli.run(dir, "validate", Cli.example(file).toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.out())
                .contains("NOT VALID")
                .contains("error " + code + " at $.")
                .contains(named);
    }

    @Test
    void malformedExampleExitsTwoNamingTheFileAndThePropertyWithoutPatientData() {
        Path file = Cli.example("malformed-unknown-property.json");

        Cli.Result result = Cli.run(dir, "validate", file.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.errLines())
                .singleElement()
                .asString()
                .startsWith(file + ": ")
                .contains("$.painScoreBefore");
        assertThat(result.err()).doesNotContain("p-77").doesNotContain("Patient/");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.tpidoc.testkit.Examples#readable")
    void jsonFormHasOneObjectPerSessionWithExactlyTheFindingsOfTheExpectations(Example example) throws IOException {
        Path file = Cli.example(example.file());

        Cli.Result result = Cli.run(dir, "validate", "--json", file.toString());

        assertThat(result.outLines()).hasSize(1);
        JsonNode line = JSON.readTree(result.outLines().get(0));
        assertThat(fieldNames(line)).containsExactly("session", "valid", "findings");
        assertThat(line.get("valid").asBoolean()).isEqualTo(example.valid());
        assertThat(result.exitCode()).isEqualTo(example.valid() ? 0 : 1);
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (JsonNode finding : line.get("findings")) {
            assertThat(fieldNames(finding)).containsExactly("severity", "code", "path", "message");
            assertThat(finding.get("path").asText()).startsWith("$");
            String severity = finding.get("severity").asText();
            if (!severity.equals("info")) { // info findings are not warnings (expectations.json)
                (severity.equals("error") ? errors : warnings)
                        .add(finding.get("code").asText());
            }
        }
        assertThat(errors).as("errors").containsExactlyElementsOf(example.errors());
        assertThat(warnings).as("warnings").containsExactlyElementsOf(example.warnings());
    }

    @Test
    void readsNdjsonFromStandardInputInInputOrder() {
        String ndjson = SessionJson.standard().write(SampleSession.neckShoulder()) + "\n"
                + SessionJson.standard()
                        .write(SampleSession.neckShoulder().toBuilder()
                                .consent(null)
                                .build()) + "\n";

        Cli.Result result = Cli.withStdin(dir, ndjson, "validate", "--json", "-");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.outLines()).hasSize(2);
        assertThat(result.outLines().get(0)).contains("\"valid\":true");
        assertThat(result.outLines().get(1)).contains("\"valid\":false").contains("consent-missing");
    }

    @Test
    void readsAnArrayOfSessions() throws IOException {
        Path file = dir.resolve("two.json");
        Files.writeString(
                file,
                "[" + SessionJson.standard().write(SampleSession.neckShoulder()) + ","
                        + SessionJson.standard().write(SampleSession.neckShoulder()) + "]");

        Cli.Result result = Cli.run(dir, "validate", "two.json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).hasSize(3).last().isEqualTo("2 sessions: 2 valid, 0 not valid");
        assertThat(result.outLines().get(0))
                .startsWith("two.json: session " + SampleSession.neckShoulder().id());
    }

    @Test
    void unreadableLineOfNdjsonIsNamedByLineAndPathAfterTheSessionsBefore() {
        String ndjson = SessionJson.standard().write(SampleSession.neckShoulder()) + "\n"
                + SessionJson.standard()
                        .write(SampleSession.neckShoulder())
                        .replace("\"status\":\"completed\"", "\"status\":\"signed\"")
                + "\n";

        Cli.Result result = Cli.withStdin(dir, ndjson, "validate", "-");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.outLines().get(0)).endsWith(": valid");
        assertThat(result.errLines()).singleElement().asString().startsWith("<stdin>: line 2: $.status");
    }

    @Test
    void severalFilesExitWithTheWorstOutcome() {
        Cli.Result result = Cli.run(
                dir,
                "validate",
                Cli.example("neck-shoulder-lidocaine-triamcinolone.json").toString(),
                Cli.example("invalid-lidocaine-above-maximum.json").toString(),
                Cli.example("malformed-unknown-property.json").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.outLines()).last().isEqualTo("2 sessions: 1 valid, 1 not valid");
    }

    @Test
    void missingFileExitsTwo() {
        Cli.Result result = Cli.run(dir, "validate", "nowhere.json");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.err()).contains("nowhere.json: no such file");
    }

    @Test
    void noFileIsAUsageError() {
        assertThat(Cli.run(dir, "validate").exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
