package org.tpidoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Consent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tpidoc.examples.SampleSession;
import org.tpidoc.fhir.FhirExporter;
import org.tpidoc.fhir.api.BundleKind;
import org.tpidoc.fhir.api.Fhir;
import org.tpidoc.json.SessionJson;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.synthetic.SessionGenerator;

class ImportCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private final InjectionSession sample = SampleSession.neckShoulder();

    @Test
    void anExportedBundleComesBackAsAnEqualSessionWithNoFinding() throws IOException {
        Files.writeString(dir.resolve("bundle.json"), FhirExporter.standard().toJson(sample, BundleKind.TRANSACTION));

        Cli.Result result = Cli.run(dir, "import", "--in", "bundle.json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith("{\n");
        assertThat(SessionJson.standard().read(result.out())).isEqualTo(sample);
    }

    @Test
    void readsADocumentBundleFromStandardInputAndWritesTheOutFile() throws IOException {
        Cli.Result result = Cli.withStdin(
                dir,
                FhirExporter.standard().toJson(sample, BundleKind.DOCUMENT),
                "import",
                "--in",
                "-",
                "--out",
                "s.json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("Wrote 1 session to " + dir.resolve("s.json") + "\n");
        assertThat(SessionJson.standard().read(Files.readString(dir.resolve("s.json"))))
                .isEqualTo(sample);
    }

    @Test
    void aBulkNdjsonDirectoryComesBackAsNdjsonSessions() throws IOException {
        List<InjectionSession> sessions = SessionGenerator.seeded(5).list(3);
        Files.writeString(
                dir.resolve("sessions.ndjson"),
                String.join(
                        "\n",
                        sessions.stream().map(SessionJson.standard()::write).toList()));
        assertThat(Cli.run(dir, "export", "--in", "sessions.ndjson", "--ndjson", "bulk", "-q")
                        .exitCode())
                .isZero();

        Cli.Result result = Cli.run(dir, "import", "--in", "bulk");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.outLines()).hasSize(3);
        assertThat(SessionJson.standard()
                        .reader()
                        .readAll(new java.io.ByteArrayInputStream(
                                result.out().getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .containsExactlyInAnyOrderElementsOf(sessions);
    }

    @Test
    void somethingNotCarriedOverIsAWarningOnStderrAndExitsZero() throws IOException {
        ObjectNode bundle = (ObjectNode) JSON.readTree(FhirExporter.standard().toJson(sample, BundleKind.TRANSACTION));
        ((ObjectNode) bundle.get("entry").get(0).get("resource")).put("colour", "blue");
        Files.writeString(dir.resolve("bundle.json"), bundle.toString());

        Cli.Result result = Cli.run(dir, "import", "--in", "bundle.json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.errLines().get(0))
                .startsWith("bundle.json: session " + sample.id()
                        + ": warning unknown-element at Bundle.entry[0].resource.colour");
        assertThat(SessionJson.standard().read(result.out()).id()).isEqualTo(sample.id());
    }

    @Test
    void somethingThatCouldNotBeImportedExitsOne() throws IOException {
        Bundle bundle = FhirExporter.standard().toBundle(sample, BundleKind.TRANSACTION);
        bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(Consent.class::isInstance)
                .map(Consent.class::cast)
                .findFirst()
                .orElseThrow()
                .addModifierExtension()
                .setUrl("https://example.org/fhir/StructureDefinition/revoked")
                .setValue(new BooleanType(true));
        Files.writeString(
                dir.resolve("bundle.json"), Fhir.context().newJsonParser().encodeResourceToString(bundle));

        Cli.Result result = Cli.run(dir, "import", "--in", "bundle.json");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.err()).contains("error unknown-modifier-extension at Bundle.entry[");
    }

    @Test
    void aSessionFileIsNotABundleAndExitsTwo() {
        Path session = Cli.example("neck-shoulder-lidocaine-triamcinolone.json");

        Cli.Result result = Cli.run(dir, "import", "--in", session.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).singleElement().asString().startsWith(session + ": error not-fhir at ");
    }

    @Test
    void missingFileExitsTwo() {
        Cli.Result result = Cli.run(dir, "import", "--in", "absent.json");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.err()).isEqualTo("absent.json: no such file\n");
    }
}
