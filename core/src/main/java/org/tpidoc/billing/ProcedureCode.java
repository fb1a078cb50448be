package org.tpidoc.billing;

import java.util.Optional;
import org.tpidoc.session.Technique;
import org.tpidoc.terminology.CodeSystems;

/**
 * The CPT codes a session bills, each with our own short description (terminology.md, Billing): CPT
 * descriptors are the AMA's licensed text and are never shipped. The procedure code is billed once per
 * session by the number of distinct (muscle, side) pairs, whatever the number of points.
 */
public enum ProcedureCode {
    /** CPT 20552: trigger point injection, 1–2 muscles. */
    TRIGGER_POINT_INJECTION_1_2("20552", "trigger point injection, 1–2 muscles"),
    /** CPT 20553: trigger point injection, 3+ muscles. */
    TRIGGER_POINT_INJECTION_3_PLUS("20553", "trigger point injection, 3+ muscles"),
    /** CPT 20560: dry needling, 1–2 muscles. */
    DRY_NEEDLING_1_2("20560", "dry needling, 1–2 muscles"),
    /** CPT 20561: dry needling, 3+ muscles. */
    DRY_NEEDLING_3_PLUS("20561", "dry needling, 3+ muscles"),
    /** CPT 76942: ultrasound guidance for needle placement. */
    ULTRASOUND_GUIDANCE("76942", "ultrasound guidance for needle placement");

    private final String code;
    private final String description;

    ProcedureCode(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The CPT code, e.g. {@code "20553"}. */
    public String code() {
        return code;
    }

    /** Our own short description, e.g. {@code "trigger point injection, 3+ muscles"}. */
    public String description() {
        return description;
    }

    /** The code system: always {@link CodeSystems#CPT}. */
    public String system() {
        return CodeSystems.CPT;
    }

    /**
     * The procedure code for a technique and a count of distinct (muscle, side) pairs (left and right
     * of one muscle count as two), or empty when no muscle was needled.
     *
     * @throws IllegalArgumentException if {@code muscleCount} is negative
     */
    public static Optional<ProcedureCode> forMuscles(Technique technique, int muscleCount) {
        if (muscleCount < 0) {
            throw new IllegalArgumentException("muscleCount must not be negative, was " + muscleCount);
        }
        if (muscleCount == 0) {
            return Optional.empty();
        }
        boolean fewMuscles = muscleCount <= 2;
        return Optional.of(
                switch (technique) {
                    case INJECTION -> fewMuscles ? TRIGGER_POINT_INJECTION_1_2 : TRIGGER_POINT_INJECTION_3_PLUS;
                    case DRY_NEEDLING -> fewMuscles ? DRY_NEEDLING_1_2 : DRY_NEEDLING_3_PLUS;
                });
    }

    /** A charge line of this code for one unit, without modifiers. */
    public ChargeLine line() {
        return new ChargeLine(system(), code, 1, java.util.List.of(), description);
    }
}
