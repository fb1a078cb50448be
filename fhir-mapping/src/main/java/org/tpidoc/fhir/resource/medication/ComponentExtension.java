package org.tpidoc.fhir.resource.medication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Medication.MedicationIngredientComponent;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.StringType;
import org.jspecify.annotations.Nullable;
import org.tpidoc.catalog.Product;
import org.tpidoc.catalog.ProductForm;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.datatype.CodeReader;
import org.tpidoc.fhir.datatype.ExtensionReader;
import org.tpidoc.fhir.datatype.Quantities;
import org.tpidoc.fhir.datatype.Times;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.OwnCodes;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.session.Component;
import org.tpidoc.session.Container;
import org.tpidoc.session.ContainerKind;

/**
 * A component as drawn up, in both directions: our {@code preparation-component} extension on a {@code
 * Medication.ingredient}. It keeps the stock product as it came (its code, its own concentration, the
 * volume or amount drawn, lot, expiry and the vial it came from), since the ingredient's {@code strength}
 * is the strength in the preparation as mixed and R4 has no batch or container per ingredient.
 */
final class ComponentExtension {

    private ComponentExtension() {}

    /** The {@code preparation-component} extension of {@code component}, whose product may be unknown. */
    static Extension toFhir(MappingContext context, Component component, Optional<Product> product) {
        Extension extension = new Extension(context.extension(Extensions.PREPARATION_COMPONENT));
        String name = product.map(Product::name).orElse(component.product());
        Extensions.part(extension, "product", context.ownCoding(OwnCodes.PRODUCT, component.product(), name));
        product.ifPresent(known -> Extensions.part(
                extension,
                "concentration",
                known.form() == ProductForm.LIQUID
                        ? Quantities.perMillilitre(
                                known.strength(), known.drug().doseUnit())
                        : Quantities.perVial(known.strength(), known.drug().doseUnit())));
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
        if (component.container() != null) {
            extension.addExtension(container(context, component.container()));
        }
        return extension;
    }

    /**
     * The component an ingredient's {@code preparation-component} extension records; empty (reported at
     * {@code path}) when it names no product in our product code system or a part cannot be carried.
     */
    static Optional<Component> fromFhir(ReadContext context, MedicationIngredientComponent ingredient, String path) {
        Extension drawnUp = ingredient.getExtensionByUrl(context.extension(Extensions.PREPARATION_COMPONENT));
        Optional<String> product = drawnUp == null
                ? Optional.empty()
                : ExtensionReader.value(drawnUp, "product", Coding.class)
                        .flatMap(c -> CodeReader.own(context, OwnCodes.PRODUCT, c));
        if (product.isEmpty()) {
            context.findings()
                    .add(
                            ImportCode.UNMAPPED_ELEMENT,
                            path,
                            "an ingredient without the product drawn up in our product code system is not carried over");
            return Optional.empty();
        }
        BigDecimal volume = ExtensionReader.value(drawnUp, "volume", Quantity.class)
                .flatMap(q -> Quantities.value(q, Quantities.Unit.MILLILITRE))
                .orElse(null);
        BigDecimal amount = ExtensionReader.value(drawnUp, "amount", Quantity.class)
                .flatMap(Quantities::bare)
                .orElse(null);
        String lot = ExtensionReader.value(drawnUp, "lotNumber", StringType.class)
                .map(StringType::getValue)
                .orElse(null);
        LocalDate expiry = ExtensionReader.value(drawnUp, "expirationDate", DateType.class)
                .flatMap(date -> Times.readDate(context, date, path + ".extension"))
                .orElse(null);
        Container container = ExtensionReader.find(drawnUp, "container")
                .flatMap(vial -> container(context, vial, path + ".extension"))
                .orElse(null);
        return context.attempt(path, () -> new Component(product.get(), volume, amount, lot, expiry, container));
    }

    /** The vial as a complex part: its kind in our {@code container-kind} code system and its content in mL. */
    private static Extension container(MappingContext context, Container container) {
        Extension vial = new Extension("container");
        Extensions.part(vial, "kind", context.ownCoding(OwnCodes.CONTAINER_KIND, container.kind()));
        if (container.volumeMl() != null) {
            Extensions.part(vial, "volume", Quantities.millilitres(container.volumeMl()));
        }
        return vial;
    }

    /** The vial a {@code container} part records; empty (reported) when its kind or volume cannot be read. */
    private static Optional<Container> container(ReadContext context, Extension vial, String path) {
        Optional<String> code = ExtensionReader.value(vial, "kind", Coding.class)
                .flatMap(c -> CodeReader.own(context, OwnCodes.CONTAINER_KIND, c));
        if (code.isEmpty()) {
            context.findings()
                    .add(
                            ImportCode.INVALID_VALUE,
                            path,
                            "a container needs its kind in our container-kind code system; not carried over");
            return Optional.empty();
        }
        Optional<ContainerKind> kind = CodeReader.coded(context, ContainerKind.class, code.get(), path);
        Optional<Quantity> content = ExtensionReader.value(vial, "volume", Quantity.class);
        @Nullable
        BigDecimal millilitres = content.flatMap(q -> Quantities.value(q, Quantities.Unit.MILLILITRE))
                .orElse(null);
        if (content.isPresent() && millilitres == null) {
            context.findings()
                    .add(ImportCode.INVALID_VALUE, path, "a container's volume must be in mL; not carried over");
            return Optional.empty();
        }
        return kind.flatMap(k -> context.attempt(path, () -> new Container(k, millilitres)));
    }
}
