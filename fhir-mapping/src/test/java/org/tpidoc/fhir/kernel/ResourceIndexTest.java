package org.tpidoc.fhir.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourceIndexTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "Patient/123,                                        Patient/123",
        "Patient/123/_history/2,                             Patient/123",
        "https://ehr.example.org/fhir/Practitioner/dr-lee,   Practitioner/dr-lee",
        "https://ehr.example.org/fhir/Patient/7/_history/3,  Patient/7",
        "Patient,                                            ''",
        "patient/123,                                        ''",
        "Patient/has space,                                  ''",
        "Patient?identifier=abc,                             ''"
    })
    void readsTheTypeAndIdOfRelativeAbsoluteAndVersionedReferences(String literal, String expected) {
        String typeAndId = ResourceIndex.typeAndId(literal);

        assertThat(typeAndId == null ? "" : typeAndId).isEqualTo(expected);
        assertThat(ResourceIndex.typeOf(literal))
                .isEqualTo(expected.isEmpty() ? null : expected.substring(0, expected.indexOf('/')));
    }
}
