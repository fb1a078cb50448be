package org.tpidoc.fhir.resource.procedure;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.StringType;
import org.tpidoc.catalog.ExamFinding;
import org.tpidoc.catalog.PriorTherapy;
import org.tpidoc.dosing.MuscleSide;
import org.tpidoc.fhir.datatype.Quantities;
import org.tpidoc.fhir.datatype.Times;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.OwnCodes;
import org.tpidoc.fhir.kernel.Roles;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;

/**
 * The {@code Procedure} extensions: HL7's {@code procedure-targetBodyStructure} and {@code
 * procedure-method}, and ours for what R4 has no element for, so that an import loses nothing.
 */
final class ProcedureExtensions {

    private ProcedureExtensions() {}

    /** Adds every extension the session calls for to {@code procedure}, in a fixed order. */
    static void addTo(Procedure procedure, MappingContext context) {
        InjectionSession session = context.session();
        context.addExtension(
                procedure,
                Extensions.SESSION_STATUS,
                new CodeType(session.status().code()));
        for (MuscleSide side : context.doses().muscleSides()) {
            Extensions.add(procedure, Extensions.TARGET_BODY_STRUCTURE, context.reference(Roles.bodyStructure(side)));
        }
        if (session.needling() != null) {
            Extensions.add(
                    procedure, Extensions.PROCEDURE_METHOD, context.ownConcept(OwnCodes.NEEDLING, session.needling()));
        }
        if (session.timeOut() != null) {
            Extension timeOut = Extensions.complex(procedure, context.extension(Extensions.TIME_OUT));
            Extensions.part(timeOut, "at", Times.dateTime(session.timeOut().at()));
            Extensions.part(
                    timeOut, "siteMarked", new BooleanType(session.timeOut().siteMarked()));
        }
        if (session.skinPreparation() != null) {
            context.addExtension(
                    procedure,
                    Extensions.SKIN_PREPARATION,
                    context.ownConcept(OwnCodes.SKIN_PREPARATION, session.skinPreparation()));
        }
        if (session.guidance() != null) {
            context.addExtension(
                    procedure, Extensions.GUIDANCE, context.ownConcept(OwnCodes.GUIDANCE, session.guidance()));
        }
        for (InjectionSite site : session.sites()) {
            procedure.addExtension(site(context, site));
        }
        if (session.estimatedBloodLossMl() != null) {
            context.addExtension(
                    procedure, Extensions.ESTIMATED_BLOOD_LOSS, Quantities.millilitres(session.estimatedBloodLossMl()));
        }
        if (session.tolerance() != null) {
            context.addExtension(
                    procedure, Extensions.TOLERANCE, context.ownConcept(OwnCodes.TOLERANCE, session.tolerance()));
        }
        context.addExtension(procedure, Extensions.AFTERCARE_GIVEN, new BooleanType(session.aftercareGiven()));
        for (String slug : session.priorTherapies()) {
            String name =
                    context.catalog().priorTherapy(slug).map(PriorTherapy::name).orElse(slug);
            context.addExtension(
                    procedure, Extensions.PRIOR_THERAPY, context.ownConcept(OwnCodes.PRIOR_THERAPY, slug, name));
        }
        for (String slug : session.findings()) {
            String name = context.catalog().finding(slug).map(ExamFinding::name).orElse(slug);
            context.addExtension(
                    procedure, Extensions.EXAMINATION_FINDING, context.ownConcept(OwnCodes.FINDING, slug, name));
        }
        if (session.patientFactors() != null) {
            procedure.addExtension(PatientFactorsExtension.map(context, session.patientFactors()));
        }
        ConductExtensions.addTo(procedure, context);
    }

    /** One site as recorded: muscle, side, detail, points, responses, injectate and its body structure. */
    private static Extension site(MappingContext context, InjectionSite site) {
        Extension extension = new Extension(context.extension(Extensions.INJECTION_SITE));
        Extensions.part(
                extension,
                "muscle",
                context.ownCoding(OwnCodes.MUSCLE, site.muscle(), context.muscleName(site.muscle())));
        Extensions.part(extension, "laterality", new CodeType(site.laterality().code()));
        if (site.detail() != null) {
            Extensions.part(extension, "detail", new StringType(site.detail()));
        }
        Extensions.part(extension, "points", new PositiveIntType(site.points()));
        Extensions.part(
                extension, "twitchResponse", context.ownCoding(OwnCodes.TWITCH_RESPONSE, site.twitchResponse()));
        Extensions.part(extension, "referredPainReproduced", new BooleanType(site.referredPainReproduced()));
        if (site.preparation() != null) {
            Extensions.part(extension, "preparation", new StringType(site.preparation()));
        }
        if (site.volumeMl() != null) {
            Extensions.part(extension, "volume", Quantities.millilitres(site.volumeMl()));
        }
        MuscleSide side = new MuscleSide(site.muscle(), site.laterality());
        return Extensions.part(extension, "bodyStructure", context.reference(Roles.bodyStructure(side)));
    }
}
