package org.tpidoc.fhir.datatype;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;
import org.tpidoc.dosing.MuscleSide;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.session.Laterality;

/**
 * What a body site says about a muscle and its side, and how it says it: from codes (our muscle codes,
 * SNOMED CT structures and laterality, a BodyStructure's location and qualifier) or from words. Clues from
 * several places combine with {@link #orElse}, the more trusted first; {@link #report} turns what is
 * still missing into findings.
 *
 * @param muscle the muscle slug, or {@code null}
 * @param muscleFromText whether the muscle was recognised from words
 * @param unknownCode a code that names no catalogue muscle ({@code system|code}), or {@code null}
 * @param side the side, or {@code null}
 * @param sideFromText whether the side was recognised from words
 * @param bothSides whether the site says both sides (a session site is one side)
 * @param detail words such as "upper fibres", or {@code null}
 * @param structures references to {@code BodyStructure}s that describe the site
 */
public record SiteClues(
        @Nullable String muscle,
        boolean muscleFromText,
        @Nullable String unknownCode,
        @Nullable Laterality side,
        boolean sideFromText,
        boolean bothSides,
        @Nullable String detail,
        List<Reference> structures) {

    /** No clue at all. */
    public static final SiteClues NONE = new SiteClues(null, false, null, null, false, false, null, List.of());

    /** Copies the references. */
    public SiteClues {
        structures = List.copyOf(structures);
    }

    /** These clues, each missing one taken from {@code other}. */
    public SiteClues orElse(SiteClues other) {
        boolean ownMuscle = muscle != null;
        boolean ownSide = side != null || bothSides;
        List<Reference> allStructures = new ArrayList<>(structures);
        allStructures.addAll(other.structures);
        return new SiteClues(
                ownMuscle ? muscle : other.muscle,
                ownMuscle ? muscleFromText : other.muscleFromText,
                unknownCode != null ? unknownCode : other.unknownCode,
                ownSide ? side : other.side,
                ownSide ? sideFromText : other.sideFromText,
                ownSide ? bothSides : other.bothSides,
                detail != null ? detail : other.detail,
                allStructures);
    }

    /**
     * The muscle and side when both are known; every clue that is missing, unknown or read from words
     * becomes a finding at {@code path}.
     */
    public Optional<MuscleSide> report(ReadContext context, String path) {
        if (unknownCode != null && (muscle == null || muscleFromText)) {
            context.findings()
                    .add(
                            ImportCode.UNKNOWN_MUSCLE_CODE,
                            path,
                            "the code " + unknownCode + " names no muscle of the catalogue");
        }
        if (muscle == null) {
            context.findings()
                    .add(
                            ImportCode.MUSCLE_UNKNOWN,
                            path,
                            "no muscle of the catalogue recognised in the codes or text; the site was not imported");
        } else if (muscleFromText) {
            context.findings()
                    .add(ImportCode.MUSCLE_FROM_TEXT, path, "muscle '" + muscle + "' recognised from the text");
        }
        if (bothSides) {
            context.findings()
                    .add(
                            ImportCode.LATERALITY_UNKNOWN,
                            path,
                            "both sides are given for one site; a session site is one side: not imported");
        } else if (side == null) {
            context.findings()
                    .add(
                            ImportCode.LATERALITY_UNKNOWN,
                            path,
                            "no side (left or right) recognised in codes, BodyStructure or text; the site was not imported");
        } else if (sideFromText) {
            context.findings()
                    .add(ImportCode.LATERALITY_FROM_TEXT, path, "side '" + side.code() + "' recognised from the text");
        }
        return muscle != null && side != null && !bothSides
                ? Optional.of(new MuscleSide(muscle, side))
                : Optional.empty();
    }
}
