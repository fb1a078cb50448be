package org.tpidoc.fhir.r4.medication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.Medication.MedicationIngredientComponent;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.StringType;
import org.tpidoc.catalog.DrugClass;
import org.tpidoc.catalog.Product;
import org.tpidoc.catalog.ProductForm;
import org.tpidoc.fhir.r4.MappingContext;
import org.tpidoc.fhir.r4.Roles;
import org.tpidoc.fhir.r4.datatype.Concepts;
import org.tpidoc.fhir.r4.datatype.Extensions;
import org.tpidoc.fhir.r4.datatype.Narratives;
import org.tpidoc.fhir.r4.datatype.OwnCodes;
import org.tpidoc.fhir.r4.datatype.Quantities;
import org.tpidoc.fhir.r4.datatype.Times;
import org.tpidoc.session.Component;
import org.tpidoc.session.Preparation;

/**
 * A preparation as a FHIR {@code Medication}: one ingredient per component, coded with the drug's
 * RxNorm, SNOMED CT and ATC codes where terminology.md has them (text always), its strength per mL (per
 * vial for a powder), whether it is active (a diluent is not), and the batch when one lot is recorded.
 * Each component as drawn up (product, volume or amount, lot, expiry) is kept in our {@code
 * preparation-component} extension, since a mixture has no single batch in R4.
 */
public final class MedicationMapper {

    private MedicationMapper() {}

    /** One {@code Medication} per preparation id, in session order (a repeated id is mapped once). */
    public static List<Medication> map(MappingContext context) {
        Set<String> seen = new LinkedHashSet<>();
        List<Medication> medications = new ArrayList<>();
        for (Preparation preparation : context.session().preparations()) {
            if (seen.add(preparation.id())) {
                medications.add(map(context, preparation));
            }
        }
        return medications;
    }

    /** The {@code Medication} of one preparation. */
    public static Medication map(MappingContext context, Preparation preparation) {
        Medication medication = new Medication();
        medication.setId(context.id(Roles.medication(preparation.id())));
        medication.setText(narrative(context, preparation));
        context.addExtension(medication, Extensions.PREPARATION_ID, new StringType(preparation.id()));
        medication.setCode(code(context, preparation));
        medication.setStatus(
                context.enteredInError()
                        ? Medication.MedicationStatus.ENTEREDINERROR
                        : Medication.MedicationStatus.ACTIVE);
        preparation.components().forEach(component -> medication.addIngredient(ingredient(context, component)));
        List<Component> withBatch = preparation.components().stream()
                .filter(c -> c.lot() != null || c.expiry() != null)
                .toList();
        if (withBatch.size() == 1) {
            Component batch = withBatch.get(0);
            if (batch.lot() != null) {
                medication.getBatch().setLotNumber(batch.lot());
            }
            if (batch.expiry() != null) {
                medication
                        .getBatch()
                        .setExpirationDateElement(
                                new DateTimeType(batch.expiry().toString()));
            }
        }
        return medication;
    }

    /** {@code Medication.code}: a single product's codes and name, or the mixture described in words. */
    private static CodeableConcept code(MappingContext context, Preparation preparation) {
        if (preparation.components().size() == 1) {
            Component only = preparation.components().get(0);
            Optional<Product> product = context.catalog().product(only.product());
            if (product.isPresent()) {
                return Concepts.codeable(product.get().codes(), product.get().name());
            }
        }
        List<String> parts =
                preparation.components().stream().map(c -> describe(context, c)).toList();
        return Concepts.text("Preparation " + preparation.id() + ": " + String.join(" + ", parts));
    }

    private static MedicationIngredientComponent ingredient(MappingContext context, Component component) {
        MedicationIngredientComponent ingredient = new MedicationIngredientComponent();
        Optional<Product> product = context.catalog().product(component.product());
        ingredient.addExtension(drawnUp(context, component, product));
        if (product.isEmpty()) {
            return ingredient.setItem(Concepts.text(component.product()));
        }
        Product known = product.get();
        ingredient.setItem(Concepts.codeable(known.drug().codes(), known.drug().name()));
        ingredient.setIsActive(known.drug().drugClass() != DrugClass.DILUENT);
        ingredient.setStrength(
                known.form() == ProductForm.LIQUID
                        ? Quantities.perMillilitre(
                                known.strength(), known.drug().doseUnit())
                        : Quantities.perVial(known.strength(), known.drug().doseUnit()));
        return ingredient;
    }

    /** The component as drawn up: product, volume or amount, lot and expiry. */
    private static Extension drawnUp(MappingContext context, Component component, Optional<Product> product) {
        Extension extension = new Extension(context.extension(Extensions.PREPARATION_COMPONENT));
        String name = product.map(Product::name).orElse(component.product());
        Extensions.part(extension, "product", context.ownCoding(OwnCodes.PRODUCT, component.product(), name));
        if (component.volumeMl() != null) {
            Extensions.part(extension, "volume", Quantities.millilitres(component.volumeMl()));
        }
        if (component.amount() != null) {
            Quantity amount = product.map(
                            p -> Quantities.of(component.amount(), p.drug().doseUnit()))
                    .orElse(new Quantity().setValue(component.amount()));
            Extensions.part(extension, "amount", amount);
        }
        if (component.lot() != null) {
            Extensions.part(extension, "lotNumber", new StringType(component.lot()));
        }
        if (component.expiry() != null) {
            Extensions.part(extension, "expirationDate", Times.date(component.expiry()));
        }
        return extension;
    }

    /** A component in words: {@code "lidocaine hydrochloride 10 mg/mL 4 mL"}. */
    private static String describe(MappingContext context, Component component) {
        Optional<Product> product = context.catalog().product(component.product());
        String name = product.map(Product::name).orElse(component.product());
        if (component.volumeMl() != null) {
            return name + " " + component.volumeMl().toPlainString() + " mL";
        }
        String unit = product.map(p -> " " + p.drug().doseUnit().symbol()).orElse("");
        return name + " " + component.amount().toPlainString() + unit;
    }

    private static Narrative narrative(MappingContext context, Preparation preparation) {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        for (Component component : preparation.components()) {
            String batch = (component.lot() == null ? "" : ", lot " + component.lot())
                    + (component.expiry() == null ? "" : ", expires " + component.expiry());
            fields.put("Component " + (fields.size() + 1), describe(context, component) + batch);
        }
        return Narratives.labelled("Preparation " + preparation.id(), fields);
    }
}
