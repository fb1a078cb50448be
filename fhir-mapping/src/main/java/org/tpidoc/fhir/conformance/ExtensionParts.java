package org.tpidoc.fhir.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.StructureDefinition;

/**
 * The parts (sub-extensions) of a complex extension, read from its snapshot in snapshot order: each
 * {@code Extension.extension:<slice>} element with its {@code .value[x]}, and, when a part is complex itself,
 * its own parts right after it, named by their path of slice names ({@code container.kind}). A simple extension
 * has no parts.
 */
final class ExtensionParts {

    private static final String ROOT = "Extension";

    /**
     * One part.
     *
     * @param name the slice names from the extension down to this part, joined by {@code .}
     * @param slice the snapshot's {@code …extension:<slice>} element (cardinality, meaning)
     * @param value the part's {@code value[x]} element, absent when the part has none (it is complex, or the
     *     value is prohibited)
     * @param complex whether the part has parts of its own
     */
    record Part(String name, ElementDefinition slice, Optional<ElementDefinition> value, boolean complex) {}

    private final Map<String, ElementDefinition> byId = new LinkedHashMap<>();

    private ExtensionParts(StructureDefinition extension) {
        extension.getSnapshot().getElement().stream()
                .filter(ElementDefinition::hasId)
                .forEach(e -> byId.putIfAbsent(e.getId(), e));
    }

    /** The parts of this extension, parents before their children; empty for a simple extension. */
    static List<Part> of(StructureDefinition extension) {
        List<Part> parts = new ArrayList<>();
        new ExtensionParts(extension).collect(ROOT, "", parts);
        return List.copyOf(parts);
    }

    /** The snapshot's {@code Extension.value[x]} when a value is allowed: the value of a simple extension. */
    static Optional<ElementDefinition> value(StructureDefinition extension) {
        return new ExtensionParts(extension).allowedValue(ROOT);
    }

    private void collect(String parentId, String namePrefix, List<Part> parts) {
        for (ElementDefinition element : byId.values()) {
            childSlice(parentId, element.getId()).ifPresent(slice -> {
                boolean complex = hasChildren(element.getId());
                parts.add(new Part(namePrefix + slice, element, allowedValue(element.getId()), complex));
                if (complex) {
                    collect(element.getId(), namePrefix + slice + ".", parts);
                }
            });
        }
    }

    /** The slice name when the id is {@code <parentId>.extension:<slice>} and nothing deeper. */
    private static Optional<String> childSlice(String parentId, String id) {
        String prefix = parentId + ".extension:";
        if (!id.startsWith(prefix) || id.indexOf('.', prefix.length()) >= 0) {
            return Optional.empty();
        }
        return Optional.of(id.substring(prefix.length()));
    }

    private boolean hasChildren(String id) {
        return byId.keySet().stream().anyMatch(other -> childSlice(id, other).isPresent());
    }

    private Optional<ElementDefinition> allowedValue(String id) {
        return Optional.ofNullable(byId.get(id + ".value[x]")).filter(v -> !"0".equals(v.getMax()));
    }
}
