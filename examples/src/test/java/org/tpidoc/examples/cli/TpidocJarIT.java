package org.tpidoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tpidoc.testkit.StubFhirServer;

/**
 * Runs the packaged {@code tpidoc.jar} with {@code java -jar}, as a user would on a fresh machine: its
 * dependencies inside, no classpath, no network but a local stub FHIR server for {@code push}, in an
 * empty working directory. Failsafe runs it after {@code package} (the jar's path comes in the {@code
 * tpidoc.jar} system property). Without the jar it fails: a missing jar is a broken build, not a reason
 * to skip.
 */
class TpidocJarIT {

    @TempDir
    Path dir;

    private Path jar;

    @BeforeEach
    void findJar() {
        String property = System.getProperty("tpidoc.jar");
        assertThat(property)
                .as("system property tpidoc.jar (Failsafe sets it to the packaged jar; run after package)")
                .isNotBlank();
        jar = Path.of(property);
        assertThat(jar).as("the packaged tpidoc.jar").isRegularFile();
    }

    /** The exit code, stdout and stderr of {@code java -jar tpidoc.jar args} run in {@link #dir}. */
    private Cli.Result java(String stdin, String... args) throws IOException, InterruptedException {
        return java(Map.of(), stdin, args);
    }

    /** The same, with the environment variables {@code variables} added to the process's. */
    private Cli.Result java(Map<String, String> variables, String stdin, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Path in = dir.resolve("stdin.txt");
        Files.writeString(in, stdin);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(variables);
        Process process = builder.directory(dir.toFile())
                .redirectInput(in.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Cli.Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void demoRunsWithNoArgumentsAndWritesItsFourFilesHere() throws Exception {
        Cli.Result result = java("", "demo");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains("Trigger point injection").contains("Wrote 4 files to ");
        for (String file : List.of("session.json", "bundle.json", "note.txt", "handout.txt")) {
            assertThat(dir.resolve("tpidoc-demo").resolve(file)).isNotEmptyFile();
        }
    }

    @Test
    void versionAndUsageErrorsHaveTheirExitCodes() throws Exception {
        assertThat(java("", "--version").out()).startsWith("tpidoc ");
        assertThat(java("", "frobnicate").exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    }

    @Test
    void readsStandardInputAndWritesUtf8() throws Exception {
        String session = Files.readString(Cli.example("botulinum-cervical-ultrasound.json"));

        Cli.Result billing = java(session, "billing", "--json", "--in", "-");
        Cli.Result malformed = java(Files.readString(Cli.example("malformed-unknown-property.json")), "validate", "-");

        assertThat(billing.exitCode()).as(billing.err()).isZero();
        assertThat(billing.out()).contains("\"modifiers\":[\"JW\"]");
        assertThat(malformed.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(malformed.err()).isEqualTo("<stdin>: $.painScoreBefore: unknown property\n");
    }

    @Test
    void exportsValidatesAndImportsFhirWithHapiInsideTheJar() throws Exception {
        Cli.Result export = java(
                "",
                "export",
                "--in",
                Cli.example("neck-shoulder-lidocaine-triamcinolone.json").toString(),
                "--out",
                "bundle.json");
        Cli.Result validation = java("", "fhir-validate", "bundle.json");
        Cli.Result imported = java("", "import", "--in", "bundle.json");

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(validation.exitCode())
                .as(validation.out() + validation.err())
                .isZero();
        assertThat(validation.out()).startsWith("bundle.json: valid");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("\"id\": \"8c6f0b8e-2d7a-4f55-9a53-0c3e8f5b1d11\"");
    }

    @Test
    void writesTheFhirPackageThatTheHl7LibraryReadsBack() throws Exception {
        Cli.Result result = java("", "fhir-package", "--out", "fhir");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith("Wrote tpidoc.fhir#");
        try (InputStream in = Files.newInputStream(dir.resolve("fhir/package.tgz"))) {
            NpmPackage npm = NpmPackage.fromPackage(in);
            assertThat(npm.name()).isEqualTo("tpidoc.fhir");
            assertThat(npm.listResources("StructureDefinition")).contains("StructureDefinition-tpi-procedure.json");
        }
    }

    @Test
    void pushesToAFhirServerWithHapisClientInsideTheJarAndTheTokenOfTheEnvironment() throws Exception {
        try (StubFhirServer server = new StubFhirServer()) {
            Cli.Result result = java(
                    Map.of("TPIDOC_IT_TOKEN", "t0ken-of-the-it"),
                    "",
                    "push",
                    "--server",
                    server.baseUrl(),
                    "--bearer-token-env",
                    "TPIDOC_IT_TOKEN",
                    "--in",
                    Cli.example("neck-shoulder-lidocaine-triamcinolone.json").toString(),
                    "--report",
                    "-");

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.out()).contains("\"outcome\":\"accepted\"").doesNotContain("t0ken");
            assertThat(result.err())
                    .isEqualTo("push: 1 session\n"
                            + "push: 1 session: 1 sent, 1 accepted, 0 rejected, 0 retried, 0 unreachable, 0 refused,"
                            + " 0 not sent\n");
            assertThat(server.requests())
                    .extracting(StubFhirServer.Request::authorization)
                    .containsExactly("Bearer t0ken-of-the-it");
        }
    }
}
