package org.tpidoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tpidoc.examples.SampleSession;
import org.tpidoc.fhir.FhirExporter;
import org.tpidoc.fhir.api.BundleKind;

class FhirValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void anExportedBundleIsValidAndItsOfflineCodeWarningsAreCounted() throws IOException {
        Files.writeString(
                dir.resolve("bundle.json"),
                FhirExporter.standard().toJson(SampleSession.neckShoulder(), BundleKind.DOCUMENT));

        Cli.Result result = Cli.run(dir, "fhir-validate", "bundle.json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines().get(0)).startsWith("bundle.json: valid");
        assertThat(result.out())
                .contains("about codes that cannot be checked offline")
                .doesNotContain("  error ");
    }

    @Test
    void aResourceWithAnErrorExitsOneAndListsIt() throws IOException {
        Files.writeString(
                dir.resolve("procedure.json"),
                "{\"resourceType\": \"Procedure\", \"status\": \"finished\", \"subject\": {\"reference\": \"Patient/x\"}}");

        Cli.Result result = Cli.run(dir, "fhir-validate", "procedure.json");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.outLines().get(0)).startsWith("procedure.json: NOT VALID: ");
        assertThat(result.out()).contains("  error Procedure.status");
    }

    @Test
    void validatesEachLineOfNdjsonOnItsOwn() {
        String ndjson =
                "{\"resourceType\": \"Procedure\", \"status\": \"completed\", \"subject\": {\"reference\": \"Patient/x\"}}\n"
                        + "{\"resourceType\": \"Procedure\", \"status\": \"finished\", \"subject\": {\"reference\": \"Patient/x\"}}\n";

        Cli.Result result = Cli.withStdin(dir, ndjson, "fhir-validate", "-");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.out()).contains("<stdin> line 1: valid").contains("<stdin> line 2: NOT VALID");
    }

    @Test
    void textThatIsNotJsonExitsTwoWithoutQuotingIt() throws IOException {
        Files.writeString(dir.resolve("notes.json"), "{\"resourceType\": Patient Smith}");

        Cli.Result result = Cli.run(dir, "fhir-validate", "notes.json");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.err())
                .startsWith("notes.json: not a FHIR JSON or XML resource: line 1")
                .doesNotContain("Smith");
    }

    @Test
    void missingFileExitsTwo() {
        Cli.Result result = Cli.run(dir, "fhir-validate", "absent.json");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.err()).isEqualTo("absent.json: no such file\n");
    }
}
