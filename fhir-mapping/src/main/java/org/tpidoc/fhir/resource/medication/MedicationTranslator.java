package org.tpidoc.fhir.resource.medication;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.Medication.MedicationIngredientComponent;
import org.hl7.fhir.r4.model.StringType;
import org.tpidoc.catalog.DrugClass;
import org.tpidoc.catalog.Product;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.kernel.Concepts;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.Profiles;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.fhir.kernel.Roles;
import org.tpidoc.session.Component;
import org.tpidoc.session.Preparation;

/**
 * A preparation as a FHIR {@code Medication}, both directions. Out: one ingredient per component, coded
 * with the drug's RxNorm, SNOMED CT and ATC codes where terminology.md has them (text always), its strength
 * in the preparation as mixed ({@link MixedStrength}: so that an administration's dose in mL times the
 * strength is the amount given), whether it is active (a diluent is not), and the batch when one lot is
 * recorded. Each component as drawn up (the stock product and its own concentration, volume or amount, lot,
 * expiry, container) is kept in our {@code preparation-component} extension ({@link ComponentExtension}),
 * since a mixture has no single batch in R4. Back: the id is our {@code preparation-id} extension and each
 * component that extension of an ingredient; the code, the strengths as mixed and the batch restate the
 * catalogue and the components, and are not read back. Another system's medication is {@link
 * ForeignMedication}'s.
 */
public final class MedicationTranslator {

    private MedicationTranslator() {}

    /** One {@code Medication} per preparation id, in session order (a repeated id is mapped once). */
    public static List<Medication> toFhir(MappingContext context) {
        Set<String> seen = new LinkedHashSet<>();
        List<Medication> medications = new ArrayList<>();
        for (Preparation preparation : context.session().preparations()) {
            if (seen.add(preparation.id())) {
                medications.add(toFhir(context, preparation));
            }
        }
        return medications;
    }

    /** The {@code Medication} of one preparation. */
    static Medication toFhir(MappingContext context, Preparation preparation) {
        Medication medication = new Medication();
        medication.setId(context.id(Roles.medication(preparation.id())));
        context.conform(medication, Profiles.PREPARATION);
        medication.setText(MedicationNarrative.of(context, preparation));
        context.addExtension(medication, Extensions.PREPARATION_ID, new StringType(preparation.id()));
        medication.setCode(code(context, preparation));
        medication.setStatus(
                context.enteredInError()
                        ? Medication.MedicationStatus.ENTEREDINERROR
                        : Medication.MedicationStatus.ACTIVE);
        for (int i = 0; i < preparation.components().size(); i++) {
            medication.addIngredient(ingredient(context, preparation, i));
        }
        batch(medication, preparation);
        return medication;
    }

    /** Whether our export wrote {@code medication}: it carries our {@code preparation-id} extension. */
    public static boolean isOwn(ReadContext context, Medication medication) {
        return medication.getExtensionByUrl(context.extension(Extensions.PREPARATION_ID)) != null;
    }

    /**
     * The preparation our export wrote as the {@code Medication} at {@code located}; empty (reported) when it
     * cannot be read.
     */
    public static Optional<Preparation> fromFhir(ReadContext context, Located located) {
        context.use(located);
        Medication medication = (Medication) located.resource();
        Extension id = medication.getExtensionByUrl(context.extension(Extensions.PREPARATION_ID));
        if (id == null || !(id.getValue() instanceof StringType preparationId) || !preparationId.hasValue()) {
            context.findings().add(ImportCode.INVALID_VALUE, located.at("extension"), "a preparation needs its id");
            return Optional.empty();
        }
        List<Component> components = new ArrayList<>();
        List<MedicationIngredientComponent> ingredients = medication.getIngredient();
        for (int i = 0; i < ingredients.size(); i++) {
            ComponentExtension.fromFhir(context, ingredients.get(i), located.at("ingredient", i))
                    .ifPresent(components::add);
        }
        return context.attempt(located.path(), () -> new Preparation(preparationId.getValue(), components));
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
        List<String> parts = preparation.components().stream()
                .map(c -> MedicationNarrative.describe(context, c))
                .toList();
        return Concepts.text("Preparation " + preparation.id() + ": " + String.join(" + ", parts));
    }

    private static MedicationIngredientComponent ingredient(
            MappingContext context, Preparation preparation, int index) {
        Component component = preparation.components().get(index);
        MedicationIngredientComponent ingredient = new MedicationIngredientComponent();
        Optional<Product> product = context.catalog().product(component.product());
        ingredient.addExtension(ComponentExtension.toFhir(context, component, product));
        if (product.isEmpty()) {
            return ingredient.setItem(Concepts.text(component.product()));
        }
        Product known = product.get();
        ingredient.setItem(Concepts.codeable(known.drug().codes(), known.drug().name()));
        ingredient.setIsActive(known.drug().drugClass() != DrugClass.DILUENT);
        MixedStrength.toFhir(context, preparation, index).ifPresent(ingredient::setStrength);
        return ingredient;
    }

    /** {@code Medication.batch}: the lot and expiry, when exactly one component records either. */
    private static void batch(Medication medication, Preparation preparation) {
        List<Component> withBatch = preparation.components().stream()
                .filter(c -> c.lot() != null || c.expiry() != null)
                .toList();
        if (withBatch.size() != 1) {
            return;
        }
        Component batch = withBatch.get(0);
        if (batch.lot() != null) {
            medication.getBatch().setLotNumber(batch.lot());
        }
        if (batch.expiry() != null) {
            medication
                    .getBatch()
                    .setExpirationDateElement(new DateTimeType(batch.expiry().toString()));
        }
    }
}
