package org.tpidoc.fhir.resource.bodystructure;

import java.util.List;
import org.hl7.fhir.r4.model.BodyStructure;
import org.tpidoc.dosing.MuscleSide;
import org.tpidoc.fhir.datatype.BodySites;
import org.tpidoc.fhir.datatype.Narratives;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.Roles;

/**
 * One {@code BodyStructure} per distinct muscle and side: the muscle as {@code location}, the side as
 * {@code locationQualifier} (SNOMED CT Left or Right). The {@code Procedure} points to it with {@code
 * procedure-targetBodyStructure}, and every body site element with the HL7 {@code bodySite} extension.
 */
public final class BodyStructureMapper {

    private BodyStructureMapper() {}

    /** The body structures of the session's distinct (muscle, side) pairs, in site order. */
    public static List<BodyStructure> map(MappingContext context) {
        return context.doses().muscleSides().stream()
                .map(side -> map(context, side))
                .toList();
    }

    /** The {@code BodyStructure} of one muscle on one side. */
    public static BodyStructure map(MappingContext context, MuscleSide side) {
        String label = BodySites.label(
                context.muscleName(side.muscle()), side.laterality(), BodySites.detail(context.session(), side));
        BodyStructure structure = new BodyStructure();
        structure.setId(context.id(Roles.bodyStructure(side)));
        structure.setText(Narratives.labelled("Body structure", "Site", label));
        structure.setActive(!context.enteredInError());
        structure.setLocation(BodySites.muscle(context, side.muscle()));
        structure.addLocationQualifier(BodySites.laterality(side.laterality()));
        structure.setDescription(label);
        structure.setPatient(context.patient());
        return structure;
    }
}
