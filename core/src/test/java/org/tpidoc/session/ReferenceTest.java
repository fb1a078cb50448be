package org.tpidoc.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceTest {

    @Test
    void rejectsReferenceWithNeitherLiteralNorIdentifier() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Reference(null, null, "Dr. A. Lee"))
                .withMessage("a reference needs a reference or an identifier");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void rejectsBlankLiteralReference(String blank) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Reference.to(blank))
                .withMessage("reference must not be blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void rejectsBlankDisplay(String blank) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Reference.to("Practitioner/dr-lee", blank))
                .withMessage("display must not be blank when present");
    }

    @Test
    void acceptsIdentifierOnlyReference() {
        Reference reference = Reference.byIdentifier("urn:example:mrn", "MRN-000123");

        assertThat(reference.reference()).isNull();
        assertThat(reference.identifier()).isEqualTo(new Identifier("urn:example:mrn", "MRN-000123"));
        assertThat(reference.resourceType()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Patient/example-123  | Patient
            Encounter/visit-9    | Encounter
            Patient/1/_history/2 | Patient
            https://ehr.example/fhir/Patient/1 | Patient
            http://ehr.example/fhir/Practitioner/dr-lee/_history/3 | Practitioner
            example-123          |
            /example-123         |
            urn:uuid:0f2b1d3a    |
            Jane Doe/123         |
            https://ehr.example/ |
            """)
    void resourceTypeIsTheTypeBeforeTheId(String literal, String type) {
        assertThat(Reference.to(literal).resourceType().orElse(null)).isEqualTo(type);
    }

    @Test
    void rejectsMissingIdentifierPartsNamingThem() {
        String missing = null;
        assertThatNullPointerException()
                .isThrownBy(() -> new Identifier(missing, "MRN1"))
                .withMessage("identifier.system");
        assertThatNullPointerException()
                .isThrownBy(() -> new Identifier("urn:mrn", missing))
                .withMessage("identifier.value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void rejectsBlankIdentifierParts(String blank) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Identifier(blank, "MRN1"))
                .withMessage("identifier.system must not be blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Identifier("urn:mrn", blank))
                .withMessage("identifier.value must not be blank");
    }
}
