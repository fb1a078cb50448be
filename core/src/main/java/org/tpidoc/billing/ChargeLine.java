package org.tpidoc.billing;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Objects;

/**
 * One line of a claim: a CPT or HCPCS code, its billing units, its modifiers and our own short
 * description. Immutable.
 *
 * @param system the code system URI: {@link org.tpidoc.terminology.CodeSystems#CPT} or {@link
 *     org.tpidoc.terminology.CodeSystems#HCPCS}
 * @param code the code, e.g. {@code "20553"} or {@code "J3301"}
 * @param units the billing units, at least 1
 * @param modifiers the modifiers in order, e.g. {@code ["JW"]} or {@code ["53"]}; empty when none
 * @param description our own short words for the code (never the AMA's CPT descriptor)
 */
public record ChargeLine(String system, String code, int units, List<String> modifiers, String description) {

    /**
     * CPT modifier 53, discontinued procedure: on the procedure line (20552, 20553, 20560, 20561) of an
     * aborted session, never on ultrasound guidance or drug lines.
     */
    public static final String DISCONTINUED = "53";

    /** HCPCS modifier for the discarded amount of a drug from a single-dose container. */
    public static final String DISCARDED = "JW";

    /** HCPCS modifier for a drug from a single-dose container of which nothing was discarded. */
    public static final String NOTHING_DISCARDED = "JZ";

    /** Checks the parts and copies the modifiers. */
    public ChargeLine {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        checkArgument(!code.isBlank(), "code must not be blank");
        checkArgument(units >= 1, "units must be at least 1, was %s", units);
        modifiers = List.copyOf(modifiers);
    }

    /** Whether this line carries {@code modifier}. */
    public boolean has(String modifier) {
        return modifiers.contains(modifier);
    }
}
