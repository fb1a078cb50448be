package org.tpidoc.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpidoc.fhir.api.BundleKind;
import org.tpidoc.fhir.api.Fhir;
import org.tpidoc.fhir.api.ImportResult;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.synthetic.SessionGenerator;

/**
 * Export then import gives back the equal session, with no finding: every valid example in every bundle
 * kind as JSON and XML, and 1,000 generated sessions as JSON, XML and bulk NDJSON. The time each takes is
 * written to {@code <build>/import/round-trip.txt}.
 */
class ImportRoundTripTest {

    private static final int GENERATED = 1_000;
    private static final FhirExporter EXPORTER = FhirExporter.standard();
    private static final FhirImporter IMPORTER = FhirImporter.standard();

    static Stream<Arguments> examples() {
        List<Arguments> cases = new ArrayList<>();
        for (String file : ExampleSessions.valid()) {
            for (BundleKind kind : BundleKind.values()) {
                cases.add(Arguments.of(file, kind));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as a {1} bundle")
    @MethodSource("examples")
    void importsEveryExampleBackEqualFromJsonAndXml(String file, BundleKind kind) {
        InjectionSession session = ExampleSessions.read(file);

        assertRoundTrip(session, IMPORTER.importBundle(EXPORTER.toJson(session, kind)));
        assertRoundTrip(session, IMPORTER.importBundle(EXPORTER.toXml(session, kind)));
    }

    @Test
    void importsAThousandGeneratedSessionsBackEqualFromJsonXmlAndNdjson(@TempDir Path directory) throws IOException {
        List<InjectionSession> sessions = SessionGenerator.seeded(20261122L).list(GENERATED);
        IParser json = Fhir.context().newJsonParser();
        IParser xml = Fhir.context().newXmlParser();
        long exportNanos = 0;
        long jsonNanos = 0;
        long xmlNanos = 0;
        for (int i = 0; i < sessions.size(); i++) {
            InjectionSession session = sessions.get(i);
            long started = System.nanoTime();
            Bundle bundle = EXPORTER.toBundle(session, BundleKind.values()[i % BundleKind.values().length]);
            String asJson = json.encodeResourceToString(bundle);
            String asXml = xml.encodeResourceToString(bundle);
            long exported = System.nanoTime();
            assertRoundTrip(session, IMPORTER.importBundle(asJson));
            long jsonDone = System.nanoTime();
            assertRoundTrip(session, IMPORTER.importBundle(asXml));
            long xmlDone = System.nanoTime();
            exportNanos += exported - started;
            jsonNanos += jsonDone - exported;
            xmlNanos += xmlDone - jsonDone;
        }
        long started = System.nanoTime();
        try (NdjsonBulkWriter writer = NdjsonBulkWriter.open(directory, EXPORTER)) {
            writer.writeAll(sessions.stream());
        }
        long written = System.nanoTime();
        ImportResult bulk = IMPORTER.importNdjson(directory);
        long ndjsonNanos = System.nanoTime() - written;

        assertThat(bulk.allFindings()).isEmpty();
        assertThat(bulk.sessionList()).containsExactlyElementsOf(sessions);
        report(List.of(
                GENERATED + " generated sessions, export then import, equal sessions and no finding:",
                "  export (bundle, JSON and XML text): " + millis(exportNanos) + " ms",
                "  import from JSON: " + millis(jsonNanos) + " ms (" + micros(jsonNanos) + " µs each)",
                "  import from XML: " + millis(xmlNanos) + " ms (" + micros(xmlNanos) + " µs each)",
                "  NDJSON written in " + millis(written - started) + " ms, imported in " + millis(ndjsonNanos) + " ms ("
                        + micros(ndjsonNanos) + " µs each)"));
    }

    private static void assertRoundTrip(InjectionSession session, ImportResult result) {
        assertThat(result.allFindings()).as("findings of %s", session).isEmpty();
        assertThat(result.isClean()).isTrue();
        assertThat(result.sessions()).hasSize(1);
        assertThat(result.sessions().get(0).needsReview()).isFalse();
        assertThat(result.sessions().get(0).session()).isEqualTo(session);
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private static long micros(long nanos) {
        return nanos / 1_000 / GENERATED;
    }

    private static void report(List<String> lines) throws IOException {
        Path file = Path.of(System.getProperty("tpidoc.buildDirectory", "target"), "import", "round-trip.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
