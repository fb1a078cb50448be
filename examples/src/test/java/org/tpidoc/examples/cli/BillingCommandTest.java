package org.tpidoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpidoc.terminology.CodeSystems;
import org.tpidoc.testkit.Example;
import org.tpidoc.testkit.Example.Charge;
import org.tpidoc.testkit.Examples;

class BillingCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("billedExamples")
    void jsonLinesMatchTheBillingOfTheExpectations(Example example) throws IOException {
        Path file = Cli.example(example.file());

        Cli.Result result = Cli.run(dir, "billing", "--json", "--in", file.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).hasSize(1);
        JsonNode line = JSON.readTree(result.outLines().get(0));
        assertThat(names(line)).containsExactly("session", "lines", "diagnoses", "findings");
        List<String> actual = new ArrayList<>();
        for (JsonNode charge : line.get("lines")) {
            assertThat(names(charge)).containsExactly("system", "code", "units", "modifiers", "description");
            String code = charge.get("code").asText();
            assertThat(charge.get("system").asText())
                    .isEqualTo(code.startsWith("J") ? CodeSystems.HCPCS : CodeSystems.CPT);
            assertThat(charge.get("description").asText()).isNotBlank();
            List<String> modifiers = new ArrayList<>();
            charge.get("modifiers").forEach(modifier -> modifiers.add(modifier.asText()));
            actual.add(new Charge(code, charge.get("units").asInt(), modifiers).line());
        }
        assertThat(actual)
                .containsExactlyElementsOf(example.billing().orElseThrow().stream()
                        .map(Charge::line)
                        .toList());
    }

    /** The examples whose expectations list charge lines: the five valid ones. */
    static List<Example> billedExamples() {
        List<Example> billed = Examples.all().stream()
                .filter(example -> example.billing().isPresent())
                .toList();
        assertThat(billed).as("examples with billing expectations").hasSize(5);
        return billed;
    }

    @Test
    void textFormListsTheCodesUnitsAndModifiersOfEachSession() {
        Path file = Cli.example("botulinum-cervical-ultrasound.json");

        Cli.Result result = Cli.run(dir, "billing", "--in", file.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines().get(0)).startsWith(file + ": session ");
        assertThat(result.out())
                .containsPattern("CPT +20553 +x 1 ")
                .containsPattern("CPT +76942 +x 1 ")
                .containsPattern("HCPCS +J0585 +x 60 ")
                .containsPattern("HCPCS +J0585 JW +x 40 ")
                .contains("diagnoses (ICD-10-CM): M79.12");
    }

    @Test
    void textFormShowsJzAndWarnsWhereAContainerIsNotRecorded() {
        Path singleDose = Cli.example("full-record-single-dose-steroid.json");
        Path unrecorded = Cli.example("neck-shoulder-lidocaine-triamcinolone.json");

        Cli.Result whole = Cli.run(dir, "billing", "--in", singleDose.toString());
        Cli.Result unknown = Cli.run(dir, "billing", "--in", unrecorded.toString());

        assertThat(whole.out()).containsPattern("HCPCS +J3301 JZ +x 4 ").doesNotContain("container-unknown");
        assertThat(unknown.exitCode()).isZero();
        assertThat(unknown.out())
                .containsPattern("HCPCS +J3301 +x 4 ")
                .contains("warning container-unknown at $.preparations[0].components[1]: ");
    }

    @Test
    void jsonCarriesTheDiagnosesAndTheBillingFindingsAndNothingGoesToStderr() throws IOException {
        Path file = Cli.example("neck-shoulder-lidocaine-triamcinolone.json");

        Cli.Result result = Cli.run(dir, "billing", "--json", "--in", file.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        JsonNode line = JSON.readTree(result.outLines().get(0));
        JsonNode diagnosis = line.get("diagnoses").get(0);
        assertThat(names(diagnosis)).containsExactly("system", "code", "display");
        assertThat(diagnosis.get("system").asText()).isEqualTo(CodeSystems.ICD_10_CM);
        assertThat(diagnosis.get("code").asText()).isEqualTo("M79.18");
        JsonNode finding = line.get("findings").get(0);
        assertThat(names(finding)).containsExactly("severity", "code", "path", "message");
        assertThat(finding.get("severity").asText()).isEqualTo("warning");
        assertThat(finding.get("code").asText()).isEqualTo("container-unknown");
        assertThat(finding.get("path").asText()).isEqualTo("$.preparations[0].components[1]");
    }

    @Test
    void jsonAndTextNameTheSameDiagnosesAndFindings() throws IOException {
        Path file = Cli.example("neck-shoulder-lidocaine-triamcinolone.json");

        JsonNode line = JSON.readTree(
                Cli.run(dir, "billing", "--json", "--in", file.toString()).out());
        String text = Cli.run(dir, "billing", "--in", file.toString()).out();

        for (JsonNode diagnosis : line.get("diagnoses")) {
            assertThat(text).contains(diagnosis.get("code").asText());
        }
        for (JsonNode finding : line.get("findings")) {
            assertThat(text)
                    .contains(finding.get("code").asText() + " at "
                            + finding.get("path").asText());
        }
    }

    @Test
    void malformedInputExitsTwo() {
        Cli.Result result = Cli.run(
                dir,
                "billing",
                "--json",
                "--in",
                Cli.example("malformed-unknown-property.json").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("$.painScoreBefore");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
