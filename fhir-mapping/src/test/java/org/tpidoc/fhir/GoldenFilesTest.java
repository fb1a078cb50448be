package org.tpidoc.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpidoc.fhir.api.BundleKind;

/**
 * The JSON of every valid example in every bundle kind, with the default options, against the golden
 * files in {@code src/test/resources/golden}. After an intended change, rewrite them with {@code mvn test
 * -Dtpidoc.updateGolden=true} and review the diff.
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final FhirExporter EXPORTER = FhirExporter.standard();

    static Stream<Arguments> validExamplesInEveryKind() {
        return ExampleSessions.valid().stream()
                .flatMap(file -> Stream.of(BundleKind.values()).map(kind -> Arguments.of(file, kind)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("validExamplesInEveryKind")
    void exportsExactlyTheGoldenJson(String file, BundleKind kind) throws IOException {
        String json = EXPORTER.toJson(ExampleSessions.read(file), kind) + "\n";
        Path golden =
                GOLDEN.resolve(file.replace(".json", "") + "." + kind.name().toLowerCase(Locale.ROOT) + ".json");
        if (Boolean.getBoolean("tpidoc.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, json, StandardCharsets.UTF_8);
        }

        assertThat(json).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
