package org.tpidoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.kernel.Profiles;

class FhirPackageCommandTest {

    private static final String DEFAULT_BASE = MappingOptions.DEFAULT_CANONICAL_BASE;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void writesThePackageIntoANewDirectoryAndSaysWhatItWrote() throws IOException {
        Cli.Result result = Cli.run(dir, "fhir-package", "--out", "out/fhir");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        Path file = dir.resolve("out/fhir/package.tgz");
        NpmPackage npm = read(file);
        Map<String, String> resources = resourceTexts(npm);
        assertThat(npm.name()).isEqualTo("tpidoc.fhir");
        assertThat(npm.version()).isEqualTo(VersionProvider.version());
        assertThat(npm.canonical()).isEqualTo(DEFAULT_BASE);
        assertThat(npm.fhirVersion()).isEqualTo("4.0.1");
        assertThat(resources.keySet())
                .contains("CodeSystem-muscle.json", "ValueSet-muscle.json", "StructureDefinition-injection-site.json")
                .containsAll(Profiles.ALL.stream()
                        .map(profile -> "StructureDefinition-" + profile + ".json")
                        .toList());
        assertThat(result.outLines())
                .containsExactly("Wrote tpidoc.fhir#" + VersionProvider.version() + " (" + resources.size()
                        + " resources, canonical " + DEFAULT_BASE + ") to " + file);
    }

    @Test
    void canonicalBaseOptionMovesEveryResourceAndEveryReferenceBetweenThem() throws IOException {
        Cli.Result result =
                Cli.run(dir, "fhir-package", "--out", "vendor", "--canonical-base", "https://fhir.example.org/tpi/");

        assertThat(result.exitCode()).as(result.err()).isZero();
        NpmPackage npm = read(dir.resolve("vendor/package.tgz"));
        Map<String, String> resources = resourceTexts(npm);
        assertThat(npm.canonical()).isEqualTo("https://fhir.example.org/tpi");
        assertThat(resources).isNotEmpty();
        for (Map.Entry<String, String> file : resources.entrySet()) {
            JsonNode resource = JSON.readTree(file.getValue());
            assertThat(resource.path("url").asText())
                    .as(file.getKey())
                    .startsWith("https://fhir.example.org/tpi/"
                            + resource.path("resourceType").asText() + "/");
            assertThat(file.getValue()).as(file.getKey()).doesNotContain(DEFAULT_BASE);
        }
        assertThat(result.out()).contains("canonical https://fhir.example.org/tpi)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a url", "ftp://example.org/fhir", "example.org/fhir", "https://example.org/fhir?x=1"})
    void canonicalBaseThatIsNotAnHttpUrlIsAUsageError(String base) {
        Cli.Result result = Cli.run(dir, "fhir-package", "--out", "out", "--canonical-base", base);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.errLines().get(0))
                .isEqualTo("Invalid value for option '--canonical-base': '" + base
                        + "' is not an http(s) URL without query or fragment (e.g. https://example.org/fhir)");
        assertThat(result.err()).contains("Usage: tpidoc fhir-package");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # --out    | why                  | the path named
            taken      | a file is in the way | taken
            taken/fhir | Not a directory      | taken/fhir
            """)
    void directoryThatCannotBeMadeExitsTwoWithoutAStackTrace(String out, String why, String path) throws IOException {
        Files.writeString(dir.resolve("taken"), "a file, not a directory");

        Cli.Result result = Cli.run(dir, "fhir-package", "--out", out);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.errLines()).containsExactly(out + ": cannot write: " + why + ": " + dir.resolve(path));
        assertThat(result.out()).isEmpty();
    }

    @Test
    void outIsRequired() {
        Cli.Result result = Cli.run(dir, "fhir-package");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.err()).contains("--out");
    }

    private static NpmPackage read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return NpmPackage.fromPackage(in);
        }
    }

    /** The JSON of every resource the package's index lists, by file name. */
    private static Map<String, String> resourceTexts(NpmPackage npm) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String file : npm.listResources("CodeSystem", "ValueSet", "StructureDefinition")) {
            try (InputStream in = npm.loadResource(file)) {
                texts.put(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return texts;
    }
}
