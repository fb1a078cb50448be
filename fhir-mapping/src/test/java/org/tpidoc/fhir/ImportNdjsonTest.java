package org.tpidoc.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.api.ImportLimits;
import org.tpidoc.fhir.api.ImportResult;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.synthetic.SessionGenerator;
import org.tpidoc.validation.Finding;

/** Bulk NDJSON directories: as written, without a manifest, and with the faults a directory can have. */
class ImportNdjsonTest {

    private static final FhirImporter IMPORTER = FhirImporter.standard();
    private static final List<InjectionSession> SESSIONS =
            SessionGenerator.seeded(5L).list(4);

    @TempDir
    Path directory;

    @BeforeEach
    void write() throws IOException {
        try (NdjsonBulkWriter writer = NdjsonBulkWriter.open(directory, FhirExporter.standard())) {
            writer.writeAll(SESSIONS.stream());
        }
    }

    @Test
    void importsWhatTheBulkWriterWrote() throws IOException {
        ImportResult result = IMPORTER.importNdjson(directory);

        assertThat(result.allFindings()).isEmpty();
        assertThat(result.sessionList()).containsExactlyElementsOf(SESSIONS);
        assertThat(result.sessions().get(0).source()).isEqualTo("Procedure.ndjson:1/Procedure");
    }

    @Test
    void readsEveryNdjsonFileWhenThereIsNoManifest() throws IOException {
        Files.delete(directory.resolve(NdjsonBulkWriter.MANIFEST));

        assertThat(IMPORTER.importNdjson(directory).sessionList()).containsExactlyElementsOf(SESSIONS);
    }

    @Test
    void skipsAManifestEntryOutsideTheDirectory() throws IOException {
        rewriteManifest("\"file:[^\"]*/Consent.ndjson\"", "\"../../etc/Consent.ndjson\"");

        ImportResult result = IMPORTER.importNdjson(directory);

        assertThat(result.findings(ImportCode.INVALID_VALUE.code()))
                .singleElement()
                .satisfies(f -> assertThat(f.path()).startsWith("manifest.json.output["));
        assertThat(result.sessionList()).allSatisfy(s -> assertThat(s.consent()).isNull());
    }

    @Test
    void reportsAFileTheManifestListsButTheDirectoryLacks() throws IOException {
        Files.delete(directory.resolve("Consent.ndjson"));

        ImportResult result = IMPORTER.importNdjson(directory);

        assertThat(result.findings(ImportCode.UNRESOLVED_REFERENCE.code()))
                .singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("manifest.json"));
        assertThat(result.sessions()).hasSize(SESSIONS.size());
    }

    @Test
    void skipsALineThatIsNotJsonAndReadsTheRest() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(directory.resolve("Procedure.ndjson")));
        lines.set(1, "{\"resourceType\":\"Procedure\",");
        Files.write(directory.resolve("Procedure.ndjson"), lines, StandardCharsets.UTF_8);

        ImportResult result = IMPORTER.importNdjson(directory);

        assertThat(result.findings(ImportCode.MALFORMED.code())).singleElement().satisfies(f -> assertThat(f.path())
                .isEqualTo("Procedure.ndjson:2"));
        assertThat(result.sessionList()).containsExactly(SESSIONS.get(0), SESSIONS.get(2), SESSIONS.get(3));
        assertThat(result.findings(ImportCode.UNMAPPED_RESOURCE.code())).isNotEmpty();
    }

    @Test
    void skipsALineOverTheSizeLimitWithoutHoldingIt() throws IOException {
        Files.writeString(
                directory.resolve("Observation.ndjson"),
                "{\"resourceType\":\"Observation\",\"id\":\"" + "x".repeat(300_000) + "\"}\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        FhirImporter tight = new FhirImporter(
                MappingOptions.defaults(), Catalog.builtIn(), ImportLimits.DEFAULT.withMaxBytes(200_000));

        ImportResult result = tight.importNdjson(directory);

        assertThat(result.findings(ImportCode.TOO_LARGE.code())).singleElement().satisfies(f -> assertThat(f.path())
                .startsWith("Observation.ndjson:"));
    }

    @Test
    void saysWhenALineIsOfAnotherTypeThanItsFileOrTheCountDiffers() throws IOException {
        String procedure =
                Files.readAllLines(directory.resolve("Procedure.ndjson")).get(0);
        Files.writeString(
                directory.resolve("Medication.ndjson"),
                procedure + "\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        ImportResult result = IMPORTER.importNdjson(directory);

        assertThat(result.findings(ImportCode.INCONSISTENT.code()))
                .extracting(Finding::path)
                .anySatisfy(p -> assertThat(p).startsWith("Medication.ndjson:"))
                .contains("manifest.json");
        assertThat(result.findings(ImportCode.DUPLICATE_RESOURCE.code())).isNotEmpty();
    }

    @Test
    void rejectsTooManyResources() throws IOException {
        FhirImporter tight = new FhirImporter(
                MappingOptions.defaults(), Catalog.builtIn(), ImportLimits.DEFAULT.withMaxResources(10));

        ImportResult result = tight.importNdjson(directory);

        assertThat(result.rejected()).isTrue();
        assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.code())
                .isEqualTo(ImportCode.TOO_LARGE.code()));
    }

    @Test
    void throwsWhenTheDirectoryCannotBeRead() {
        assertThatThrownBy(() -> IMPORTER.importNdjson(directory.resolve("missing")))
                .isInstanceOf(IOException.class);
    }

    @Test
    void readsAFileUrlAsTheFileOfThatNameInTheDirectoryOnly() throws IOException {
        rewriteManifest("\"file:[^\"]*/Consent.ndjson\"", "\"file:///etc/elsewhere/Consent.ndjson\"");

        ImportResult result = IMPORTER.importNdjson(directory);

        assertThat(result.allFindings()).isEmpty();
        assertThat(result.sessionList()).containsExactlyElementsOf(SESSIONS);
    }

    @Test
    void readsTheManifestFormOfEarlierVersions() throws IOException {
        Files.writeString(directory.resolve(NdjsonBulkWriter.MANIFEST), earlierManifest(), StandardCharsets.UTF_8);

        ImportResult result = IMPORTER.importNdjson(directory);

        assertThat(result.allFindings()).isEmpty();
        assertThat(result.sessionList()).containsExactlyElementsOf(SESSIONS);
    }

    /** The manifest as versions before 0.1.0 wrote it: plain file names, a format and the session count. */
    private String earlierManifest() throws IOException {
        StringBuilder output = new StringBuilder();
        try (var files = Files.list(directory)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".ndjson")).sorted().toList()) {
                String name = file.getFileName().toString();
                output.append(output.isEmpty() ? "" : ",")
                        .append("{\"type\":\"")
                        .append(name.replace(".ndjson", ""))
                        .append("\",\"url\":\"")
                        .append(name)
                        .append("\",\"count\":")
                        .append(Files.readAllLines(file).size())
                        .append('}');
            }
        }
        return "{\"format\":\"application/fhir+ndjson\",\"sessions\":" + SESSIONS.size() + ",\"output\":[" + output
                + "],\"error\":[]}";
    }

    private void rewriteManifest(String pattern, String to) throws IOException {
        Path manifest = directory.resolve(NdjsonBulkWriter.MANIFEST);
        Files.writeString(manifest, Files.readString(manifest).replaceAll(pattern, to), StandardCharsets.UTF_8);
    }
}
