package org.tpidoc.fhir.input;

import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.RuntimeResourceDefinition;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.kernel.Findings;

/**
 * Walks a JSON resource against the R4 definitions before HAPI parses it, so that every element R4 does
 * not define there ({@link ImportCode#UNKNOWN_ELEMENT}) and every primitive that is not a valid value
 * ({@link ImportCode#INVALID_VALUE}) is reported with its exact path. A resource type R4 does not have,
 * or an element of another FHIR version, rejects the input ({@link ImportCode#NOT_R4}).
 *
 * <p>It also removes every narrative from the tree: a session is read from structured data only, and
 * HAPI's parsing of narrative XHTML is most of its parsing time. A narrative that says it holds more than
 * the structured data (status {@code additional}) is reported.
 */
final class JsonElementCheck {

    private final Findings findings;

    private JsonElementCheck(Findings findings) {
        this.findings = findings;
    }

    /**
     * Checks the resource {@code node}; {@code prefix} is what precedes its type in paths ({@code ""} for a
     * document, {@code "Procedure.ndjson:3/"} for an NDJSON line). Returns the resource's path.
     */
    static String check(JsonNode node, String prefix, Findings findings) throws InputRejected {
        String type = node.path("resourceType").asText("");
        String path = prefix + (type.isEmpty() ? "Resource" : type);
        new JsonElementCheck(findings).resource(node, path);
        return path;
    }

    private void resource(JsonNode node, String path) throws InputRejected {
        String type = node.path("resourceType").asText("");
        RuntimeResourceDefinition definition = Definitions.resource(type);
        if (definition == null) {
            throw new InputRejected(
                    ImportCode.NOT_R4,
                    path,
                    type.isEmpty()
                            ? "a resource without resourceType"
                            : "resource type" + quoted(type) + " is not in FHIR R4");
        }
        object(node, definition, path, type);
    }

    private void object(JsonNode node, BaseRuntimeElementDefinition<?> definition, String path, String resourceType)
            throws InputRejected {
        boolean narrative = false;
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            if ((name.equals("resourceType") && !resourceType.isEmpty()) || name.equals("fhir_comments")) {
                continue;
            }
            boolean extensionOfPrimitive = name.startsWith("_");
            String element = extensionOfPrimitive ? name.substring(1) : name;
            Definitions.Child child = Definitions.child(definition, element);
            String at = path + "." + name;
            if (isNarrative(child, field.getValue())) {
                narrative = true;
                if ("additional".equals(field.getValue().path("status").asText())) {
                    findings.add(
                            ImportCode.UNMAPPED_ELEMENT_NOTHING_LOST,
                            at,
                            "the narrative holds more than the structured data; only structured data is imported");
                }
            } else if (child.kind() == Definitions.Kind.UNKNOWN) {
                unknown(resourceType, element, at);
            } else if (extensionOfPrimitive) {
                value(
                        new Definitions.Child(Definitions.Kind.COMPOSITE, child.definition(), child.repeats()),
                        field.getValue(),
                        at);
            } else {
                value(child, field.getValue(), at);
            }
        }
        if (narrative && node instanceof ObjectNode object) {
            object.remove("text");
        }
    }

    private static boolean isNarrative(Definitions.Child child, JsonNode value) {
        return child.definition() != null
                && "Narrative".equals(child.definition().getName())
                && value.isObject();
    }

    private void value(Definitions.Child child, JsonNode value, String at) throws InputRejected {
        if (value.isArray() != child.repeats() && !value.isNull()) {
            findings.add(
                    ImportCode.INVALID_VALUE,
                    at,
                    child.repeats()
                            ? "repeats in R4 and must be an array; read as one"
                            : "R4 allows it once, but an array is given; only the first is read");
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                one(child, value.get(i), at + "[" + i + "]");
            }
        } else {
            one(child, value, at);
        }
    }

    private void one(Definitions.Child child, JsonNode value, String at) throws InputRejected {
        switch (child.kind()) {
            case COMPOSITE -> {
                if (value.isObject() && child.definition() != null) {
                    object(value, child.definition(), at, "");
                }
            }
            case PRIMITIVE -> {
                if (value.isValueNode()
                        && !value.isNull()
                        && child.definition() != null
                        && !Definitions.valid(child.definition(), value.asText())) {
                    findings.add(
                            ImportCode.INVALID_VALUE,
                            at,
                            "not a valid " + child.definition().getName() + "; the element is left out");
                }
            }
            case RESOURCE, CONTAINED -> {
                if (value.isObject()) {
                    resource(value, at);
                }
            }
            default -> {
                // a narrative's XHTML: HAPI parses it; nothing of a session is in it
            }
        }
    }

    private void unknown(String resourceType, String element, String at) throws InputRejected {
        if (!resourceType.isEmpty() && Definitions.otherVersion(resourceType, element)) {
            throw new InputRejected(
                    ImportCode.NOT_R4,
                    at,
                    "element " + resourceType + "." + element + " belongs to another FHIR version, not R4");
        }
        findings.add(ImportCode.UNKNOWN_ELEMENT, at, "R4 defines no such element here; it was skipped");
    }

    private static String quoted(String type) {
        return type.matches("[A-Za-z]{1,64}") ? " '" + type + "'" : "";
    }
}
