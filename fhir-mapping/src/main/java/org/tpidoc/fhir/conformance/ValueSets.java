package org.tpidoc.fhir.conformance;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.r4.model.ValueSet.ConceptSetComponent;
import org.tpidoc.billing.ProcedureCode;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.kernel.FixedConcepts;
import org.tpidoc.fhir.kernel.OwnCodes;
import org.tpidoc.terminology.CodeSystems;
import org.tpidoc.terminology.Concept;

/**
 * The value sets the package's bindings name: for each of our code systems, one value set of all its codes,
 * at {@code <base>/ValueSet/<name>} where the code system is {@code <base>/CodeSystem/<name>}; and {@value
 * #PROCEDURE_CODE}, the codes a {@code Procedure.code} holds: our procedure kinds and the CPT codes billing
 * derives.
 */
final class ValueSets {

    /** The name of the value set of {@code Procedure.code}. */
    static final String PROCEDURE_CODE = "procedure-code";
    /** The name of the value set of a body site: our muscle codes and the catalogue's SNOMED CT codes. */
    static final String MUSCLE_SITE = "muscle-site";
    /** The name of the value set of a body structure's side: SNOMED CT left and right. */
    static final String SIDE = "side";
    /** The name of the value set of an injection's route: SNOMED CT intramuscular use. */
    static final String ROUTE = "route";

    private ValueSets() {}

    /** Every value set: one per code system, then {@value #PROCEDURE_CODE}, {@value #MUSCLE_SITE}, {@value #SIDE} and {@value #ROUTE}. */
    static List<ValueSet> of(MappingOptions options, Catalog catalog, List<CodeSystem> codeSystems) {
        List<ValueSet> all = new ArrayList<>(allCodesOf(options, codeSystems));
        all.add(procedureCodes(options));
        all.add(muscleSites(options, catalog));
        all.add(enumerated(
                options,
                SIDE,
                "tpidoc Sides",
                "The side of an injected muscle.",
                FixedConcepts.LEFT,
                FixedConcepts.RIGHT));
        all.add(enumerated(
                options,
                ROUTE,
                "tpidoc Routes",
                "The route of a trigger point injection.",
                FixedConcepts.INTRAMUSCULAR));
        return all;
    }

    /** A value set of exactly {@code concepts}, all of one code system. */
    private static ValueSet enumerated(
            MappingOptions options, String name, String title, String description, Concept... concepts) {
        ValueSet valueSet = named(options, name, title, description);
        ConceptSetComponent include = valueSet.getCompose().addInclude().setSystem(concepts[0].system());
        for (Concept concept : concepts) {
            include.addConcept().setCode(concept.code()).setDisplay(concept.display());
        }
        return valueSet;
    }

    private static ValueSet procedureCodes(MappingOptions options) {
        ValueSet valueSet = named(
                options,
                PROCEDURE_CODE,
                "tpidoc Procedure codes",
                "The codes of a trigger point injection or dry needling Procedure: our procedure kinds, and the CPT "
                        + "codes of the procedure as billing derives them.");
        valueSet.getCompose().addInclude().setSystem(options.codeSystem(OwnCodes.PROCEDURE));
        ConceptSetComponent cpt = valueSet.getCompose().addInclude().setSystem(CodeSystems.CPT);
        for (ProcedureCode code : ProcedureCode.values()) {
            cpt.addConcept().setCode(code.code());
        }
        return valueSet;
    }

    private static ValueSet muscleSites(MappingOptions options, Catalog catalog) {
        ValueSet valueSet = named(
                options,
                MUSCLE_SITE,
                "tpidoc Muscle sites",
                "The codes of an injected muscle: our muscle codes, and the SNOMED CT code of each catalogue muscle "
                        + "that has one.");
        valueSet.getCompose().addInclude().setSystem(options.codeSystem(OwnCodes.MUSCLE));
        ConceptSetComponent snomed = valueSet.getCompose().addInclude().setSystem(CodeSystems.SNOMED_CT);
        catalog.muscles().stream()
                .flatMap(muscle -> muscle.snomed().stream())
                .map(Concept::code)
                .distinct()
                .forEach(code -> snomed.addConcept().setCode(code));
        return valueSet;
    }

    private static ValueSet named(MappingOptions options, String name, String title, String description) {
        ValueSet valueSet = new ValueSet();
        valueSet.setId(name);
        valueSet.setUrl(options.valueSet(name));
        valueSet.setName("Tpidoc" + Definitions.machineName(name));
        valueSet.setTitle(title);
        valueSet.setStatus(PublicationStatus.ACTIVE);
        valueSet.setPublisher(Definitions.PUBLISHER);
        valueSet.setDescription(description);
        return valueSet;
    }

    /** One value set per code system, in the same order. */
    static List<ValueSet> allCodesOf(MappingOptions options, List<CodeSystem> codeSystems) {
        return codeSystems.stream().map(system -> allCodesOf(options, system)).toList();
    }

    private static ValueSet allCodesOf(MappingOptions options, CodeSystem system) {
        ValueSet valueSet = named(
                options,
                system.getIdElement().getIdPart(),
                system.getTitle(),
                "Every code of " + system.getUrl() + ".");
        valueSet.getCompose().addInclude().setSystem(system.getUrl());
        return valueSet;
    }
}
