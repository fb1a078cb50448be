package org.tpidoc.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpidoc.json.SessionJson;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.terminology.CodeSystems;
import org.tpidoc.validation.Finding;
import org.tpidoc.validation.Severity;

/**
 * Every entry of the shared {@code examples/expectations.json} that lists {@code billing}: exactly those
 * lines (code, units, modifiers), in that order; and the billing warnings of each example.
 */
class ExampleBillingTest {

    private static final String EXAMPLES = "/examples/";

    static Stream<Arguments> billedExamples() {
        JsonNode expectations = parse(resource("expectations.json"));
        return StreamSupport.stream(expectations.spliterator(), false)
                .filter(entry -> entry.has("billing"))
                .map(entry -> Arguments.of(entry.get("file").asText(), lines(entry.get("billing"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("billedExamples")
    void billsExactlyTheExpectedLines(String file, List<String> expected) {
        InjectionSession session = SessionJson.standard().read(resource(file));

        BillingSummary summary = BillingCalculator.standard().bill(session);

        assertThat(summary.lines())
                .extracting(l -> l.code() + " x" + l.units() + " " + l.modifiers())
                .containsExactlyElementsOf(expected);
        assertThat(summary.lines()).allSatisfy(l -> {
            assertThat(l.system()).isIn(CodeSystems.CPT, CodeSystems.HCPCS);
            assertThat(l.system()).isEqualTo(l.code().startsWith("J") ? CodeSystems.HCPCS : CodeSystems.CPT);
            assertThat(l.description()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("billedExamples")
    void pointsToTheIcd10CmIndicationsOfTheExample(String file, List<String> expected) {
        InjectionSession session = SessionJson.standard().read(resource(file));

        BillingSummary summary = BillingCalculator.standard().bill(session);

        List<String> icd = session.indications().stream()
                .filter(c -> c.system().equals(CodeSystems.ICD_10_CM))
                .map(c -> c.code())
                .toList();
        assertThat(summary.diagnoses()).extracting(c -> c.code()).containsExactlyElementsOf(icd);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # The steroid vials of the two older examples record no container: no JW/JZ, a warning at the
            # component. The full record's 1 mL single-dose vial and the toxin vial (single-dose by
            # catalogue) need none. The dry-needling example has only a SNOMED CT indication.
            neck-shoulder-lidocaine-triamcinolone.json   | container-unknown  | $.preparations[0].components[1]
            low-back-bupivacaine-methylprednisolone.json | container-unknown  | $.preparations[0].components[1]
            full-record-single-dose-steroid.json         | -                  | -
            botulinum-cervical-ultrasound.json           | -                  | -
            dry-needling-piriformis.json                 | diagnosis-missing  | $.indications
            """)
    void warnsAsACoderWouldNeedToKnow(String file, @Nullable String code, @Nullable String path) {
        InjectionSession session = SessionJson.standard().read(resource("sessions/" + file));

        BillingSummary summary = BillingCalculator.standard().bill(session);

        if (code == null) {
            assertThat(summary.findings()).isEmpty();
        } else {
            assertThat(summary.findings())
                    .extracting(Finding::severity, Finding::code, Finding::path)
                    .containsExactly(tuple(Severity.WARNING, code, path));
        }
    }

    private static List<String> lines(JsonNode billing) {
        List<String> lines = new ArrayList<>();
        billing.forEach(line -> {
            List<String> modifiers = new ArrayList<>();
            line.get("modifiers").forEach(m -> modifiers.add(m.asText()));
            lines.add(line.get("code").asText() + " x" + line.get("units").asInt() + " " + modifiers);
        });
        return lines;
    }

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = ExampleBillingTest.class.getResourceAsStream(EXAMPLES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + EXAMPLES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
