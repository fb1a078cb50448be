package org.tpidoc.fhir.conformance;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.StructureDefinition;

/**
 * Generates the snapshots of our StructureDefinitions with HAPI's snapshot generator, over the core R4
 * definitions: extensions first, then the profiles that slice them in. Differentials are put in the order of
 * their base first, as the generator requires.
 */
final class Snapshots {

    private final IValidationSupport core;
    private final PrePopulatedValidationSupport generated;
    private final ValidationSupportChain chain;

    /** A generator over {@code core}, the R4 base definitions (e.g. a {@link DefaultProfileValidationSupport}). */
    Snapshots(FhirContext context, IValidationSupport core) {
        this.core = core;
        this.generated = new PrePopulatedValidationSupport(context);
        this.chain = new ValidationSupportChain(core, generated, new SnapshotGeneratingValidationSupport(context));
    }

    /**
     * {@code definitions} with their snapshots, in the same order; each is then known to the generator, so
     * later definitions may use earlier ones.
     */
    List<StructureDefinition> of(List<StructureDefinition> definitions) {
        List<StructureDefinition> result = new ArrayList<>();
        for (StructureDefinition definition : definitions) {
            StructureDefinition base = (StructureDefinition)
                    Objects.requireNonNull(core.fetchStructureDefinition(definition.getBaseDefinition()));
            inBaseOrder(definition, base);
            StructureDefinition withSnapshot = (StructureDefinition) chain.generateSnapshot(
                    new ValidationSupportContext(chain),
                    definition,
                    definition.getUrl(),
                    definition.getUrl(),
                    definition.getName());
            if (withSnapshot == null || !withSnapshot.hasSnapshot()) {
                throw new IllegalStateException("no snapshot generated for " + definition.getUrl());
            }
            generated.addStructureDefinition(withSnapshot);
            result.add(withSnapshot);
        }
        return result;
    }

    /**
     * Orders the differential by the position in the base of each element's path, or of its longest prefix
     * the base names (a datatype's child); elements at the same position keep their order.
     */
    private static void inBaseOrder(StructureDefinition definition, StructureDefinition base) {
        List<String> basePaths = base.getSnapshot().getElement().stream()
                .map(ElementDefinition::getPath)
                .toList();
        List<ElementDefinition> elements =
                new ArrayList<>(definition.getDifferential().getElement());
        elements.sort(Comparator.comparingInt(element -> position(basePaths, element.getPath())));
        definition.getDifferential().setElement(elements);
    }

    private static int position(List<String> basePaths, String path) {
        String prefix = path;
        while (true) {
            int index = basePaths.indexOf(prefix);
            if (index >= 0 || prefix.lastIndexOf('.') < 0) {
                return index;
            }
            prefix = prefix.substring(0, prefix.lastIndexOf('.'));
        }
    }
}
