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

    private ValueSets() {}

    /** Every value set: one per code system, then {@value #PROCEDURE_CODE} and {@value #MUSCLE_SITE}. */
    static List<ValueSet> of(MappingOptions options, Catalog catalog, List<CodeSystem> codeSystems) {
        List<ValueSet> all = new ArrayList<>(allCodesOf(options, codeSystems));
        all.add(procedureCodes(options));
        all.add(muscleSites(options, catalog));
        return all;
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
        ValueSet valueSet = new ValueSet();
        valueSet.setId(system.getIdElement().getIdPart());
        valueSet.setUrl(options.valueSet(system.getIdElement().getIdPart()));
        valueSet.setName(system.getName());
        valueSet.setTitle(system.getTitle());
        valueSet.setStatus(PublicationStatus.ACTIVE);
        valueSet.setPublisher(Definitions.PUBLISHER);
        valueSet.setDescription("Every code of " + system.getUrl() + ".");
        valueSet.getCompose().addInclude().setSystem(system.getUrl());
        return valueSet;
    }
}
