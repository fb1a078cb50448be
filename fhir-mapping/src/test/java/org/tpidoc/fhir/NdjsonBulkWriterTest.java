package org.tpidoc.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tpidoc.fhir.api.Fhir;
import org.tpidoc.synthetic.SessionGenerator;

class NdjsonBulkWriterTest {

    private static final FhirExporter EXPORTER = FhirExporter.standard();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T09:30:15.250123Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;

    @Test
    void writesOneFilePerResourceTypeOneResourceALineAndAManifest() throws IOException {
        try (NdjsonBulkWriter writer = NdjsonBulkWriter.builder(directory)
                .exporter(EXPORTER)
                .clock(CLOCK)
                .open()) {
            for (String file : ExampleSessions.valid()) {
                writer.write(ExampleSessions.read(file));
            }
        }

        JsonNode manifest = new ObjectMapper()
                .readTree(directory.resolve(NdjsonBulkWriter.MANIFEST).toFile());
        int sessions = ExampleSessions.valid().size();
        assertThat(manifest.path("extension").path("sessions").asInt()).isEqualTo(sessions);
        assertThat(manifest.get("output"))
                .extracting(o -> o.get("type").asText())
                .containsExactly(
                        "BodyStructure",
                        "Consent",
                        "Medication",
                        "MedicationAdministration",
                        "Observation",
                        "Procedure",
                        "Provenance");
        for (JsonNode output : manifest.get("output")) {
            List<String> lines =
                    Files.readAllLines(Path.of(URI.create(output.get("url").asText())), StandardCharsets.UTF_8);
            assertThat(lines).hasSize(output.get("count").asInt());
            assertThat(lines).allSatisfy(line -> {
                Resource resource = (Resource) Fhir.context().newJsonParser().parseResource(line);
                assertThat(resource.fhirType()).isEqualTo(output.get("type").asText());
            });
        }
        assertThat(Files.readAllLines(directory.resolve("Procedure.ndjson"))).hasSize(sessions);
    }

    @Test
    void manifestHasTheFieldsOfABulkDataExportManifest() throws IOException {
        try (NdjsonBulkWriter writer = NdjsonBulkWriter.builder(directory)
                .exporter(EXPORTER)
                .clock(CLOCK)
                .open()) {
            writer.write(ExampleSessions.read(ExampleSessions.NECK_SHOULDER));
        }

        JsonNode manifest = new ObjectMapper()
                .readTree(directory.resolve(NdjsonBulkWriter.MANIFEST).toFile());

        assertThat(manifest.fieldNames())
                .toIterable()
                .containsExactly("transactionTime", "request", "requiresAccessToken", "output", "error", "extension");
        assertThat(manifest.get("transactionTime").asText()).isEqualTo("2026-12-03T09:30:15.250Z");
        assertThat(manifest.get("request").asText()).isEqualTo(directory.toUri().toString());
        assertThat(manifest.get("requiresAccessToken").isBoolean()).isTrue();
        assertThat(manifest.get("requiresAccessToken").asBoolean()).isFalse();
        assertThat(manifest.get("error").isArray()).isTrue();
        assertThat(manifest.get("error")).isEmpty();
        assertThat(manifest.get("output")).allSatisfy(output -> {
            assertThat(output.fieldNames()).toIterable().containsExactly("type", "url", "count");
            assertThat(output.get("url").asText())
                    .isEqualTo(directory
                            .toUri()
                            .resolve(output.get("type").asText() + ".ndjson")
                            .toString());
            assertThat(output.get("count").isIntegralNumber()).isTrue();
        });
    }

    @Test
    void manifestNamesTheUrlsTheFilesWillBeServedAt() throws IOException {
        try (NdjsonBulkWriter writer = NdjsonBulkWriter.builder(directory)
                .request(URI.create("https://fhir.example.org/fhir/$export?_type=Procedure"))
                .outputBase(URI.create("https://files.example.org/export/7"))
                .requiresAccessToken(true)
                .clock(CLOCK)
                .open()) {
            writer.write(ExampleSessions.read(ExampleSessions.NECK_SHOULDER));
        }

        JsonNode manifest = new ObjectMapper()
                .readTree(directory.resolve(NdjsonBulkWriter.MANIFEST).toFile());

        assertThat(manifest.get("request").asText()).isEqualTo("https://fhir.example.org/fhir/$export?_type=Procedure");
        assertThat(manifest.get("requiresAccessToken").asBoolean()).isTrue();
        assertThat(manifest.get("output"))
                .extracting(o -> o.get("url").asText())
                .contains("https://files.example.org/export/7/Procedure.ndjson")
                .allSatisfy(url -> assertThat(url).startsWith("https://files.example.org/export/7/"));
        assertThat(FhirImporter.standard().importNdjson(directory).sessionList())
                .containsExactly(ExampleSessions.read(ExampleSessions.NECK_SHOULDER));
    }

    @Test
    void refersBetweenResourcesByTypeAndId() throws IOException {
        try (NdjsonBulkWriter writer = NdjsonBulkWriter.open(directory, EXPORTER)) {
            writer.write(ExampleSessions.read(ExampleSessions.NECK_SHOULDER));
        }

        List<String> administrations = Files.readAllLines(directory.resolve("MedicationAdministration.ndjson"));
        assertThat(administrations).as("one per drug given (expectations.json)").hasSize(2);
        for (String line : administrations) {
            Resource resource = (Resource) Fhir.context().newJsonParser().parseResource(line);
            assertThat(Fhir.context().newTerser().getAllPopulatedChildElementsOfType(resource, Reference.class))
                    .filteredOn(Reference::hasReference)
                    .allSatisfy(
                            reference -> assertThat(reference.getReference()).matches("[A-Za-z]+/[A-Za-z0-9.-]+"));
        }
    }

    @Test
    void streamsManySessionsFromALazySourceKeepingOnlyCounts() throws IOException {
        NdjsonBulkWriter writer = NdjsonBulkWriter.open(directory, EXPORTER);
        writer.writeAll(SessionGenerator.seeded(7L).stream(1_000));
        writer.close();

        Map<String, Long> counts = writer.counts();
        assertThat(writer.sessions()).isEqualTo(1_000);
        assertThat(counts.get("Procedure")).isEqualTo(1_000L);
        try (var lines = Files.lines(directory.resolve("Observation.ndjson"))) {
            assertThat(lines.count()).isEqualTo(counts.get("Observation"));
        }
    }

    @Test
    void refusesToWriteOnceClosedAndClosesOnlyOnce() throws IOException {
        NdjsonBulkWriter writer = NdjsonBulkWriter.open(directory, EXPORTER);
        writer.close();
        writer.close();

        assertThatThrownBy(() -> writer.write(ExampleSessions.read(ExampleSessions.DRY_NEEDLING)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(new ObjectMapper()
                        .readTree(directory.resolve(NdjsonBulkWriter.MANIFEST).toFile())
                        .get("output"))
                .isEmpty();
    }
}
