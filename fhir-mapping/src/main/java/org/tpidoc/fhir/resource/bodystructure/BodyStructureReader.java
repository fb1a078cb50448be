package org.tpidoc.fhir.resource.bodystructure;

import org.hl7.fhir.r4.model.BodyStructure;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.datatype.BodySiteReader;
import org.tpidoc.fhir.datatype.SiteClues;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.ReadContext;

/**
 * A {@code BodyStructure} back to a muscle and side: the inverse of {@link BodyStructureMapper}. The
 * muscle comes from {@code location}, the side from {@code locationQualifier} (SNOMED CT Left or Right,
 * or words), the detail from the description's parenthesis. An inactive structure is still read (our
 * export marks every resource of a record entered in error inactive) but said so when the record is not.
 */
public final class BodyStructureReader {

    private BodyStructureReader() {}

    /** The clues of the body structure at {@code located}, which the session then uses. */
    public static SiteClues read(ReadContext context, Located located) {
        context.use(located);
        BodyStructure structure = (BodyStructure) located.resource();
        if (structure.hasActive() && !structure.getActive()) {
            context.findings()
                    .add(
                            ImportCode.UNMAPPED_ELEMENT_NOTHING_LOST,
                            located.at("active"),
                            "the body structure is marked inactive; the site is read as recorded");
        }
        CodeableConcept location = structure.hasLocation() ? structure.getLocation() : new CodeableConcept();
        return BodySiteReader.structure(
                context,
                location,
                structure.getLocationQualifier(),
                structure.hasDescription() ? structure.getDescription() : null);
    }
}
