package org.tpidoc.fhir.resource.medication;

import java.math.BigDecimal;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.Medication.MedicationIngredientComponent;
import org.tpidoc.catalog.Drug;
import org.tpidoc.catalog.Product;
import org.tpidoc.catalog.ProductForm;
import org.tpidoc.fhir.datatype.CodeReader;
import org.tpidoc.fhir.kernel.OwnCodes;
import org.tpidoc.fhir.kernel.ReadContext;

/**
 * Another system's medication read as the catalogue product it is, when that can be told without a guess:
 * a coding of the product (our {@code product} code, or a product code the catalogue lists such as an
 * RxNorm product or a vendor's NDC), the product's name as text, or a single ingredient that is a catalogue
 * drug (by code or name) at exactly a catalogue product's strength per mL ({@link MixedStrength#fromFhir}).
 * The companion of {@link MedicationTranslator}, which reads only what our export wrote.
 */
public final class ForeignMedication {

    private ForeignMedication() {}

    /** The product a medication concept ({@code medicationCodeableConcept}, {@code Medication.code}) names. */
    public static Optional<Product> fromConcept(ReadContext context, CodeableConcept concept) {
        Optional<String> own = CodeReader.own(context, OwnCodes.PRODUCT, concept);
        if (own.isPresent()) {
            return context.catalog().product(own.get());
        }
        for (Coding coding : concept.getCoding()) {
            for (Product product : context.catalog().products()) {
                if (product.codes().stream().anyMatch(c -> c.is(coding.getSystem(), coding.getCode()))) {
                    return Optional.of(product);
                }
            }
        }
        for (String word : CodeReader.words(concept)) {
            for (Product product : context.catalog().products()) {
                if (word.strip().equalsIgnoreCase(product.name())
                        || word.strip().equalsIgnoreCase(product.slug())) {
                    return Optional.of(product);
                }
            }
        }
        return Optional.empty();
    }

    /** The product a {@code Medication} resource is: by its code, else by its one ingredient and strength. */
    public static Optional<Product> fromMedication(ReadContext context, Medication medication) {
        if (medication.hasCode()) {
            Optional<Product> byCode = fromConcept(context, medication.getCode());
            if (byCode.isPresent()) {
                return byCode;
            }
        }
        if (medication.getIngredient().size() != 1) {
            return Optional.empty();
        }
        MedicationIngredientComponent ingredient = medication.getIngredientFirstRep();
        if (!ingredient.hasItemCodeableConcept() || !ingredient.hasStrength()) {
            return Optional.empty();
        }
        Optional<Drug> drug = drug(context, ingredient.getItemCodeableConcept());
        Optional<BigDecimal> perMillilitre =
                drug.flatMap(d -> MixedStrength.fromFhir(ingredient.getStrength(), d.doseUnit()));
        if (drug.isEmpty() || perMillilitre.isEmpty()) {
            return Optional.empty();
        }
        return context.catalog().products().stream()
                .filter(p -> p.form() == ProductForm.LIQUID
                        && p.drug().slug().equals(drug.get().slug())
                        && p.strength().compareTo(perMillilitre.get()) == 0)
                .findFirst();
    }

    /** The catalogue drug an ingredient's item names by one of its codes or by its name. */
    private static Optional<Drug> drug(ReadContext context, CodeableConcept item) {
        for (Product product : context.catalog().products()) {
            Drug drug = product.drug();
            boolean coded = item.getCoding().stream()
                    .anyMatch(c -> drug.codes().stream().anyMatch(code -> code.is(c.getSystem(), c.getCode())));
            boolean named = item.hasText() && item.getText().strip().equalsIgnoreCase(drug.name());
            if (coded || named) {
                return Optional.of(drug);
            }
        }
        return Optional.empty();
    }
}
