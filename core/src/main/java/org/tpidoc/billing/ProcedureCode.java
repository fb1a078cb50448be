package org.tpidoc.billing;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.dosing.MuscleSide;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Technique;
import org.tpidoc.terminology.CodeSystems;

/**
 * The CPT codes a session bills, each with our own short description (terminology.md, Billing): CPT
 * descriptors are the AMA's licensed text and are never shipped. The procedure code is billed once per
 * session by the number of distinct (muscle, side) pairs, whatever the number of points; a muscle and a
 * part of it on one side (scalenes and scalenus anterior) are one muscle.
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
     * The procedure code of {@code session}: by its technique and {@link #musclesBilled(InjectionSession,
     * Catalog)}; empty when no muscle was needled. Whatever the session's status (billing decides whether
     * to bill it).
     */
    public static Optional<ProcedureCode> forSession(InjectionSession session, Catalog catalog) {
        return forMuscles(session.technique(), musclesBilled(session, catalog).size());
    }

    /**
     * The muscles the procedure code counts: the distinct (whole muscle, side) pairs of the session's
     * sites, in site order. A part of a muscle counts as the whole muscle it belongs to in {@code catalog}
     * ({@link Catalog#wholeMuscleOf(String)}), so scalenus anterior and scalenes on the left are one
     * muscle, and on opposite sides two.
     */
    public static Set<MuscleSide> musclesBilled(InjectionSession session, Catalog catalog) {
        Set<MuscleSide> muscles = new LinkedHashSet<>();
        for (InjectionSite site : session.sites()) {
            muscles.add(new MuscleSide(catalog.wholeMuscleOf(site.muscle()), site.laterality()));
        }
        return muscles;
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
        return line(List.of());
    }

    /** A charge line of this code for one unit with {@code modifiers}, e.g. {@code ["53"]}. */
    public ChargeLine line(List<String> modifiers) {
        return new ChargeLine(system(), code, 1, modifiers, description);
    }
}
