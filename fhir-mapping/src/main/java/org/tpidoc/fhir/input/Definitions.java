package org.tpidoc.fhir.input;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.RuntimeResourceDefinition;
import ca.uhn.fhir.parser.DataFormatException;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.Extension;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.api.Fhir;

/**
 * The R4 structure of elements, from HAPI's definitions, for checking input before HAPI parses it: which
 * children an element may have, which of them repeat, hold a resource or a narrative, and whether a
 * primitive's text is a valid value. Also the element names that betray another FHIR version.
 */
final class Definitions {

    /** What an element is, for the walk. */
    enum Kind {
        /** An element with children (a datatype, a backbone element, an extension). */
        COMPOSITE,
        /** A primitive value. */
        PRIMITIVE,
        /** One resource ({@code Bundle.entry.resource}). */
        RESOURCE,
        /** Contained resources. */
        CONTAINED,
        /** A narrative's XHTML (not checked). */
        XHTML,
        /** Not an element R4 defines here. */
        UNKNOWN
    }

    /**
     * A child element.
     *
     * @param kind what it is
     * @param definition its definition ({@code null} for unknown and resource holders)
     * @param repeats whether it may repeat
     */
    record Child(Kind kind, @Nullable BaseRuntimeElementDefinition<?> definition, boolean repeats) {}

    static final Child UNKNOWN = new Child(Kind.UNKNOWN, null, false);

    /** Elements of other FHIR versions (R5, STU3, DSTU2) that R4 lacks, by resource type. */
    private static final Map<String, Set<String>> OTHER_VERSIONS = Map.of(
            "Procedure",
            Set.of(
                    "occurrenceDateTime",
                    "occurrencePeriod",
                    "occurrenceString",
                    "occurrenceAge",
                    "occurrenceRange",
                    "occurrenceTiming",
                    "reason",
                    "focus",
                    "supportingInfo",
                    "reportedBoolean",
                    "reportedReference",
                    "notPerformed",
                    "notDone",
                    "notDoneReason",
                    "definition",
                    "context"),
            "MedicationAdministration",
            Set.of(
                    "occurenceDateTime",
                    "occurencePeriod",
                    "occurenceTiming",
                    "medication",
                    "notGiven",
                    "wasNotGiven",
                    "isSubPotent",
                    "subPotentReason",
                    "definition",
                    "prescription"),
            "Consent",
            Set.of("decision", "grantor", "grantee", "controller", "manager", "regulatoryBasis", "consentingParty"),
            "Bundle",
            Set.of("issues", "base"));

    private static final Set<String> CHECKED_PRIMITIVES = Set.of(
            "boolean", "integer", "positiveInt", "unsignedInt", "decimal", "date", "dateTime", "instant", "time");

    private Definitions() {}

    /** The R4 definition of resource type {@code name}, or {@code null} when R4 has no such resource. */
    static @Nullable RuntimeResourceDefinition resource(String name) {
        if (!name.matches("[A-Z][A-Za-z]{1,63}")) {
            return null;
        }
        try {
            return Fhir.context().getResourceDefinition(name);
        } catch (DataFormatException e) {
            return null;
        }
    }

    /** Whether {@code element} of a {@code resourceType} is a known element of another FHIR version. */
    static boolean otherVersion(String resourceType, String element) {
        return OTHER_VERSIONS.getOrDefault(resourceType, Set.of()).contains(element);
    }

    /** The child {@code name} of an element of {@code parent}. */
    static Child child(BaseRuntimeElementDefinition<?> parent, String name) {
        if (name.equals("extension") || name.equals("modifierExtension")) {
            return new Child(Kind.COMPOSITE, Fhir.context().getElementDefinition(Extension.class), true);
        }
        if (!(parent instanceof BaseRuntimeElementCompositeDefinition<?> composite)) {
            return name.equals("id")
                    ? new Child(Kind.PRIMITIVE, Fhir.context().getElementDefinition("string"), false)
                    : UNKNOWN;
        }
        BaseRuntimeChildDefinition child = composite.getChildByName(name);
        BaseRuntimeElementDefinition<?> definition = child == null ? null : child.getChildByName(name);
        if (definition == null) {
            return UNKNOWN;
        }
        boolean repeats = child.getMax() != 1;
        return switch (definition.getChildType()) {
            case PRIMITIVE_DATATYPE, ID_DATATYPE -> new Child(Kind.PRIMITIVE, definition, repeats);
            case PRIMITIVE_XHTML, PRIMITIVE_XHTML_HL7ORG -> new Child(Kind.XHTML, definition, repeats);
            case RESOURCE -> new Child(Kind.RESOURCE, null, repeats);
            case CONTAINED_RESOURCES, CONTAINED_RESOURCE_LIST -> new Child(Kind.CONTAINED, null, true);
            default -> new Child(Kind.COMPOSITE, definition, repeats);
        };
    }

    /** Whether {@code text} is a valid value of the primitive {@code definition} (only types that can be invalid are checked). */
    static boolean valid(BaseRuntimeElementDefinition<?> definition, String text) {
        if (!CHECKED_PRIMITIVES.contains(definition.getName())) {
            return true;
        }
        try {
            IPrimitiveType<?> value = (IPrimitiveType<?>) definition.newInstance();
            value.setValueAsString(text);
            return value.getValue() != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
