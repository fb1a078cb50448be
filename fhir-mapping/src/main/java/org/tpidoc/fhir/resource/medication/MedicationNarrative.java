package org.tpidoc.fhir.resource.medication;

import java.util.LinkedHashMap;
import java.util.Optional;
import org.hl7.fhir.r4.model.Narrative;
import org.tpidoc.catalog.Product;
import org.tpidoc.fhir.datatype.Narratives;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.session.Component;
import org.tpidoc.session.Container;
import org.tpidoc.session.Preparation;

/**
 * A preparation in words, for the {@code Medication}'s narrative and the code text of a mixture: each
 * component as drawn up with its batch and vial, and the strengths as mixed. Export only: import reads the
 * structured elements, never the text.
 */
final class MedicationNarrative {

    private MedicationNarrative() {}

    /** {@code Medication.text}: one line per component, then the strengths as mixed when there are any. */
    static Narrative of(MappingContext context, Preparation preparation) {
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

    /** A component in words: {@code "lidocaine hydrochloride 10 mg/mL 4 mL"}. */
    static String describe(MappingContext context, Component component) {
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
}
