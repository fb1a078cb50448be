package org.tpidoc.fhir.conformance;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The shape of one of our extensions, as {@link ExtensionDefinitions} declares it: its name (the last part of
 * its URL), what it means, where it may appear, and its value: either one value type or named parts, which
 * may themselves have parts (a complex extension).
 *
 * @param name the extension's name, e.g. {@code injection-site}
 * @param title a title for people, e.g. {@code Injection site}
 * @param definition what the extension records, in a sentence or two
 * @param contexts the FHIRPath element paths it may appear on, e.g. {@code Procedure} or {@code
 *     Medication.ingredient}
 * @param value what it holds
 */
record ExtensionSpec(String name, String title, String definition, List<String> contexts, Value value) {

    ExtensionSpec {
        Objects.requireNonNull(name, "name");
        contexts = List.copyOf(contexts);
        Objects.requireNonNull(value, "value");
    }

    /** What an extension or a part of it holds: one typed value, or parts. */
    sealed interface Value permits Typed, Parts {}

    /**
     * One value of FHIR type {@code type}: a primitive or datatype name ({@code boolean}, {@code Coding}),
     * or {@code Reference(A|B)} for a reference to those resource types ({@code Reference()} for any).
     *
     * @param type the type
     * @param binding the value set the value is bound to, or {@code null}
     */
    record Typed(String type, @Nullable Binding binding) implements Value {}

    /** Named parts, in order (a complex extension). */
    record Parts(List<Part> parts) implements Value {

        Parts {
            parts = List.copyOf(parts);
        }
    }

    /**
     * A part of a complex extension: a sub-extension with a plain name as its URL.
     *
     * @param name its name, e.g. {@code muscle}
     * @param min how often at least
     * @param max how often at most ({@code "1"} or {@code "*"})
     * @param definition what it records
     * @param value what it holds
     */
    record Part(String name, int min, String max, String definition, Value value) {}

    /**
     * A binding of a coded value.
     *
     * @param valueSet the canonical URL of the value set
     * @param strength {@code required}, {@code extensible}, {@code preferred} or {@code example}
     */
    record Binding(String valueSet, String strength) {}
}
