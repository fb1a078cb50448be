package org.tpidoc.fhir.conformance;

import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.StructureDefinition.ExtensionContextType;
import org.hl7.fhir.r4.model.UriType;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.conformance.ExtensionSpec.Part;
import org.tpidoc.fhir.conformance.ExtensionSpec.Parts;
import org.tpidoc.fhir.conformance.ExtensionSpec.Typed;
import org.tpidoc.fhir.conformance.ExtensionSpec.Value;

/**
 * An {@link ExtensionSpec} as the differential of an extension's StructureDefinition: its contexts, its fixed
 * URL, and either its value type and binding or one slice of {@code Extension.extension} per part (nested
 * for a part with parts), with no value of its own.
 */
final class ExtensionStructures {

    private ExtensionStructures() {}

    /** The StructureDefinition of {@code spec}, under the options' canonical base; differential only. */
    static StructureDefinition of(MappingOptions options, ExtensionSpec spec) {
        StructureDefinition definition =
                Definitions.constraint(options, spec.name(), "Extension", spec.title(), spec.definition());
        definition.setUrl(options.extension(spec.name()));
        for (String context : spec.contexts()) {
            definition.addContext().setType(ExtensionContextType.ELEMENT).setExpression(context);
        }
        ElementDefinition root = Definitions.element(definition, "Extension");
        root.setShort(spec.title()).setDefinition(spec.definition());
        shape(definition, "Extension", definition.getUrl(), spec.value());
        return definition;
    }

    /** The elements below {@code id}: its sub-extensions, its fixed {@code url} and its value. */
    private static void shape(StructureDefinition definition, String id, String url, Value value) {
        if (value instanceof Parts parts) {
            for (Part part : parts.parts()) {
                String slice = id + ".extension:" + part.name();
                Definitions.element(definition, slice)
                        .setSliceName(part.name())
                        .setMin(part.min())
                        .setMax(part.max())
                        .setShort(part.definition())
                        .setDefinition(part.definition());
                shape(definition, slice, part.name(), part.value());
            }
        } else {
            Definitions.element(definition, id + ".extension").setMax("0");
        }
        Definitions.element(definition, id + ".url").setFixed(new UriType(url));
        ElementDefinition valueElement = Definitions.element(definition, id + ".value[x]");
        if (value instanceof Typed typed) {
            valueElement.setMin(1).addType(Definitions.type(typed.type()));
            if (typed.binding() != null) {
                Definitions.bind(valueElement, typed.binding());
            }
        } else {
            valueElement.setMax("0");
        }
    }
}
