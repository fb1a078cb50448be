package org.tpidoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tpidoc.examples.SampleSession;
import org.tpidoc.fhir.api.Fhir;
import org.tpidoc.json.SessionJson;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.validation.SessionValidator;

class ExportCommandTest {

    @TempDir
    Path dir;

    private final String neckShoulder =
            Cli.example("neck-shoulder-lidocaine-triamcinolone.json").toString();

    @Test
    void exportsOneValidSessionAsAPrettyTransactionBundleOnStandardOutput() {
        Cli.Result result = Cli.run(dir, "export", "--in", neckShoulder);

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        Bundle bundle = parse(result.out());
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.TRANSACTION);
        assertThat(resourceTypes(bundle))
                .containsOnlyOnce("Procedure", "Medication", "Consent")
                .filteredOn("MedicationAdministration"::equals)
                .hasSize(2);
        assertThat(result.outLines().size()).isGreaterThan(1);
    }

    @ParameterizedTest
    @CsvSource({"transaction, TRANSACTION", "collection, COLLECTION", "document, DOCUMENT"})
    void bundleOptionChoosesTheKind(String option, Bundle.BundleType type) {
        Cli.Result result = Cli.run(dir, "export", "--in", neckShoulder, "--bundle", option);

        assertThat(result.exitCode()).isZero();
        assertThat(parse(result.out()).getType()).isEqualTo(type);
    }

    @Test
    void writesToTheOutFileAndSaysSo() {
        Cli.Result result = Cli.run(dir, "export", "--in", neckShoulder, "--out", "out/bundle.json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("Wrote 1 transaction bundle to " + dir.resolve("out/bundle.json") + "\n");
        assertThat(dir.resolve("out/bundle.json")).isNotEmptyFile();
    }

    @Test
    void severalSessionsGoToTheOutFileOneCompactBundleALine() throws IOException {
        Cli.run(dir, "generate", "--count", "3", "--out", "three.ndjson", "-q");

        Cli.Result result =
                Cli.run(dir, "export", "--in", "three.ndjson", "--bundle", "collection", "--out", "b.ndjson");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("Wrote 3 collection bundles to " + dir.resolve("b.ndjson") + "\n");
        assertThat(Files.readAllLines(dir.resolve("b.ndjson")))
                .hasSize(3)
                .allSatisfy(line -> assertThat(parse(line).getType()).isEqualTo(Bundle.BundleType.COLLECTION));
    }

    @ParameterizedTest
    @CsvSource({
        "invalid-lidocaine-above-maximum.json, 0e7d6c5b-4a39-4281-9f0e-d1c2b3a49586, dose-above-maximum",
        "invalid-pneumothorax-not-disclosed.json, 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d, consent-risk-not-disclosed"
    })
    void refusesASessionWithErrorFindingsNamingTheSessionAndTheFinding(String file, String id, String code) {
        Path input = Cli.example(file);

        Cli.Result result = Cli.run(dir, "export", "--in", input.toString(), "--out", "bundle.json");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.errLines().get(0))
                .startsWith(input + ": session " + id + ": refused: error " + code + " at $.");
        assertThat(result.errLines())
                .last()
                .asString()
                .contains("refused 1 session")
                .contains("--allow-invalid");
        assertThat(result.out()).isEmpty();
        assertThat(dir.resolve("bundle.json")).doesNotExist();
    }

    @Test
    void allowInvalidExportsItAnywayWithANote() {
        Path input = Cli.example("invalid-pneumothorax-not-disclosed.json");

        Cli.Result result = Cli.run(dir, "export", "--in", input.toString(), "--allow-invalid");

        assertThat(result.exitCode()).isZero();
        assertThat(parse(result.out()).getType()).isEqualTo(Bundle.BundleType.TRANSACTION);
        assertThat(result.err()).contains("exported despite 1 error finding (--allow-invalid)");
    }

    @Test
    void exportsTheValidSessionsOfAMixedInputOneBundleALineAndRefusesTheOthers() {
        InjectionSession valid = SampleSession.neckShoulder();
        InjectionSession other = valid.toBuilder()
                .id(UUID.fromString("6f1d2c3b-0000-4000-8000-000000000001"))
                .build();
        InjectionSession invalid = valid.toBuilder()
                .id(UUID.fromString("6f1d2c3b-0000-4000-8000-000000000002"))
                .consent(null)
                .build();
        String ndjson = String.join(
                "\n",
                SessionJson.standard().write(valid),
                SessionJson.standard().write(invalid),
                SessionJson.standard().write(other));

        Cli.Result result = Cli.withStdin(dir, ndjson, "export", "--in", "-");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.outLines())
                .hasSize(2)
                .allSatisfy(line -> assertThat(parse(line).getType()).isEqualTo(Bundle.BundleType.TRANSACTION));
        assertThat(result.errLines().get(0))
                .isEqualTo(
                        "<stdin>: session 6f1d2c3b-0000-4000-8000-000000000002: refused: error consent-missing at $.consent: "
                                + SessionValidator.standard()
                                        .validate(invalid)
                                        .withCode("consent-missing")
                                        .get(0)
                                        .message());
    }

    @Test
    void malformedInputExitsTwo() {
        Cli.Result result = Cli.run(
                dir,
                "export",
                "--in",
                Cli.example("malformed-unknown-property.json").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.err()).contains("$.painScoreBefore");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void unknownBundleKindIsAUsageError() {
        Cli.Result result = Cli.run(dir, "export", "--in", neckShoulder, "--bundle", "batch");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.err()).contains("'batch'").contains("transaction, collection, document");
    }

    @Test
    void ndjsonTakesNoOutOrBundle() {
        Cli.Result result = Cli.run(dir, "export", "--in", neckShoulder, "--ndjson", "bulk", "--out", "x.json");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.err()).contains("--ndjson");
    }

    @Test
    void ndjsonStreamsGeneratedSessionsIntoBulkFilesWithAManifestAndPlainProgressLines() throws IOException {
        Cli.run(dir, "generate", "--count", "30", "--seed", "11", "--out", "sessions.ndjson", "-q");

        Cli.Result result = Cli.run(dir, "export", "--in", "sessions.ndjson", "--ndjson", "bulk");

        assertThat(result.exitCode()).isZero();
        assertThat(result.errLines()).containsExactly("export: 30 sessions");
        Path bulk = dir.resolve("bulk");
        assertThat(result.outLines().get(0)).isEqualTo("Wrote 30 sessions to " + bulk + ":");
        assertThat(result.out()).contains("  Procedure.ndjson  30 resources", "  manifest.json");
        assertThat(Files.readAllLines(bulk.resolve("Procedure.ndjson"))).hasSize(30);
        JsonNode manifest = JsonMapper.builder()
                .build()
                .readTree(bulk.resolve("manifest.json").toFile());
        assertThat(manifest.path("extension").path("sessions").asLong()).isEqualTo(30);
    }

    @Test
    void ndjsonRefusesInvalidSessionsAndExportsTheOthers() throws IOException {
        InjectionSession invalid = SampleSession.neckShoulder().toBuilder()
                .id(UUID.fromString("6f1d2c3b-0000-4000-8000-000000000003"))
                .timeOut(null)
                .consent(null)
                .build();
        Files.writeString(
                dir.resolve("mixed.ndjson"),
                SessionJson.standard().write(SampleSession.neckShoulder()) + "\n"
                        + SessionJson.standard().write(invalid) + "\n");

        Cli.Result result = Cli.run(dir, "export", "--in", "mixed.ndjson", "--ndjson", "bulk", "--quiet");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.errLines())
                .hasSize(2)
                .first()
                .asString()
                .startsWith(
                        "mixed.ndjson: session 6f1d2c3b-0000-4000-8000-000000000003: refused: error consent-missing");
        assertThat(Files.readAllLines(dir.resolve("bulk/Procedure.ndjson"))).hasSize(1);
    }

    @Test
    void ndjsonDrawsAProgressBarOnATerminal() {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();

        Cli.Result result = Cli.onTerminal(
                dir,
                new PrintStream(screen, true, StandardCharsets.UTF_8),
                "export",
                "--in",
                neckShoulder,
                "--ndjson",
                "bulk");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(screen.toString(StandardCharsets.UTF_8)).contains("export").contains("1/? sessions");
    }

    private static Bundle parse(String json) {
        return Fhir.context().newJsonParser().parseResource(Bundle.class, json);
    }

    private static List<String> resourceTypes(Bundle bundle) {
        return bundle.getEntry().stream().map(e -> e.getResource().fhirType()).toList();
    }
}
