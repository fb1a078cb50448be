package org.tpidoc.fhir.resource.medication;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.Medication.MedicationIngredientComponent;
import org.hl7.fhir.r4.model.StringType;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.session.Component;
import org.tpidoc.session.Preparation;

/**
 * A {@code Medication} our export wrote back to the {@link Preparation} it came from: the inverse of
 * {@link MedicationMapper}. The id is our {@code preparation-id} extension; each component is the
 * {@code preparation-component} extension of an ingredient (product, volume or amount, lot, expiry,
 * container: {@link ComponentExtension}). The code, the strengths as mixed and the batch restate the
 * catalogue and the components, and are not read back.
 */
public final class MedicationReader {

    private MedicationReader() {}

    /** Whether our export wrote {@code medication}: it carries our {@code preparation-id} extension. */
    public static boolean isOwn(ReadContext context, Medication medication) {
        return medication.getExtensionByUrl(context.extension(Extensions.PREPARATION_ID)) != null;
    }

    /** The preparation of the {@code Medication} at {@code located}; empty (reported) when it cannot be read. */
    public static Optional<Preparation> read(ReadContext context, Located located) {
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
            ComponentExtension.read(context, ingredients.get(i), located.at("ingredient", i))
                    .ifPresent(components::add);
        }
        return context.attempt(located.path(), () -> new Preparation(preparationId.getValue(), components));
    }
}
