package org.tpidoc.terminology;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A coded concept: a code in a code system, with an optional human display. The code is the
 * identity; {@link #display()} is for people.
 *
 * <p>Maps to a FHIR {@code Coding} (system, code, display).
 *
 * @param system the code system's canonical URI, e.g. {@link CodeSystems#SNOMED_CT}; never blank
 * @param code the code within the system; never blank
 * @param display the display text, or {@code null} when none was given
 */
public record Concept(String system, String code, @Nullable String display) {

    /** Checks that system and code are present and not blank. */
    public Concept {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(code, "code");
        checkArgument(!system.isBlank(), "system must not be blank");
        checkArgument(!code.isBlank(), "code must not be blank");
    }

    /** A concept with a display. */
    public static Concept of(String system, String code, String display) {
        return new Concept(system, code, display);
    }

    /** Whether this concept has the given system and code (the display is ignored). */
    public boolean is(String otherSystem, String otherCode) {
        return system.equals(otherSystem) && code.equals(otherCode);
    }
}
