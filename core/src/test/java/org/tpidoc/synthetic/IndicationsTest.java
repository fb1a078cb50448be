package org.tpidoc.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tpidoc.billing.Icd10CmHeaders;
import org.tpidoc.terminology.CodeSystems;
import org.tpidoc.terminology.Concept;

/** Pins every indication the generator may emit to terminology.md, code and display. */
class IndicationsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            icd    | M79.10    | Myalgia, unspecified site
            icd    | M79.11    | Myalgia of mastication muscle
            icd    | M79.12    | Myalgia of auxiliary muscles, head and neck
            icd    | M79.18    | Myalgia, other site
            icd    | M79.7     | Fibromyalgia
            icd    | G44.209   | Tension-type headache, unspecified, not intractable
            icd    | G44.219   | Episodic tension-type headache, not intractable
            icd    | G44.221   | Chronic tension-type headache, intractable
            icd    | G44.229   | Chronic tension-type headache, not intractable
            icd    | G44.86    | Cervicogenic headache
            icd    | G57.01    | Lesion of sciatic nerve, right lower limb
            icd    | G57.02    | Lesion of sciatic nerve, left lower limb
            icd    | G57.03    | Lesion of sciatic nerve, bilateral lower limbs
            icd    | S13.4XXA  | Sprain of ligaments of cervical spine, initial encounter
            icd    | M54.2     | Cervicalgia
            icd    | M54.50    | Low back pain, unspecified
            icd    | M54.59    | Other low back pain
            icd    | M62.830   | Muscle spasm of back
            icd    | M62.838   | Other muscle spasm
            icd    | G89.29    | Other chronic pain
            icd    | G89.4     | Chronic pain syndrome
            snomed | 726531007 | Myofascial pain syndrome
            snomed | 279062009 | Myofascial pain
            snomed | 762239006 | Myofascial pain with referral
            snomed | 279030006 | Myofascial pain syndrome of neck
            snomed | 279036000 | Myofascial pain syndrome of thorax
            snomed | 279041008 | Myofascial pain syndrome of lower back
            snomed | 203082005 | Fibromyalgia
            snomed | 398057008 | Tension-type headache
            snomed | 230470007 | Episodic tension-type headache
            snomed | 230471006 | Chronic tension-type headache
            snomed | 129179000 | Piriformis syndrome
            snomed | 39848009  | Whiplash injury to neck
            snomed | 81680005  | Neck pain
            snomed | 279039007 | Low back pain
            snomed | 278860009 | Chronic low back pain
            snomed | 95418008  | Muscle spasm of head and/or neck
            snomed | 279016001 | Cervicogenic headache
            """)
    void holdsTheIndicationOfTerminology(String system, String code, String display) {
        String uri = system.equals("icd") ? CodeSystems.ICD_10_CM : CodeSystems.SNOMED_CT;

        assertThat(Indications.ALL).contains(new Concept(uri, code, display));
    }

    @Test
    void holdsNoOtherIndicationAndNoHeaderCode() {
        assertThat(Indications.ALL).hasSize(38).doesNotHaveDuplicates();
        List<String> icd = Indications.ALL.stream()
                .filter(c -> c.system().equals(CodeSystems.ICD_10_CM))
                .map(Concept::code)
                .collect(Collectors.toList());
        assertThat(icd).noneMatch(Icd10CmHeaders::isHeader);
        assertThat(Indications.ALL).noneMatch(c -> c.code().equals("24693007"));
    }
}
