package org.tpidoc.fhir.conformance;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.Type;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.conformance.ExtensionSpec.Binding;
import org.tpidoc.terminology.Concept;

/**
 * Writes the differential of one profile: elements a conformant resource must have, must-support flags,
 * patterns, bindings and extension slices. Paths are relative to the resource ({@code "code"}, {@code
 * "bodySite.extension"}); the snapshot generator orders and completes them.
 */
final class ProfileBuilder {

    private final MappingOptions options;
    private final StructureDefinition definition;
    private final String type;
    private final Map<String, ElementDefinition> elements = new LinkedHashMap<>();

    ProfileBuilder(MappingOptions options, String name, String type, String title, String description) {
        this.options = options;
        this.type = type;
        this.definition = Definitions.constraint(options, name, type, title, description);
    }

    /** The element at {@code path}, created on first use, flagged must-support, with {@code meaning} as short. */
    ProfileBuilder mustSupport(String path, String meaning) {
        element(path).setMustSupport(true).setShort(meaning);
        return this;
    }

    /** The element at {@code path} is required (at least once) and must-support. */
    ProfileBuilder required(String path, String meaning) {
        mustSupport(path, meaning);
        element(path).setMin(1);
        return this;
    }

    /** The element at {@code path} is at most once. */
    ProfileBuilder atMostOnce(String path) {
        element(path).setMax("1");
        return this;
    }

    /** The choice element at {@code path} takes only the types named (in our notation, see {@link Definitions#type}). */
    ProfileBuilder onlyTypes(String path, String... types) {
        ElementDefinition element = element(path);
        for (String type : types) {
            element.addType(Definitions.type(type));
        }
        return this;
    }

    /** The integer at {@code path} lies between {@code min} and {@code max}, both included. */
    ProfileBuilder between(String path, int min, int max) {
        element(path).setMinValue(new IntegerType(min)).setMaxValue(new IntegerType(max));
        return this;
    }

    /** The element at {@code path} is absent from a conformant resource. */
    ProfileBuilder absent(String path) {
        element(path).setMax("0");
        return this;
    }

    /**
     * The CodeableConcept at {@code path} carries {@code concept}'s system and code (a pattern: other codings,
     * displays and text may accompany it).
     */
    ProfileBuilder pattern(String path, Concept concept) {
        Coding coding = new Coding().setSystem(concept.system()).setCode(concept.code());
        return pattern(path, new CodeableConcept().addCoding(coding));
    }

    /** The element at {@code path} matches {@code value} where {@code value} has content. */
    ProfileBuilder pattern(String path, Type value) {
        element(path).setPattern(value);
        return this;
    }

    /** The identifier at {@code path} is in the options' identifier system. */
    ProfileBuilder sessionIdentifier(String path) {
        return pattern(path, new Identifier().setSystem(options.identifierSystem()));
    }

    /** The coded element at {@code path} is bound to our value set {@code valueSetName} with {@code strength}. */
    ProfileBuilder bound(String path, String valueSetName, String strength) {
        Definitions.bind(element(path), new Binding(options.valueSet(valueSetName), strength));
        return this;
    }

    /** A slice {@code sliceName} of {@code <path>.extension} for our extension {@code extensionName}. */
    ProfileBuilder extension(String path, String sliceName, String extensionName, int min, String max) {
        return extensionAt(path, sliceName, options.extension(extensionName), min, max);
    }

    /** A slice {@code sliceName} of {@code <path>.extension} for the extension at {@code url}. */
    ProfileBuilder extensionAt(String path, String sliceName, String url, int min, String max) {
        String at = path.isEmpty() ? "extension" : path + ".extension";
        ElementDefinition slice = element(at + ":" + sliceName);
        slice.setSliceName(sliceName).setMin(min).setMax(max).setMustSupport(true);
        slice.addType(Definitions.type("Extension").addProfile(url));
        return this;
    }

    /** The profile, differential only, its elements in the order they were first named. */
    StructureDefinition build() {
        return definition;
    }

    private ElementDefinition element(String path) {
        String id = path.isEmpty() ? type : type + "." + path;
        return elements.computeIfAbsent(id, key -> Definitions.element(definition, key));
    }
}
