package org.tpidoc.fhir.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.r4.model.ValueSet.ConceptSetComponent;

/**
 * What a value set's {@code compose} takes in, in words: per include, a whole code system, its codes matching
 * a filter, a number of listed codes, or the codes of other value sets; excludes after {@code except}.
 */
final class ValueSetIncludes {

    private final CanonicalLinks links;

    /** Summaries that link the value sets this document lists. */
    ValueSetIncludes(CanonicalLinks links) {
        this.links = links;
    }

    /** E.g. {@code all codes of `http://loinc.org`; 3 codes of `…` except 1 code of `…`}; empty without compose. */
    String summary(ValueSet valueSet) {
        List<String> includes = new ArrayList<>();
        valueSet.getCompose().getInclude().forEach(include -> includes.add(set(include, "all codes of ")));
        String summary = String.join("; ", includes);
        List<String> excludes = new ArrayList<>();
        valueSet.getCompose().getExclude().forEach(exclude -> excludes.add(set(exclude, "")));
        return excludes.isEmpty() ? summary : summary + " except " + String.join("; ", excludes);
    }

    private String set(ConceptSetComponent set, String whole) {
        List<String> parts = new ArrayList<>();
        if (set.hasSystem()) {
            String system = MarkdownText.code(set.getSystem());
            if (set.hasConcept()) {
                int count = set.getConcept().size();
                parts.add(count + (count == 1 ? " code of " : " codes of ") + system);
            } else if (set.hasFilter()) {
                parts.add("codes of " + system + " where " + filters(set));
            } else {
                parts.add(whole + system);
            }
        }
        if (set.hasValueSet()) {
            parts.add("codes in "
                    + set.getValueSet().stream()
                            .map(CanonicalType::getValue)
                            .map(links::valueSet)
                            .collect(Collectors.joining(" and ")));
        }
        return String.join(" and ", parts);
    }

    private static String filters(ConceptSetComponent set) {
        return set.getFilter().stream()
                .map(f -> MarkdownText.code(
                        f.getProperty() + " " + (f.hasOp() ? f.getOp().toCode() : "?") + " " + f.getValue()))
                .collect(Collectors.joining(" and "));
    }
}
