package org.tpidoc.fhir;

import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpidoc.fhir.api.BundleKind;
import org.tpidoc.testkit.GoldenFiles;

/**
 * The JSON of every valid example in every bundle kind, with the default options, against the golden
 * files in {@code src/test/resources/golden}. After an intended change, rewrite them with {@code mvn -pl
 * fhir-mapping -am test -Dtpidoc.updateGolden=true} (that run fails, listing what it rewrote: {@link
 * GoldenFiles}), review the diff, and run again without the switch.
 */
class GoldenFilesTest {

    private static final GoldenFiles GOLDEN = GoldenFiles.in(Path.of("src", "test", "resources", "golden"));
    private static final FhirExporter EXPORTER = FhirExporter.standard();

    static Stream<Arguments> validExamplesInEveryKind() {
        return ExampleSessions.valid().stream()
                .flatMap(file -> Stream.of(BundleKind.values()).map(kind -> Arguments.of(file, kind)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("validExamplesInEveryKind")
    void exportsExactlyTheGoldenJson(String file, BundleKind kind) {
        String json = EXPORTER.toJson(ExampleSessions.read(file), kind) + "\n";

        GOLDEN.assertMatches(file.replace(".json", "") + "." + kind.name().toLowerCase(Locale.ROOT) + ".json", json);
    }
}
