package org.tpidoc.fhir.resource.bodystructure;

import java.util.List;
import org.hl7.fhir.r4.model.BodyStructure;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.tpidoc.dosing.MuscleSide;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.datatype.BodySiteReader;
import org.tpidoc.fhir.datatype.BodySites;
import org.tpidoc.fhir.datatype.Narratives;
import org.tpidoc.fhir.datatype.SiteClues;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.Profiles;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.fhir.kernel.Roles;

/**
 * One {@code BodyStructure} per distinct muscle and side, both directions: the muscle as {@code location},
 * the side as {@code locationQualifier} (SNOMED CT Left or Right), the label as {@code description}. The
 * {@code Procedure} points to it with {@code procedure-targetBodyStructure}, and every body site element
 * with the HL7 {@code bodySite} extension. Reading takes the side from SNOMED CT or words and the detail
 * from the description's parenthesis; an inactive structure is still read (our export marks every resource
 * of a record entered in error inactive) but said so when the record is not.
 */
public final class BodyStructureTranslator {

    private BodyStructureTranslator() {}

    /** The body structures of the session's distinct (muscle, side) pairs, in site order. */
    public static List<BodyStructure> toFhir(MappingContext context) {
        return context.doses().muscleSides().stream()
                .map(side -> toFhir(context, side))
                .toList();
    }

    /** The {@code BodyStructure} of one muscle on one side. */
    private static BodyStructure toFhir(MappingContext context, MuscleSide side) {
        String label = BodySites.label(
                context.muscleName(side.muscle()), side.laterality(), BodySites.detail(context.session(), side));
        BodyStructure structure = new BodyStructure();
        structure.setId(context.id(Roles.bodyStructure(side)));
        context.conform(structure, Profiles.BODY_STRUCTURE);
        structure.setText(Narratives.labelled("Body structure", "Site", label));
        structure.setActive(!context.enteredInError());
        structure.setLocation(BodySites.muscle(context, side.muscle()));
        structure.addLocationQualifier(BodySites.laterality(side.laterality()));
        structure.setDescription(label);
        structure.setPatient(context.patient());
        return structure;
    }

    /** The clues of the body structure at {@code located}, which the session then uses. */
    public static SiteClues fromFhir(ReadContext context, Located located) {
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
