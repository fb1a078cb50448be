package org.tpidoc.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpidoc.json.SessionJson;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.terminology.CodeSystems;
import org.tpidoc.testkit.Example.Charge;
import org.tpidoc.testkit.Examples;
import org.tpidoc.validation.Finding;
import org.tpidoc.validation.Severity;

/**
 * Every entry of the shared {@code examples/expectations.json} that lists {@code billing}: exactly those
 * lines (code, units, modifiers), in that order; and the billing warnings of each example.
 */
class ExampleBillingTest {

    static Stream<Arguments> billedExamples() {
        return Examples.all().stream()
                .filter(example -> example.billing().isPresent())
                .map(example -> Arguments.of(
                        example.file(),
                        example.billing().orElseThrow().stream()
                                .map(Charge::line)
                                .toList()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("billedExamples")
    void billsExactlyTheExpectedLines(String file, List<String> expected) {
        InjectionSession session = read(file);

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
        InjectionSession session = read(file);

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
        InjectionSession session = read(file);

        BillingSummary summary = BillingCalculator.standard().bill(session);

        if (code == null) {
            assertThat(summary.findings()).isEmpty();
        } else {
            assertThat(summary.findings())
                    .extracting(Finding::severity, Finding::code, Finding::path)
                    .containsExactly(tuple(Severity.WARNING, code, path));
        }
    }

    private static InjectionSession read(String file) {
        return SessionJson.standard().read(Examples.text(file));
    }
}
