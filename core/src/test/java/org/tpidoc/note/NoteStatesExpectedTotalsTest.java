package org.tpidoc.note;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpidoc.catalog.Catalog;

/**
 * The medications administered of each example's note state the session totals that {@code
 * examples/expectations.json} (shared with the other packages) expects, e.g. {@code "lidocaine 40 mg"}.
 */
class NoteStatesExpectedTotalsTest {

    static List<Arguments> expectedTotals() throws IOException {
        JsonNode expectations = new ObjectMapper()
                .readTree(Path.of("src", "test", "resources", "examples", "expectations.json")
                        .toFile());
        List<Arguments> totals = new ArrayList<>();
        for (JsonNode example : expectations) {
            String file = example.get("file").asText();
            String name = file.substring(file.lastIndexOf('/') + 1, file.length() - ".json".length());
            for (var dose : example.path("doses").properties()) {
                totals.add(
                        Arguments.of(name, dose.getKey() + " " + dose.getValue().asText()));
            }
        }
        return totals;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("expectedTotals")
    void medicationsAdministeredStateTheExpectedTotal(String example, String total) {
        ProcedureNote note = ProcedureNote.of(ExampleSessions.read(example), Catalog.builtIn());

        NoteBlock.Items medications = (NoteBlock.Items)
                note.section("medications").orElseThrow().blocks().get(0);
        assertThat(medications.items()).anySatisfy(line -> assertThat(line).startsWith(total + " from "));
    }
}
