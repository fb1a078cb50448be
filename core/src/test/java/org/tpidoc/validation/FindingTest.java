package org.tpidoc.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One finding shape for the session's JSON paths and FHIR paths alike. */
class FindingTest {

    @ParameterizedTest
    @ValueSource(strings = {"$", "$.sites[0].volumeMl", "Bundle.entry[0].resource.status", "manifest.json"})
    void acceptsAnyPathThatIsNotBlank(String path) {
        assertThat(new Finding(Severity.WARNING, "some-code", path, "a message").path())
                .isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void rejectsABlankPathOrCode(String blank) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Finding(Severity.ERROR, "some-code", blank, "a message"))
                .withMessage("path must not be blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Finding(Severity.ERROR, blank, "$", "a message"))
                .withMessage("code must not be blank");
    }

    @ParameterizedTest
    @CsvSource({"ERROR, true, true", "WARNING, false, true", "INFO, false, false"})
    void saysWhetherItIsAnErrorAndWhetherItNeedsReview(Severity severity, boolean error, boolean review) {
        Finding finding = new Finding(severity, "some-code", "$", "a message");

        assertThat(finding.isError()).isEqualTo(error);
        assertThat(finding.needsReview()).isEqualTo(review);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ERROR   | error dangling-reference Bundle.entry[2].resource.subject: no such entry
            WARNING | warning dangling-reference Bundle.entry[2].resource.subject: no such entry
            INFO    | info dangling-reference Bundle.entry[2].resource.subject: no such entry
            """)
    void describesItselfOnOneLine(Severity severity, String line) {
        assertThat(new Finding(severity, "dangling-reference", "Bundle.entry[2].resource.subject", "no such entry")
                        .describe())
                .isEqualTo(line);
    }
}
