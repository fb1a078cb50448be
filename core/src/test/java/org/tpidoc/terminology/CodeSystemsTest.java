package org.tpidoc.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pins every code system URI to terminology.md's table. */
class CodeSystemsTest {

    /** terminology.md, "Code system URIs", by constant name. */
    private static final Map<String, String> PINNED = Map.of(
            "SNOMED_CT", "http://snomed.info/sct",
            "RXNORM", "http://www.nlm.nih.gov/research/umls/rxnorm",
            "LOINC", "http://loinc.org",
            "CPT", "http://www.ama-assn.org/go/cpt",
            "HCPCS", "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
            "HCPCS_HTTP", "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
            "ICD_10_CM", "http://hl7.org/fhir/sid/icd-10-cm",
            "NDC", "http://hl7.org/fhir/sid/ndc",
            "UCUM", "http://unitsofmeasure.org",
            "ATC", "http://www.whocc.no/atc");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SNOMED_CT  | http://snomed.info/sct
            RXNORM     | http://www.nlm.nih.gov/research/umls/rxnorm
            LOINC      | http://loinc.org
            CPT        | http://www.ama-assn.org/go/cpt
            HCPCS      | https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets
            HCPCS_HTTP | http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets
            ICD_10_CM  | http://hl7.org/fhir/sid/icd-10-cm
            NDC        | http://hl7.org/fhir/sid/ndc
            UCUM       | http://unitsofmeasure.org
            ATC        | http://www.whocc.no/atc
            """)
    void codeSystemUriIsTheOneInTerminology(String constant, String uri) throws ReflectiveOperationException {
        assertThat(CodeSystems.class.getField(constant).get(null)).isEqualTo(uri);
        assertThat(PINNED).containsEntry(constant, uri);
    }

    @Test
    void everyCodeSystemUriConstantIsPinned() {
        Map<String, Object> constants = Arrays.stream(CodeSystems.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .filter(f -> !f.getName().equals("DEFAULT_OWN_BASE"))
                .collect(Collectors.toMap(Field::getName, CodeSystemsTest::valueOf));
        assertThat(constants).isEqualTo(PINNED);
    }

    @Test
    void ownCodeSystemsLiveUnderTheTpidocBase() {
        assertThat(CodeSystems.DEFAULT_OWN_BASE).isEqualTo("https://tpidoc.github.io/fhir/CodeSystem");
        assertThat(CodeSystems.own("risk")).isEqualTo("https://tpidoc.github.io/fhir/CodeSystem/risk");
    }

    @Test
    void ownCodeSystemUnderAConfiguredBaseHasOneSlash() {
        assertThat(CodeSystems.own("https://vendor.example/cs", "finding"))
                .isEqualTo("https://vendor.example/cs/finding");
        assertThat(CodeSystems.own("https://vendor.example/cs/", "finding"))
                .isEqualTo("https://vendor.example/cs/finding");
    }

    @Test
    void recognisesHcpcsOverHttpsAndHttp() {
        assertThat(CodeSystems.isHcpcs("https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"))
                .isTrue();
        assertThat(CodeSystems.isHcpcs("http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"))
                .isTrue();
        assertThat(CodeSystems.isHcpcs("http://www.ama-assn.org/go/cpt")).isFalse();
    }

    private static Object valueOf(Field field) {
        try {
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
