package org.tpidoc.fhir.datatype;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;
import org.tpidoc.catalog.Muscle;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.FixedConcepts;
import org.tpidoc.fhir.kernel.OwnCodes;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.session.Laterality;
import org.tpidoc.terminology.CodeSystems;

/**
 * Body sites back to muscles and sides: the inverse of {@link BodySites}, and lenient with other systems.
 * A muscle comes from our {@code muscle} code, a SNOMED CT structure the catalogue knows, or the words of
 * the text (or a coding's display); a side from a SNOMED CT laterality coding, a post-coordinated
 * expression refined with a side ({@code 31764008:<attribute>=7771000}), an extension carrying a laterality qualifier, or the
 * words; the HL7 {@code bodySite} extension names the {@code BodyStructure} to ask as well.
 */
public final class BodySiteReader {

    /** SNOMED CT 51440002 Right and left. */
    public static final String BOTH_SIDES = "51440002";

    private BodySiteReader() {}

    /** The coded clues of a body site {@code CodeableConcept} (codings, laterality extensions, BodyStructure links). */
    public static SiteClues coded(ReadContext context, CodeableConcept site) {
        Builder clues = new Builder();
        for (Coding coding : site.getCoding()) {
            clues.coding(context, coding);
        }
        for (Extension extension : site.getExtension()) {
            if (extension.getUrl() != null
                    && extension.getUrl().toLowerCase(Locale.ROOT).contains("laterality")) {
                if (extension.getValue() instanceof CodeableConcept concept) {
                    concept.getCoding().forEach(coding -> clues.side(coding));
                } else if (extension.getValue() instanceof Coding coding) {
                    clues.side(coding);
                }
            }
        }
        List<Reference> structures = new ArrayList<>();
        for (Extension extension : site.getExtensionsByUrl(Extensions.BODY_SITE)) {
            if (extension.getValue() instanceof Reference reference) {
                structures.add(reference);
            }
        }
        return clues.build(structures);
    }

    /** The clues in the words of a body site: its text, else its first coding's display. */
    public static SiteClues worded(ReadContext context, CodeableConcept site) {
        return fromText(context, CodeReader.words(site).stream().findFirst().orElse(null));
    }

    /**
     * The clues of a {@code BodyStructure}'s parts: the muscle from its {@code location}, the side from its
     * {@code locationQualifier}s (codes or words), and the detail from its description.
     */
    public static SiteClues structure(
            ReadContext context,
            CodeableConcept location,
            List<CodeableConcept> qualifiers,
            @Nullable String description) {
        SiteClues clues = coded(context, location).orElse(worded(context, location));
        Builder side = new Builder();
        StringBuilder words = new StringBuilder();
        for (CodeableConcept qualifier : qualifiers) {
            qualifier.getCoding().forEach(side::side);
            CodeReader.words(qualifier).stream().findFirst().ifPresent(word -> words.append(' ')
                    .append(word));
        }
        SiteClues qualified = side.build(List.of()).orElse(fromText(context, words.toString()));
        SiteClues described = fromText(context, description);
        return new SiteClues(
                        clues.muscle(),
                        clues.muscleFromText(),
                        clues.unknownCode(),
                        null,
                        false,
                        false,
                        described.detail(),
                        clues.structures())
                .orElse(qualified)
                .orElse(clues)
                .orElse(described);
    }

    /** The clues in words alone. */
    public static SiteClues fromText(ReadContext context, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return SiteClues.NONE;
        }
        MuscleText.Parsed parsed = MuscleText.parse(context.catalog(), text);
        return new SiteClues(
                parsed.muscle(),
                parsed.muscle() != null,
                null,
                parsed.side(),
                parsed.side() != null,
                parsed.bothSides(),
                parsed.detail(),
                List.of());
    }

    /** Collects coded clues. */
    private static final class Builder {
        private @Nullable String muscle;
        private @Nullable String unknownCode;
        private @Nullable Laterality side;
        private boolean both;

        void coding(ReadContext context, Coding coding) {
            if (!coding.hasCode() || !coding.hasSystem()) {
                return;
            }
            String code = coding.getCode();
            if (context.codeSystem(OwnCodes.MUSCLE).equals(coding.getSystem())) {
                muscle = muscle == null ? code : muscle;
            } else if (CodeSystems.SNOMED_CT.equals(coding.getSystem())) {
                snomed(context, code);
            } else if (muscle == null && unknownCode == null) {
                unknownCode = coding.getSystem() + CodeReader.quoted(code);
            }
        }

        private void snomed(ReadContext context, String code) {
            if (side(code)) {
                return;
            }
            int colon = code.indexOf(':');
            String focus = colon < 0 ? code : code.substring(0, colon).strip();
            if (colon >= 0) {
                // a refinement attribute=value whose value is a side (its attribute is then laterality)
                for (String refinement :
                        code.substring(colon + 1).replace(" ", "").split("[,{}]")) {
                    int equals = refinement.indexOf('=');
                    if (equals > 0) {
                        side(refinement.substring(equals + 1));
                    }
                }
            }
            String slug = context.catalog().muscles().stream()
                    .filter(m -> m.snomed().map(c -> c.code().equals(focus)).orElse(false))
                    .map(Muscle::slug)
                    .findFirst()
                    .orElse(null);
            if (slug != null) {
                muscle = muscle == null ? slug : muscle;
            } else if (muscle == null && unknownCode == null) {
                unknownCode = "SNOMED CT" + CodeReader.quoted(focus);
            }
        }

        void side(Coding coding) {
            if (CodeSystems.SNOMED_CT.equals(coding.getSystem()) && coding.hasCode()) {
                side(coding.getCode());
            }
        }

        private boolean side(String snomedCode) {
            if (FixedConcepts.LEFT.code().equals(snomedCode)) {
                side = side == null ? Laterality.LEFT : side;
            } else if (FixedConcepts.RIGHT.code().equals(snomedCode)) {
                side = side == null ? Laterality.RIGHT : side;
            } else if (BOTH_SIDES.equals(snomedCode)) {
                both = true;
            } else {
                return false;
            }
            return true;
        }

        SiteClues build(List<Reference> structures) {
            return new SiteClues(muscle, false, unknownCode, both ? null : side, false, both, null, structures);
        }
    }
}
