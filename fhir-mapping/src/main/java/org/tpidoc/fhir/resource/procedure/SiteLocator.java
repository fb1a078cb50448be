package org.tpidoc.fhir.resource.procedure;

import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;
import org.tpidoc.dosing.MuscleSide;
import org.tpidoc.fhir.datatype.BodySiteReader;
import org.tpidoc.fhir.datatype.SiteClues;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.fhir.resource.bodystructure.BodyStructureTranslator;

/**
 * Where a site is, from a body site element ({@code Procedure.bodySite}, {@code Dosage.site}) or a
 * reference to a {@code BodyStructure}: the codes of the element first, then the body structure it links
 * to, then its words. Whatever stays unknown is reported at the element's path.
 */
public final class SiteLocator {

    private static final Set<String> BODY_STRUCTURE = Set.of("BodyStructure");

    /**
     * A located site: the muscle and side, and the free-text detail.
     *
     * @param side the muscle and side
     * @param detail words such as "upper fibres", or {@code null}
     */
    public record Site(MuscleSide side, @Nullable String detail) {}

    private SiteLocator() {}

    /** The site of a body site element of {@code from}, at {@code path}. */
    public static Optional<Site> locate(ReadContext context, Located from, CodeableConcept site, String path) {
        SiteClues coded = BodySiteReader.coded(context, site);
        SiteClues clues = coded;
        for (int i = 0; i < coded.structures().size(); i++) {
            clues = clues.orElse(structure(context, from, coded.structures().get(i), path + ".extension"));
        }
        return found(context, clues.orElse(BodySiteReader.worded(context, site)), path);
    }

    /** The site of a reference to a {@code BodyStructure} of {@code from}, at {@code path}. */
    public static Optional<Site> locate(ReadContext context, Located from, Reference structure, String path) {
        return found(context, structure(context, from, structure, path), path);
    }

    private static SiteClues structure(ReadContext context, Located from, Reference reference, String path) {
        return context.follow(from, reference, path, BODY_STRUCTURE, true)
                .map(structure -> BodyStructureTranslator.fromFhir(context, structure))
                .orElse(SiteClues.NONE);
    }

    private static Optional<Site> found(ReadContext context, SiteClues clues, String path) {
        return clues.report(context, path).map(side -> new Site(side, clues.detail()));
    }
}
