package org.tpidoc.session;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * A business identifier: a value in a namespace, such as a medical record number. Maps to a FHIR
 * {@code Identifier}. {@link #toString()} never shows the value: identifiers are patient data.
 *
 * @param system the namespace URI, never blank
 * @param value the identifier within the namespace, never blank
 */
public record Identifier(String system, String value) {

    /** Checks that system and value are present and not blank. */
    public Identifier {
        Objects.requireNonNull(system, "identifier.system");
        Objects.requireNonNull(value, "identifier.value");
        checkArgument(!system.isBlank(), "identifier.system must not be blank");
        checkArgument(!value.isBlank(), "identifier.value must not be blank");
    }

    @Override
    public String toString() {
        return "Identifier[system=" + system + ", value=(redacted)]";
    }
}
