package org.tpidoc.fhir.resource.medication;

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
import org.hl7.fhir.r4.model.Ratio;
import org.junit.jupiter.api.Test;
import org.tpidoc.fhir.ExampleSessions;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.session.Component;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.Preparation;
import org.tpidoc.terminology.CodeSystems;

class MedicationTranslatorTest {

    private static final String COMPONENT = MappingOptions.defaults().extension(Extensions.PREPARATION_COMPONENT);

    @Test
    void givesOneMedicationPerPreparationWithAnIngredientPerComponent() {
        List<Medication> medications = MedicationTranslator.toFhir(context(read(ExampleSessions.NECK_SHOULDER)));

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
        MedicationIngredientComponent lidocaine = MedicationTranslator.toFhir(
                        context(read(ExampleSessions.NECK_SHOULDER)))
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
    void givesEachIngredientsStrengthInThePreparationAsMixed() {
        // 4 mL lidocaine 10 mg/mL + 1 mL triamcinolone 40 mg/mL: 40 mg of each in 5 mL, 8 mg/mL of each
        Medication mixture = MedicationTranslator.toFhir(context(read(ExampleSessions.NECK_SHOULDER)))
                .get(0);

        assertThat(mixture.getIngredient())
                .extracting(
                        i -> i.getStrength().getNumerator().getValue().toPlainString(),
                        i -> i.getStrength().getNumerator().getCode(),
                        i -> i.getStrength().getDenominator().getValue().toPlainString(),
                        i -> i.getStrength().getDenominator().getCode())
                .containsExactly(tuple("8", "mg", "1", "mL"), tuple("8", "mg", "1", "mL"));
        assertThat(mixture.getIngredientFirstRep().getIsActive()).isTrue();
    }

    @Test
    void givesASingleLiquidsStrengthAsItsOwnConcentration() {
        InjectionSession session = read(ExampleSessions.NECK_SHOULDER).toBuilder()
                .preparations(List.of(Preparation.of("A", Component.liquid("lidocaine-10mg-ml", new BigDecimal("5")))))
                .build();

        Ratio strength = MedicationTranslator.toFhir(context(session))
                .get(0)
                .getIngredientFirstRep()
                .getStrength();

        assertThat(strength.getNumerator().getValue()).isEqualByComparingTo("10");
        assertThat(strength.getDenominator().getValue()).isEqualByComparingTo("1");
    }

    @Test
    void keepsAStrengthThatDoesNotDivideExactlyAsTheAmountOverTheVolume() {
        // 40 mg triamcinolone in 3 mL is 13.333... mg/mL: stated as 40 mg / 3 mL, never rounded
        InjectionSession session = read(ExampleSessions.NECK_SHOULDER).toBuilder()
                .preparations(List.of(Preparation.of(
                        "A",
                        Component.liquid("lidocaine-10mg-ml", new BigDecimal("2")),
                        Component.liquid("triamcinolone-acetonide-40mg-ml", BigDecimal.ONE))))
                .build();

        List<MedicationIngredientComponent> ingredients =
                MedicationTranslator.toFhir(context(session)).get(0).getIngredient();

        assertThat(ingredients)
                .extracting(
                        i -> i.getStrength().getNumerator().getValue().toPlainString(),
                        i -> i.getStrength().getDenominator().getValue().toPlainString())
                .containsExactly(tuple("20", "3"), tuple("40", "3"));
    }

    @Test
    void givesAPowdersUnitsPerMillilitreOfTheLiquidAndMarksTheDiluentInactive() {
        // 100 units reconstituted with 2 mL saline: 50 units/mL; saline 18 mg in 2 mL: 9 mg/mL
        Medication toxin = MedicationTranslator.toFhir(context(read(ExampleSessions.BOTULINUM)))
                .get(0);

        MedicationIngredientComponent powder = toxin.getIngredient().get(0);
        MedicationIngredientComponent diluent = toxin.getIngredient().get(1);
        assertThat(powder.getItemCodeableConcept().getCoding())
                .extracting(Coding::getSystem, Coding::getCode)
                .containsExactly(tuple(CodeSystems.ATC, "M03AX01"));
        assertThat(powder.getStrength().getNumerator().getValue()).isEqualByComparingTo("50");
        assertThat(powder.getStrength().getNumerator().getCode()).isEqualTo("[arb'U]");
        assertThat(powder.getStrength().getNumerator().getUnit()).isEqualTo("units");
        assertThat(powder.getStrength().getDenominator().getCode()).isEqualTo("mL");
        assertThat(diluent.getStrength().getNumerator().getValue()).isEqualByComparingTo("9");
        assertThat(powder.getIsActive()).isTrue();
        assertThat(diluent.getIsActive()).isFalse();
    }

    @Test
    void givesNoStrengthWhenThePreparationHoldsNoLiquid() {
        InjectionSession session = read(ExampleSessions.BOTULINUM).toBuilder()
                .preparations(List.of(Preparation.of(
                        "T", Component.powder("onabotulinumtoxina-100-unit-vial", new BigDecimal("100")))))
                .build();

        MedicationIngredientComponent powder =
                MedicationTranslator.toFhir(context(session)).get(0).getIngredientFirstRep();

        assertThat(powder.hasStrength()).isFalse();
        assertThat(powder.getExtensionByUrl(COMPONENT).getExtensionByUrl("concentration"))
                .isNotNull();
    }

    @Test
    void keepsTheStockProductsOwnConcentrationInTheComponent() {
        Medication mixture = MedicationTranslator.toFhir(context(read(ExampleSessions.NECK_SHOULDER)))
                .get(0);
        Medication toxin = MedicationTranslator.toFhir(context(read(ExampleSessions.BOTULINUM)))
                .get(0);

        assertThat(mixture.getIngredient())
                .extracting(
                        i -> concentration(i).getNumerator().getValue().toPlainString(),
                        i -> concentration(i).getDenominator().getCode())
                .containsExactly(tuple("10", "mL"), tuple("40", "mL"));
        assertThat(concentration(toxin.getIngredientFirstRep()).getNumerator().getValue())
                .isEqualByComparingTo("100");
        assertThat(concentration(toxin.getIngredientFirstRep()).getDenominator().getUnit())
                .isEqualTo("vial");
    }

    @Test
    void keepsEachComponentsContainerKindAndVolume() {
        Medication medication = MedicationTranslator.toFhir(context(read("full-record-single-dose-steroid.json")))
                .get(0);

        assertThat(medication.getIngredient())
                .extracting(i -> container(i).getExtensionByUrl("kind").getValue() instanceof Coding kind
                        ? kind.getSystem() + "#" + kind.getCode()
                        : null)
                .containsExactly(
                        MappingOptions.defaults().codeSystem("container-kind") + "#multi-dose",
                        MappingOptions.defaults().codeSystem("container-kind") + "#single-dose");
        assertThat(container(medication.getIngredient().get(0)).getExtensionByUrl("volume"))
                .isNull();
        assertThat(((Quantity) container(medication.getIngredient().get(1))
                                .getExtensionByUrl("volume")
                                .getValue())
                        .getValue())
                .isEqualByComparingTo("1");
    }

    @Test
    void writesNoContainerWhereNoneIsRecorded() {
        Medication medication = MedicationTranslator.toFhir(context(read(ExampleSessions.NECK_SHOULDER)))
                .get(0);

        assertThat(medication.getIngredient())
                .allSatisfy(i -> assertThat(i.getExtensionByUrl(COMPONENT).getExtensionByUrl("container"))
                        .isNull());
    }

    @Test
    void setsTheBatchWhenOneLotIsRecordedAndKeepsEveryComponentsLot() {
        Medication toxin = MedicationTranslator.toFhir(context(read(ExampleSessions.BOTULINUM)))
                .get(0);
        Medication mixture = MedicationTranslator.toFhir(context(read(ExampleSessions.NECK_SHOULDER)))
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
        Medication toxin = MedicationTranslator.toFhir(context(read(ExampleSessions.BOTULINUM)))
                .get(0);

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

        CodeableConcept code =
                MedicationTranslator.toFhir(context(session)).get(0).getCode();

        assertThat(code.getText()).isEqualTo("sodium chloride 9 mg/mL (0.9%)");
        assertThat(code.getCoding())
                .extracting(Coding::getSystem, Coding::getCode)
                .containsExactly(tuple(CodeSystems.RXNORM, "313002"));
    }

    private static Ratio concentration(MedicationIngredientComponent ingredient) {
        return (Ratio) ingredient
                .getExtensionByUrl(COMPONENT)
                .getExtensionByUrl("concentration")
                .getValue();
    }

    private static Extension container(MedicationIngredientComponent ingredient) {
        return ingredient.getExtensionByUrl(COMPONENT).getExtensionByUrl("container");
    }

    @Test
    void givesNoMedicationForDryNeedling() {
        assertThat(MedicationTranslator.toFhir(context(read(ExampleSessions.DRY_NEEDLING))))
                .isEmpty();
    }
}
