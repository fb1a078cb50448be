package org.tpidoc.fhir.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.ElementDefinition.TypeRefComponent;
import org.hl7.fhir.r4.model.StructureDefinition;

/**
 * The two element tables of the profiles document: a profile's, with one row per element its differential
 * constrains (in differential order) described by the snapshot element with the same id (the differential
 * element when the snapshot has none), and a complex extension's, with one row per part.
 */
final class ElementRows {

    private final ElementCells cells;

    /** Tables whose cells come from these cells. */
    ElementRows(ElementCells cells) {
        this.cells = cells;
    }

    /** {@code | Element | Card. | Type | Binding | Must support | Meaning |}, one row per differential element. */
    MarkdownTable profile(StructureDefinition profile) {
        Map<String, ElementDefinition> snapshot = new LinkedHashMap<>();
        profile.getSnapshot().getElement().stream()
                .filter(ElementDefinition::hasId)
                .forEach(e -> snapshot.putIfAbsent(e.getId(), e));
        MarkdownTable table = new MarkdownTable("Element", "Card.", "Type", "Binding", "Must support", "Meaning");
        for (ElementDefinition differential : profile.getDifferential().getElement()) {
            String id = differential.hasId() ? differential.getId() : differential.getPath();
            ElementDefinition shown = snapshot.getOrDefault(id, differential);
            table.row(
                    MarkdownText.code(id),
                    ElementCells.cardinality(shown),
                    cells.types(shown),
                    cells.binding(shown),
                    ElementCells.mustSupport(shown),
                    ElementCells.meaning(shown));
        }
        return table;
    }

    /**
     * {@code | Part | Card. | Type | Binding | Meaning |}, one row per part: its cardinality and meaning from the
     * slice, its type ({@code complex}, the extension it refers to, or the value's types), binding and fixed or
     * pattern value from its {@code value[x]}.
     */
    MarkdownTable parts(List<ExtensionParts.Part> parts) {
        MarkdownTable table = new MarkdownTable("Part", "Card.", "Type", "Binding", "Meaning");
        for (ExtensionParts.Part part : parts) {
            boolean referred = part.slice().getType().stream().anyMatch(TypeRefComponent::hasProfile);
            String type = part.complex()
                    ? "complex"
                    : referred
                            ? cells.types(part.slice())
                            : part.value().map(cells::types).orElse("");
            List<String> meaning = new ArrayList<>(List.of(ElementCells.meaning(part.slice())));
            part.value().flatMap(FixedValues::of).ifPresent(meaning::add);
            table.row(
                    MarkdownText.code(part.name()),
                    ElementCells.cardinality(part.slice()),
                    type,
                    part.value().map(cells::binding).orElse(""),
                    meaning.stream().filter(m -> !m.isEmpty()).collect(Collectors.joining("; ")));
        }
        return table;
    }
}
