package org.tpidoc.fhir.r4.medication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.Medication.MedicationIngredientComponent;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.StringType;
import org.tpidoc.fhir.ImportCodes;
import org.tpidoc.fhir.r4.datatype.CodeReader;
import org.tpidoc.fhir.r4.datatype.ExtensionReader;
import org.tpidoc.fhir.r4.datatype.Extensions;
import org.tpidoc.fhir.r4.datatype.OwnCodes;
import org.tpidoc.fhir.r4.datatype.QuantityReader;
import org.tpidoc.fhir.r4.datatype.TimeReader;
import org.tpidoc.fhir.r4.read.Located;
import org.tpidoc.fhir.r4.read.ReadContext;
import org.tpidoc.session.Component;
import org.tpidoc.session.Preparation;

/**
 * A {@code Medication} our export wrote back to the {@link Preparation} it came from: the inverse of
 * {@link MedicationMapper}. The id is our {@code preparation-id} extension; each component is the
 * {@code preparation-component} extension of an ingredient (product, volume or amount, lot, expiry).
 * The code, strengths and batch restate the catalogue and are not read back.
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
            context.findings()
                    .warning(ImportCodes.INVALID_VALUE, located.at("extension"), "a preparation needs its id");
            return Optional.empty();
        }
        List<Component> components = new ArrayList<>();
        List<MedicationIngredientComponent> ingredients = medication.getIngredient();
        for (int i = 0; i < ingredients.size(); i++) {
            component(context, ingredients.get(i), located.at("ingredient", i)).ifPresent(components::add);
        }
        return context.attempt(located.path(), () -> new Preparation(preparationId.getValue(), components));
    }

    private static Optional<Component> component(
            ReadContext context, MedicationIngredientComponent ingredient, String path) {
        Extension drawnUp = ingredient.getExtensionByUrl(context.extension(Extensions.PREPARATION_COMPONENT));
        Optional<String> product = drawnUp == null
                ? Optional.empty()
                : ExtensionReader.value(drawnUp, "product", Coding.class)
                        .flatMap(c -> CodeReader.own(context, OwnCodes.PRODUCT, c));
        if (product.isEmpty()) {
            context.findings()
                    .warning(
                            ImportCodes.UNMAPPED_ELEMENT,
                            path,
                            "an ingredient without the product drawn up in our product code system is not carried over");
            return Optional.empty();
        }
        BigDecimal volume = ExtensionReader.value(drawnUp, "volume", Quantity.class)
                .flatMap(q -> QuantityReader.value(q, QuantityReader.Unit.MILLILITRE))
                .orElse(null);
        BigDecimal amount = ExtensionReader.value(drawnUp, "amount", Quantity.class)
                .flatMap(QuantityReader::bare)
                .orElse(null);
        String lot = ExtensionReader.value(drawnUp, "lotNumber", StringType.class)
                .map(StringType::getValue)
                .orElse(null);
        LocalDate expiry = ExtensionReader.value(drawnUp, "expirationDate", DateType.class)
                .flatMap(date -> TimeReader.date(context, date, path + ".extension"))
                .orElse(null);
        return context.attempt(path, () -> new Component(product.get(), volume, amount, lot, expiry, null));
    }

    private static <T> Optional<T> part(Extension complex, String name, Class<T> type) {
        Extension part = complex.getExtensionByUrl(name);
        return part != null && type.isInstance(part.getValue())
                ? Optional.of(type.cast(part.getValue()))
                : Optional.empty();
    }
}
