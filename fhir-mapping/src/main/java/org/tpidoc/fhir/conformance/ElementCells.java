package org.tpidoc.fhir.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.ElementDefinition.TypeRefComponent;
import org.hl7.fhir.r4.model.Extension;

/**
 * The table cells of one {@code ElementDefinition}: cardinality, type, binding, must-support and meaning, as
 * Markdown (a table escapes their {@code |}). Links go through the document's {@link CanonicalLinks}.
 */
final class ElementCells {

    private static final String FHIRPATH_SYSTEM = "http://hl7.org/fhirpath/System.";
    private static final String FHIR_TYPE = "http://hl7.org/fhir/StructureDefinition/structuredefinition-fhir-type";

    private final CanonicalLinks links;

    /** Cells whose types and bindings link through these links. */
    ElementCells(CanonicalLinks links) {
        this.links = links;
    }

    /** {@code min..max}, or as much of it as the element states; empty when it states neither. */
    static String cardinality(ElementDefinition element) {
        if (!element.hasMin() && !element.hasMax()) {
            return "";
        }
        return (element.hasMin() ? String.valueOf(element.getMin()) : "") + ".."
                + (element.hasMax() ? element.getMax() : "");
    }

    /** {@code yes} when the element is must-support; empty otherwise. */
    static String mustSupport(ElementDefinition element) {
        return element.hasMustSupport() && element.getMustSupport() ? "yes" : "";
    }

    /**
     * The element's types, comma-separated: an extension as {@code Extension: } and a link to its section, a
     * reference as {@code Reference(Patient | …)}, another profiled type as {@code Type(profile)}.
     */
    String types(ElementDefinition element) {
        return element.getType().stream().map(this::type).collect(Collectors.joining(", "));
    }

    /** {@code strength: value set} (the value set linked when this document lists it); empty when unbound. */
    String binding(ElementDefinition element) {
        if (!element.hasBinding() || !element.getBinding().hasStrength()) {
            return "";
        }
        String strength = element.getBinding().getStrength().toCode();
        return element.getBinding().hasValueSet()
                ? strength + ": " + links.valueSet(element.getBinding().getValueSet())
                : strength;
    }

    /**
     * What the element means: its {@code short} (else the first sentence of its {@code definition}), then its
     * fixed or pattern value, separated by {@code "; "}.
     */
    static String meaning(ElementDefinition element) {
        List<String> parts = new ArrayList<>();
        if (element.hasShort()) {
            parts.add(MarkdownText.text(element.getShort()));
        } else if (element.hasDefinition()) {
            parts.add(MarkdownText.markdown(firstSentence(element.getDefinition())));
        }
        FixedValues.of(element).ifPresent(parts::add);
        return String.join("; ", parts);
    }

    private String type(TypeRefComponent type) {
        String code = code(type);
        if (type.hasTargetProfile()) {
            return code + "(" + join(type.getTargetProfile(), " | ") + ")";
        }
        if (!type.hasProfile()) {
            return code;
        }
        return "Extension".equals(code)
                ? "Extension: " + join(type.getProfile(), " or ")
                : code + "(" + join(type.getProfile(), " | ") + ")";
    }

    private String join(List<CanonicalType> canonicals, String separator) {
        return canonicals.stream().map(c -> links.structure(c.getValue())).collect(Collectors.joining(separator));
    }

    /** The type's code; the FHIRPath system types of {@code id} and {@code url} elements by their FHIR type. */
    private static String code(TypeRefComponent type) {
        String code = type.getCode();
        if (code == null || !code.startsWith(FHIRPATH_SYSTEM)) {
            return code == null ? "" : code;
        }
        Extension fhirType = type.getExtensionByUrl(FHIR_TYPE);
        return fhirType != null && fhirType.hasValue()
                ? fhirType.getValue().primitiveValue()
                : code.substring(FHIRPATH_SYSTEM.length());
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
