package org.tpidoc.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpidoc.fhir.api.Fhir;
import org.tpidoc.fhir.api.ImportResult;
import org.tpidoc.json.SessionJson;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.validation.Finding;

/**
 * Hand-written bundles of other systems ({@code import/foreign/<name>.json} or {@code .xml}) import to the
 * sessions and findings of {@code <name>.expected.json}: the sessions in our JSON form (an id written
 * {@code "@<identity>"} is the name-based id the importer derives from that identity), the findings as
 * {@code "<severity> <code> <path>"} in any order.
 */
class ImportForeignBundlesTest {

    private static final FhirImporter IMPORTER = FhirImporter.standard();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The foreign bundles, each beside its {@code .expected.json}. */
    static List<String> files() {
        return List.of(
                "snomed-sites-codeable-medication.json",
                "cpt-text-only-sites.json",
                "body-structure-targets.json",
                "searchset-two-procedures.json",
                "unknown-muscle-code.xml",
                "contained-medication-unlinked.json");
    }

    @Test
    void testsEveryForeignBundleOfTheFolder() throws IOException {
        try (Stream<Path> folder = Files.list(Path.of("src", "test", "resources", "import", "foreign"))) {
            List<String> bundles = folder.map(path -> path.getFileName().toString())
                    .filter(name -> !name.endsWith(".expected.json"))
                    .toList();

            assertThat(bundles).containsExactlyInAnyOrderElementsOf(files());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void importsTheExpectedSessionsAndFindings(String file) throws IOException {
        String base = file.substring(0, file.lastIndexOf('.'));
        JsonNode expected = MAPPER.readTree(ExampleSessions.text("import/foreign/" + base + ".expected.json"));

        ImportResult result = IMPORTER.importBundle(ExampleSessions.text("import/foreign/" + file));

        assertThat(result.rejected()).isFalse();
        assertThat(describe(result.allFindings())).containsExactlyInAnyOrderElementsOf(texts(expected.get("findings")));
        assertThat(result.sessionList()).containsExactlyElementsOf(sessions(expected.get("sessions")));
        assertThat(result.sessions()).allSatisfy(s -> assertThat(s.needsReview())
                .isEqualTo(s.findings().stream().anyMatch(Finding::needsReview)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void leavesAParsedBundleAsItWas(String file) {
        String text = ExampleSessions.text("import/foreign/" + file);
        IParser parser = file.endsWith(".xml")
                ? Fhir.context().newXmlParser()
                : Fhir.context().newJsonParser();
        Bundle bundle = parser.parseResource(Bundle.class, text);
        String before = parser.encodeResourceToString(bundle);

        ImportResult result = IMPORTER.importBundle(bundle);

        assertThat(result.sessions()).isNotEmpty();
        assertThat(parser.encodeResourceToString(bundle)).isEqualTo(before);
    }

    /** The sessions of the expectation, each {@code "@<identity>"} id replaced by the id derived from it. */
    static List<InjectionSession> sessions(JsonNode sessions) {
        List<InjectionSession> list = new ArrayList<>();
        for (JsonNode session : sessions) {
            ObjectNode copy = session.deepCopy();
            String id = copy.get("id").asText();
            if (id.startsWith("@")) {
                copy.put(
                        "id",
                        UUID.nameUUIDFromBytes(("tpidoc-import/" + id.substring(1)).getBytes(StandardCharsets.UTF_8))
                                .toString());
            }
            list.add(SessionJson.standard().read(copy.toString()));
        }
        return list;
    }

    static List<String> describe(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.severity().code() + " " + f.code() + " " + f.path())
                .toList();
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
