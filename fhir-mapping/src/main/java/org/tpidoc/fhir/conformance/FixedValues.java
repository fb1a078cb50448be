package org.tpidoc.fhir.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.api.Fhir;

/**
 * An element's {@code fixed[x]} or {@code pattern[x]} as the reader of the profiles document sees it, e.g.
 * {@code pattern: `http://loinc.org#72514-3`}: codings as {@code system#code}, quantities as value and
 * {@code system#code}, identifiers as {@code system|value}, references as their reference, primitives as their
 * value, any other type as its compact FHIR JSON.
 */
final class FixedValues {

    private FixedValues() {}

    /** {@code "fixed: …"} or {@code "pattern: …"} when the element has one; empty otherwise. */
    static Optional<String> of(ElementDefinition element) {
        if (element.hasFixed()) {
            return Optional.of("fixed: " + MarkdownText.code(value(element.getFixed())));
        }
        if (element.hasPattern()) {
            return Optional.of("pattern: " + MarkdownText.code(value(element.getPattern())));
        }
        return Optional.empty();
    }

    private static String value(Type value) {
        if (value instanceof PrimitiveType<?> primitive) {
            return Objects.toString(primitive.getValueAsString(), "");
        }
        if (value instanceof Coding coding) {
            return token(coding.getSystem(), coding.getCode());
        }
        if (value instanceof CodeableConcept concept && concept.hasCoding()) {
            return String.join(
                    ", ",
                    concept.getCoding().stream()
                            .map(c -> token(c.getSystem(), c.getCode()))
                            .toList());
        }
        if (value instanceof Quantity quantity) {
            List<String> parts = new ArrayList<>();
            if (quantity.hasValue()) {
                parts.add(quantity.getValue().toPlainString());
            }
            if (quantity.hasCode() || quantity.hasUnit()) {
                parts.add(quantity.hasCode() ? token(quantity.getSystem(), quantity.getCode()) : quantity.getUnit());
            }
            return String.join(" ", parts);
        }
        if (value instanceof Identifier identifier) {
            String local = Objects.toString(identifier.getValue(), "");
            return identifier.hasSystem() ? identifier.getSystem() + "|" + local : local;
        }
        if (value instanceof Reference reference && reference.hasReference()) {
            return reference.getReference();
        }
        return Fhir.context().newJsonParser().encodeToString(value);
    }

    private static String token(@Nullable String system, @Nullable String code) {
        String local = Objects.toString(code, "");
        return system == null ? local : system + "#" + local;
    }
}
