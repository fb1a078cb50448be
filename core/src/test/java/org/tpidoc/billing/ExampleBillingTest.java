package org.tpidoc.billing;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpidoc.json.SessionJson;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.terminology.CodeSystems;

/**
 * Every entry of the shared {@code examples/expectations.json} that lists {@code billing}: exactly those
 * lines (code, units, modifiers), in that order.
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
        // The dry-needling example has only a SNOMED CT indication: nothing to point a claim to.
        assertThat(summary.findings().isEmpty()).isEqualTo(!icd.isEmpty());
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
