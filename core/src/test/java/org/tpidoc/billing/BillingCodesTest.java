package org.tpidoc.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tpidoc.session.Technique;
import org.tpidoc.terminology.CodeSystems;

class BillingCodesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            TRIGGER_POINT_INJECTION_1_2    | 20552 | trigger point injection, 1–2 muscles
            TRIGGER_POINT_INJECTION_3_PLUS | 20553 | trigger point injection, 3+ muscles
            DRY_NEEDLING_1_2               | 20560 | dry needling, 1–2 muscles
            DRY_NEEDLING_3_PLUS            | 20561 | dry needling, 3+ muscles
            ULTRASOUND_GUIDANCE            | 76942 | ultrasound guidance for needle placement
            """)
    void pinsEveryCptCodeWithOurOwnDescription(ProcedureCode procedure, String code, String description) {
        assertThat(procedure.code()).isEqualTo(code);
        assertThat(procedure.description()).isEqualTo(description);
        assertThat(procedure.system()).isEqualTo(CodeSystems.CPT).isEqualTo("http://www.ama-assn.org/go/cpt");
        assertThat(procedure.line()).isEqualTo(new ChargeLine(CodeSystems.CPT, code, 1, List.of(), description));
    }

    @Test
    void hasExactlyTheFiveCptCodesOfTerminology() {
        assertThat(ProcedureCode.values()).hasSize(5);
    }

    @ParameterizedTest
    @CsvSource({
        "INJECTION,    1, TRIGGER_POINT_INJECTION_1_2",
        "INJECTION,    2, TRIGGER_POINT_INJECTION_1_2",
        "INJECTION,    3, TRIGGER_POINT_INJECTION_3_PLUS",
        "INJECTION,   12, TRIGGER_POINT_INJECTION_3_PLUS",
        "DRY_NEEDLING, 1, DRY_NEEDLING_1_2",
        "DRY_NEEDLING, 2, DRY_NEEDLING_1_2",
        "DRY_NEEDLING, 3, DRY_NEEDLING_3_PLUS",
    })
    void choosesTheProcedureByTechniqueAndMuscleCount(Technique technique, int muscles, ProcedureCode expected) {
        assertThat(ProcedureCode.forMuscles(technique, muscles)).contains(expected);
    }

    @Test
    void hasNoProcedureForNoMuscles() {
        assertThat(ProcedureCode.forMuscles(Technique.INJECTION, 0)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> ProcedureCode.forMuscles(Technique.INJECTION, -1));
    }

    @Test
    void listsTheNonBillableHeadersOfTerminology() {
        assertThat(Icd10CmHeaders.all()).containsExactly("M79.1", "M54.5", "R10.2");
        assertThat(Icd10CmHeaders.isHeader("M79.1")).isTrue();
        assertThat(Icd10CmHeaders.isHeader("M79.18")).isFalse();
        assertThat(Icd10CmHeaders.isHeader("M54.50")).isFalse();
        assertThat(Icd10CmHeaders.billableCodesUnder("M79.1")).containsExactly("M79.10", "M79.11", "M79.12", "M79.18");
        assertThat(Icd10CmHeaders.billableCodesUnder("M54.5")).containsExactly("M54.50", "M54.59");
        assertThat(Icd10CmHeaders.billableCodesUnder("R10.2")).containsExactly("R10.20", "R10.21", "R10.22", "R10.23");
        assertThat(Icd10CmHeaders.billableCodesUnder("M79.18")).isEmpty();
    }

    @Test
    void pinsTheModifiers() {
        assertThat(ChargeLine.DISCARDED).isEqualTo("JW");
        assertThat(ChargeLine.NOTHING_DISCARDED).isEqualTo("JZ");
    }

    @Test
    void rejectsAChargeLineWithoutUnits() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ChargeLine(CodeSystems.HCPCS, "J3301", 0, List.of(), "x"))
                .withMessageContaining("units");
    }

    @Test
    void roundsBillingUnitsUpButIgnoresArithmeticNoise() {
        assertThat(DrugLines.units(new java.math.BigDecimal("40"), java.math.BigDecimal.TEN))
                .isEqualTo(4);
        assertThat(DrugLines.units(new java.math.BigDecimal("40.01"), java.math.BigDecimal.TEN))
                .isEqualTo(5);
        assertThat(DrugLines.units(new java.math.BigDecimal("45"), java.math.BigDecimal.TEN))
                .isEqualTo(5);
        assertThat(DrugLines.units(new java.math.BigDecimal("80.00000000000001"), java.math.BigDecimal.TEN))
                .isEqualTo(8);
        assertThat(DrugLines.units(new java.math.BigDecimal("0.5"), java.math.BigDecimal.ONE))
                .isEqualTo(1);
    }
}
