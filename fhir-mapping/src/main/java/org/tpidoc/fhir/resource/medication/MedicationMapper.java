package org.tpidoc.fhir.resource.medication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.Medication.MedicationIngredientComponent;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.StringType;
import org.tpidoc.catalog.DrugClass;
import org.tpidoc.catalog.Product;
import org.tpidoc.fhir.datatype.Narratives;
import org.tpidoc.fhir.kernel.Concepts;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.Roles;
import org.tpidoc.session.Component;
import org.tpidoc.session.Container;
import org.tpidoc.session.Preparation;

/**
 * A preparation as a FHIR {@code Medication}: one ingredient per component, coded with the drug's
 * RxNorm, SNOMED CT and ATC codes where terminology.md has them (text always), its strength in the
 * preparation as mixed ({@link MixedStrength}: so that an administration's dose in mL times the strength
 * is the amount given), whether it is active (a diluent is not), and the batch when one lot is recorded.
 * Each component as drawn up (the stock product and its own concentration, volume or amount, lot,
 * expiry, container) is kept in our {@code preparation-component} extension ({@link ComponentExtension}),
 * since a mixture has no single batch in R4.
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
        for (int i = 0; i < preparation.components().size(); i++) {
            medication.addIngredient(ingredient(context, preparation, i));
        }
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

    private static MedicationIngredientComponent ingredient(
            MappingContext context, Preparation preparation, int index) {
        Component component = preparation.components().get(index);
        MedicationIngredientComponent ingredient = new MedicationIngredientComponent();
        Optional<Product> product = context.catalog().product(component.product());
        ingredient.addExtension(ComponentExtension.map(context, component, product));
        if (product.isEmpty()) {
            return ingredient.setItem(Concepts.text(component.product()));
        }
        Product known = product.get();
        ingredient.setItem(Concepts.codeable(known.drug().codes(), known.drug().name()));
        ingredient.setIsActive(known.drug().drugClass() != DrugClass.DILUENT);
        MixedStrength.of(context, preparation, index).ifPresent(ingredient::setStrength);
        return ingredient;
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

    /** A vial in words: {@code "single-dose vial of 1 mL"}, {@code "multi-dose vial"}. */
    private static String vial(Container container) {
        String kind = container.isSingleDose() ? "single-dose vial" : "multi-dose vial";
        return container.volumeMl() == null
                ? kind
                : kind + " of " + container.volumeMl().toPlainString() + " mL";
    }

    private static Narrative narrative(MappingContext context, Preparation preparation) {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        for (Component component : preparation.components()) {
            String batch = (component.lot() == null ? "" : ", lot " + component.lot())
                    + (component.expiry() == null ? "" : ", expires " + component.expiry())
                    + (component.container() == null ? "" : ", " + vial(component.container()));
            fields.put("Component " + (fields.size() + 1), describe(context, component) + batch);
        }
        MixedStrength.describe(context, preparation).ifPresent(words -> fields.put("As mixed", words));
        return Narratives.labelled("Preparation " + preparation.id(), fields);
    }
}
