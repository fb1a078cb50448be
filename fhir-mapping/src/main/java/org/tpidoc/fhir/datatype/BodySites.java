package org.tpidoc.fhir.datatype;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;
import org.tpidoc.catalog.Muscle;
import org.tpidoc.dosing.MuscleSide;
import org.tpidoc.fhir.kernel.Concepts;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.FixedConcepts;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.OwnCodes;
import org.tpidoc.fhir.kernel.Roles;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Laterality;
import org.tpidoc.terminology.Concept;

/**
 * Body sites with laterality. A muscle is a {@code CodeableConcept} of its SNOMED CT body structure
 * (where terminology.md has a checked code) and its slug in our {@code muscle} code system; the side
 * lives in the text ("Left trapezius (upper fibres)") and in the {@code BodyStructure} the HL7 {@code
 * bodySite} extension points to (R4 has no laterality element on a {@code CodeableConcept}).
 */
public final class BodySites {

    private BodySites() {}

    /**
     * A muscle on one side, for people: {@code "Left trapezius (upper fibres)"}.
     *
     * @param muscleName the muscle in words, e.g. {@code "trapezius"}
     * @param side the side
     * @param detail free text such as {@code "upper fibres"}, or {@code null}
     */
    public static String label(String muscleName, Laterality side, @Nullable String detail) {
        String sideWord = side.code().substring(0, 1).toUpperCase(Locale.ROOT)
                + side.code().substring(1);
        return sideWord + " " + muscleName + (detail == null ? "" : " (" + detail + ")");
    }

    /** The SNOMED CT laterality qualifier of a side ({@code BodyStructure.locationQualifier}). */
    public static CodeableConcept laterality(Laterality side) {
        return Concepts.codeable(side == Laterality.LEFT ? FixedConcepts.LEFT : FixedConcepts.RIGHT);
    }

    /**
     * The muscle as a {@code CodeableConcept} without side: SNOMED CT coding when checked, our own coding,
     * and the muscle's name as text ({@code BodyStructure.location}).
     */
    public static CodeableConcept muscle(Optional<Concept> snomed, Concept own, String text) {
        CodeableConcept muscle = new CodeableConcept();
        snomed.ifPresent(code -> muscle.addCoding(Concepts.coding(code)));
        return muscle.addCoding(Concepts.coding(own)).setText(text);
    }

    /**
     * A body site with its side ({@code Procedure.bodySite}, {@code Dosage.site}, {@code
     * Observation.bodySite}): the muscle's codings, the labelled text, and the HL7 {@code bodySite}
     * extension to the {@code BodyStructure} that states the side.
     */
    public static CodeableConcept site(Optional<Concept> snomed, Concept own, String label, Reference bodyStructure) {
        CodeableConcept site = muscle(snomed, own, label);
        Extensions.add(site, Extensions.BODY_SITE, bodyStructure);
        return site;
    }

    /** The muscle without side ({@code BodyStructure.location}), named in {@code context}'s catalogue. */
    public static CodeableConcept muscle(MappingContext context, String slug) {
        String name = context.muscleName(slug);
        return muscle(snomed(context, slug), context.own(OwnCodes.MUSCLE, slug, name), name);
    }

    /** A muscle on one side with its label, linked to its {@code BodyStructure} (any body site element). */
    public static CodeableConcept site(MappingContext context, MuscleSide side, @Nullable String detail) {
        String name = context.muscleName(side.muscle());
        return site(
                snomed(context, side.muscle()),
                context.own(OwnCodes.MUSCLE, side.muscle(), name),
                label(name, side.laterality(), detail),
                context.reference(Roles.bodyStructure(side)));
    }

    private static Optional<Concept> snomed(MappingContext context, String muscleSlug) {
        return context.catalog().muscle(muscleSlug).flatMap(Muscle::snomed);
    }

    /** The free-text details recorded for a muscle and side, joined when several sites share them. */
    public static @Nullable String detail(InjectionSession session, MuscleSide side) {
        List<String> details = session.sites().stream()
                .filter(site -> site.muscle().equals(side.muscle()) && site.laterality() == side.laterality())
                .map(InjectionSite::detail)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        return details.isEmpty() ? null : String.join("; ", details);
    }
}
