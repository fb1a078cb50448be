package org.tpidoc.fhir.conformance;

import java.util.Locale;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.ElementDefinition.TypeRefComponent;
import org.hl7.fhir.r4.model.Enumerations.BindingStrength;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.StructureDefinition.StructureDefinitionKind;
import org.hl7.fhir.r4.model.StructureDefinition.TypeDerivationRule;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.conformance.ExtensionSpec.Binding;

/**
 * The parts every StructureDefinition of the package shares: its header (url, name, status, FHIR version,
 * base) and its differential elements, whose {@code path} follows from their {@code id}.
 */
final class Definitions {

    /** The publisher named on every conformance resource. */
    static final String PUBLISHER = "tpidoc";

    private static final String CORE = "http://hl7.org/fhir/StructureDefinition/";

    private Definitions() {}

    /** A new constraint of the core type {@code type}, named {@code name} under the options' base. */
    static StructureDefinition constraint(
            MappingOptions options, String name, String type, String title, String description) {
        StructureDefinition definition = new StructureDefinition();
        definition.setId(name);
        definition.setUrl(options.profile(name));
        definition.setName(machineName(name));
        definition.setTitle(title);
        definition.setStatus(PublicationStatus.ACTIVE);
        definition.setPublisher(PUBLISHER);
        definition.setDescription(description);
        definition.setFhirVersion(FHIRVersion._4_0_1);
        definition.setKind(
                type.equals("Extension") ? StructureDefinitionKind.COMPLEXTYPE : StructureDefinitionKind.RESOURCE);
        definition.setAbstract(false);
        definition.setType(type);
        definition.setBaseDefinition(CORE + type);
        definition.setDerivation(TypeDerivationRule.CONSTRAINT);
        return definition;
    }

    /** The machine name of {@code name}: {@code tpi-pain-score} becomes {@code TpiPainScore}. */
    static String machineName(String name) {
        StringBuilder result = new StringBuilder();
        for (String part : name.split("-")) {
            result.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        return result.toString();
    }

    /**
     * A new differential element with {@code id} (e.g. {@code Procedure.extension:site.value[x]}); its path
     * is the id without slice names.
     */
    static ElementDefinition element(StructureDefinition definition, String id) {
        ElementDefinition element = definition.getDifferential().addElement();
        element.setId(id);
        element.setPath(id.replaceAll(":[^.]+", ""));
        return element;
    }

    /**
     * A type in our notation: a type name ({@code boolean}, {@code Coding}), or {@code Reference(A|B)} with
     * target types ({@code Reference()} for any resource).
     */
    static TypeRefComponent type(String notation) {
        if (!notation.startsWith("Reference(")) {
            return new TypeRefComponent().setCode(notation);
        }
        TypeRefComponent reference = new TypeRefComponent().setCode("Reference");
        String targets = notation.substring("Reference(".length(), notation.length() - 1);
        for (String target : targets.split("\\|")) {
            if (!target.isEmpty()) {
                reference.addTargetProfile(CORE + target);
            }
        }
        return reference;
    }

    /** Binds {@code element} to {@code binding}'s value set with its strength. */
    static void bind(ElementDefinition element, Binding binding) {
        element.getBinding()
                .setStrength(BindingStrength.fromCode(binding.strength()))
                .setValueSet(binding.valueSet());
    }
}
