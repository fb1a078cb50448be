package org.tpidoc.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpidoc.fhir.api.ImportResult;

/**
 * Finding messages name elements and codes, never what the input says about the patient: no reference,
 * identifier value, display, name or free text of the input appears in a message.
 */
class ImportPrivacyTest {

    private static final Set<String> PERSONAL = Set.of("reference", "value", "display", "text", "name", "note");

    /** The JSON foreign bundles (their personal values are collected as JSON). */
    static Stream<String> jsonFiles() {
        return ImportForeignBundlesTest.files().stream().filter(file -> file.endsWith(".json"));
    }

    @ParameterizedTest
    @MethodSource("jsonFiles")
    void keepsPatientDataOutOfMessages(String file) throws IOException {
        String input = ExampleSessions.text("import/foreign/" + file);
        List<String> personal = new ArrayList<>();
        collect(new ObjectMapper().readTree(input), personal);

        ImportResult result = FhirImporter.standard().importBundle(input);

        assertThat(personal).isNotEmpty();
        assertThat(result.allFindings()).isNotEmpty().allSatisfy(finding -> assertThat(personal)
                .noneMatch(value -> finding.message().contains(value)));
    }

    /**
     * The string values of personal fields, but for plain lower-case words ({@code left}, {@code lidocaine}):
     * those are vocabulary the messages may use, not data.
     */
    private static void collect(JsonNode node, List<String> values) {
        node.properties().forEach(field -> {
            String value = field.getValue().asText();
            if (PERSONAL.contains(field.getKey())
                    && field.getValue().isTextual()
                    && value.length() >= 4
                    && !value.matches("[a-z]+")) {
                values.add(value);
            }
            collect(field.getValue(), values);
        });
        if (node.isArray()) {
            node.forEach(item -> collect(item, values));
        }
    }
}
