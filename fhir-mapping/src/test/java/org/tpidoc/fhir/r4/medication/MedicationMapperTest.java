package org.tpidoc.fhir.r4.medication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.tpidoc.fhir.ExampleSessions.context;
import static org.tpidoc.fhir.ExampleSessions.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.Medication.MedicationIngredientComponent;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.Test;
import org.tpidoc.fhir.ExampleSessions;
import org.tpidoc.fhir.MappingOptions;
import org.tpidoc.fhir.r4.datatype.Extensions;
import org.tpidoc.session.Component;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.Preparation;
import org.tpidoc.terminology.CodeSystems;

class MedicationMapperTest {

    private static final String COMPONENT = MappingOptions.defaults().extension(Extensions.PREPARATION_COMPONENT);

    @Test
    void givesOneMedicationPerPreparationWithAnIngredientPerComponent() {
        List<Medication> medications = MedicationMapper.map(context(read(ExampleSessions.NECK_SHOULDER)));

        assertThat(medications).singleElement().satisfies(medication -> {
            assertThat(medication.getCode().getText())
                    .isEqualTo("Preparation A: lidocaine hydrochloride 10 mg/mL 4 mL"
                            + " + triamcinolone acetonide 40 mg/mL 1 mL");
            assertThat(medication.getIngredient())
                    .extracting(i -> i.getItemCodeableConcept().getText())
                    .containsExactly("lidocaine", "triamcinolone");
        });
    }

    @Test
    void codesIngredientsOnlyWithTheCodesTerminologyMdHas() {
        MedicationIngredientComponent lidocaine = MedicationMapper.map(context(read(ExampleSessions.NECK_SHOULDER)))
                .get(0)
                .getIngredientFirstRep();

        assertThat(lidocaine.getItemCodeableConcept().getCoding())
                .extracting(Coding::getSystem, Coding::getCode)
                .containsExactly(
                        tuple(CodeSystems.RXNORM, "6387"),
                        tuple(CodeSystems.SNOMED_CT, "387480006"),
                        tuple(CodeSystems.ATC, "N01BB02"));
    }

    @Test
    void givesALiquidsStrengthPerMillilitre() {
        MedicationIngredientComponent lidocaine = MedicationMapper.map(context(read(ExampleSessions.NECK_SHOULDER)))
                .get(0)
                .getIngredientFirstRep();

        assertThat(lidocaine.getIsActive()).isTrue();
        assertThat(lidocaine.getStrength().getNumerator().getValue()).isEqualByComparingTo("10");
        assertThat(lidocaine.getStrength().getNumerator().getCode()).isEqualTo("mg");
        assertThat(lidocaine.getStrength().getDenominator().getValue()).isEqualByComparingTo("1");
        assertThat(lidocaine.getStrength().getDenominator().getCode()).isEqualTo("mL");
    }

    @Test
    void givesAPowdersUnitsPerVialAndMarksTheDiluentInactive() {
        Medication toxin =
                MedicationMapper.map(context(read(ExampleSessions.BOTULINUM))).get(0);

        MedicationIngredientComponent powder = toxin.getIngredient().get(0);
        MedicationIngredientComponent diluent = toxin.getIngredient().get(1);
        assertThat(powder.getItemCodeableConcept().getCoding())
                .extracting(Coding::getSystem, Coding::getCode)
                .containsExactly(tuple(CodeSystems.ATC, "M03AX01"));
        assertThat(powder.getStrength().getNumerator().getCode()).isEqualTo("[arb'U]");
        assertThat(powder.getStrength().getNumerator().getUnit()).isEqualTo("units");
        assertThat(powder.getStrength().getDenominator().getUnit()).isEqualTo("vial");
        assertThat(powder.getIsActive()).isTrue();
        assertThat(diluent.getIsActive()).isFalse();
    }

    @Test
    void setsTheBatchWhenOneLotIsRecordedAndKeepsEveryComponentsLot() {
        Medication toxin =
                MedicationMapper.map(context(read(ExampleSessions.BOTULINUM))).get(0);
        Medication mixture = MedicationMapper.map(context(read(ExampleSessions.NECK_SHOULDER)))
                .get(0);

        assertThat(toxin.getBatch().getLotNumber()).isEqualTo("C5521C3");
        assertThat(toxin.getBatch().getExpirationDateElement().getValueAsString())
                .isEqualTo("2027-05-31");
        assertThat(mixture.hasBatch()).isFalse();
        assertThat(mixture.getIngredient())
                .extracting(i -> i.getExtensionByUrl(COMPONENT)
                        .getExtensionByUrl("lotNumber")
                        .getValue()
                        .primitiveValue())
                .containsExactly("LD2291", "TA0412");
    }

    @Test
    void keepsEachComponentAsDrawnUp() {
        Medication toxin =
                MedicationMapper.map(context(read(ExampleSessions.BOTULINUM))).get(0);

        Extension powder = toxin.getIngredient().get(0).getExtensionByUrl(COMPONENT);
        Extension diluent = toxin.getIngredient().get(1).getExtensionByUrl(COMPONENT);
        assertThat(((Coding) powder.getExtensionByUrl("product").getValue()).getCode())
                .isEqualTo("onabotulinumtoxina-100-unit-vial");
        assertThat(((Quantity) powder.getExtensionByUrl("amount").getValue()).getValue())
                .isEqualByComparingTo("100");
        assertThat(((Quantity) diluent.getExtensionByUrl("volume").getValue()).getValue())
                .isEqualByComparingTo("2");
        assertThat(toxin.getExtensionByUrl(MappingOptions.defaults().extension(Extensions.PREPARATION_ID))
                        .getValue()
                        .primitiveValue())
                .isEqualTo("T");
    }

    @Test
    void codesASingleProductPreparationWithTheProductsCodes() {
        InjectionSession session = read(ExampleSessions.NECK_SHOULDER).toBuilder()
                .preparations(List.of(Preparation.of(
                        "S",
                        Component.liquid("sodium-chloride-9mg-ml", BigDecimal.TEN)
                                .withBatch("NS1", LocalDate.of(2028, 1, 31)))))
                .build();

        CodeableConcept code = MedicationMapper.map(context(session)).get(0).getCode();

        assertThat(code.getText()).isEqualTo("sodium chloride 9 mg/mL (0.9%)");
        assertThat(code.getCoding())
                .extracting(Coding::getSystem, Coding::getCode)
                .containsExactly(tuple(CodeSystems.RXNORM, "313002"));
    }

    @Test
    void givesNoMedicationForDryNeedling() {
        assertThat(MedicationMapper.map(context(read(ExampleSessions.DRY_NEEDLING))))
                .isEmpty();
    }
}
