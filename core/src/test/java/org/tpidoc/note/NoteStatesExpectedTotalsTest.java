package org.tpidoc.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.testkit.Examples;

/**
 * The medications administered of each example's note state the session totals that {@code
 * examples/expectations.json} (shared with the other modules) expects, e.g. {@code "lidocaine 40 mg"}.
 */
class NoteStatesExpectedTotalsTest {

    static List<Arguments> expectedTotals() {
        return Examples.all().stream()
                .flatMap(example -> example.doses().entrySet().stream()
                        .map(dose -> Arguments.of(example.name(), dose.getKey() + " " + dose.getValue())))
                .toList();
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
