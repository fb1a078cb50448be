package org.tpidoc.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpidoc.fhir.api.BundleKind;
import org.tpidoc.json.SessionJson;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.testkit.Example;
import org.tpidoc.testkit.Examples;
import org.tpidoc.validation.Finding;

/**
 * The FHIR validator's warnings on the export of the valid examples, pinned by HAPI message id: for each
 * bundle kind and for the NDJSON resources (each resource validated on its own), how many warnings of each
 * id the examples give together, with the default options. A new id, an id gone or a changed count fails
 * the test, which names the id with one of its messages: look at it, then fix the export or pin it here.
 * Errors are pinned at none by {@code FhirExporterTest}.
 */
class ValidationWarningsTest {

    /**
     * The pinned warnings: form | HAPI message id | warnings over every valid example. Why each stays:
     * docs/fhir-export.md ("Warnings every bundle carries").
     */
    private static final String PINNED = """
            # form      | HAPI message id                        | count
            transaction | Terminology_PassThrough_TX_Message     | 22
            transaction | Terminology_TX_NoValid_2_CC            | 5
            collection  | Terminology_PassThrough_TX_Message     | 22
            collection  | Terminology_TX_NoValid_2_CC            | 5
            # documents also get HAPI 8.8.0's own failure on the LOINC document type (Composition.type)
            document    | Terminology_PassThrough_TX_Message     | 22
            document    | Terminology_TX_Error_CodeableConcept   | 5
            document    | Terminology_TX_NoValid_2_CC            | 5
            ndjson      | Terminology_PassThrough_TX_Message     | 22
            ndjson      | Terminology_TX_NoValid_2_CC            | 5
            """;

    private static final FhirExporter EXPORTER = FhirExporter.standard();
    private static final String NDJSON = "ndjson";

    /** The bundle kinds by name, and {@value #NDJSON} for the session's resources on their own. */
    static Stream<String> forms() {
        return Stream.concat(Stream.of(BundleKind.values()).map(ValidationWarningsTest::form), Stream.of(NDJSON));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void warnsWithExactlyThePinnedMessageIds(String form) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, String> firstMessages = new TreeMap<>();
        int validated = 0;
        int expectedValidations = 0;
        for (Example example : Examples.valid()) {
            List<Resource> exported = export(form, read(example));
            expectedValidations += exported.size();
            for (Resource resource : exported) {
                FhirValidationResult result = FhirValidation.shared().validate(resource);
                validated++;
                assertThat(result.errors()).as("%s as %s", example, form).isEmpty();
                for (Finding warning : result.warnings()) {
                    String id = warning.code();
                    counts.merge(id, 1, Integer::sum);
                    firstMessages.putIfAbsent(id, example + " " + warning.path() + ": " + warning.message());
                }
            }
        }

        assertThat(validated)
                .as("resources validated")
                .isEqualTo(expectedValidations)
                .isPositive();
        Map<String, Integer> pinned = pinned(form);
        assertThat(counts)
                .as("warnings of the %s form by message id; %s", form, differences(pinned, counts, firstMessages))
                .isEqualTo(pinned);
    }

    private static List<Resource> export(String form, InjectionSession session) {
        if (form.equals(NDJSON)) {
            return EXPORTER.toResources(session);
        }
        return List.of(EXPORTER.toBundle(session, BundleKind.valueOf(form.toUpperCase(Locale.ROOT))));
    }

    private static InjectionSession read(Example example) {
        return SessionJson.standard().read(example.text());
    }

    private static String form(BundleKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** The pinned counts of {@code form}, from {@link #PINNED}. */
    private static Map<String, Integer> pinned(String form) {
        Map<String, Integer> counts = new TreeMap<>();
        PINNED.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .forEach(line -> {
                    String[] cells = line.split("\\|");
                    if (cells[0].strip().equals(form)) {
                        counts.put(cells[1].strip(), Integer.parseInt(cells[2].strip()));
                    }
                });
        return counts;
    }

    /** What differs, in words: every new id with one of its messages, every id gone, every changed count. */
    private static String differences(
            Map<String, Integer> pinned, Map<String, Integer> actual, Map<String, String> firstMessages) {
        List<String> lines = new ArrayList<>();
        Set<String> ids = new TreeSet<>(pinned.keySet());
        ids.addAll(actual.keySet());
        Map<String, String> changes = new LinkedHashMap<>();
        for (String id : ids) {
            Integer was = pinned.get(id);
            Integer now = actual.get(id);
            if (was == null) {
                changes.put(id, "NEW warning id, " + now + " x, e.g. " + firstMessages.get(id));
            } else if (now == null) {
                changes.put(id, "gone (pinned " + was + ")");
            } else if (!was.equals(now)) {
                changes.put(id, now + " x, pinned " + was);
            }
        }
        changes.forEach((id, change) -> lines.add(id + ": " + change));
        return lines.isEmpty() ? "as pinned" : String.join("\n", lines);
    }
}
