package org.tpidoc.fhir.resource.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.tpidoc.catalog.ExamFinding;
import org.tpidoc.catalog.PriorTherapy;
import org.tpidoc.dosing.MuscleSide;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.datatype.CodeReader;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.OwnCodes;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.fhir.kernel.Roles;
import org.tpidoc.session.Coded;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;

/**
 * The {@code Procedure} extensions in a fixed order, both directions: our {@code session-status} (read
 * with {@code Procedure.status}), HL7's {@code procedure-targetBodyStructure}, then the pairs ({@link
 * SetupExtensions}, {@link InjectionSiteExtension}, {@link OutcomeExtensions}), our {@code prior-therapy}
 * and {@code examination-finding}, {@link PatientFactorsExtension} and {@link ConductExtensions}. An
 * extension the session has no place for is reported with its URL.
 */
final class ProcedureExtensions {

    /** Our extension, and HL7's procedure-targetBodyStructure, refer to the body structure of a site. */
    private static final Set<String> BODY_STRUCTURE = Set.of("BodyStructure");

    private ProcedureExtensions() {}

    /** Adds every extension the session calls for to {@code procedure}, in a fixed order. */
    static void toFhir(MappingContext context, Procedure procedure) {
        InjectionSession session = context.session();
        context.addExtension(
                procedure,
                Extensions.SESSION_STATUS,
                new CodeType(session.status().code()));
        for (MuscleSide side : context.doses().muscleSides()) {
            Extensions.add(procedure, Extensions.TARGET_BODY_STRUCTURE, context.reference(Roles.bodyStructure(side)));
        }
        SetupExtensions.toFhir(context, procedure);
        for (InjectionSite site : session.sites()) {
            procedure.addExtension(InjectionSiteExtension.toFhir(context, site));
        }
        OutcomeExtensions.toFhir(context, procedure);
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
            procedure.addExtension(PatientFactorsExtension.toFhir(context, session.patientFactors()));
        }
        ConductExtensions.toFhir(context, procedure);
    }

    /** Reads every extension of the session's {@code Procedure} into {@code session}. */
    static void fromFhir(ReadContext context, InjectionSession.Builder session) {
        Located at = context.procedure();
        boolean sitesRecorded = InjectionSiteExtension.recorded(context);
        List<InjectionSite> sites = new ArrayList<>();
        List<String> priorTherapies = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        List<Extension> extensions = ((Procedure) at.resource()).getExtension();
        for (int i = 0; i < extensions.size(); i++) {
            Extension extension = extensions.get(i);
            String path = at.at("extension", i);
            String url = extension.getUrl() == null ? "" : extension.getUrl();
            if (url.equals(context.extension(Extensions.SESSION_STATUS))) {
                continue; // read with Procedure.status
            } else if (url.equals(Extensions.TARGET_BODY_STRUCTURE)) {
                if (extension.getValue() instanceof Reference ref && sitesRecorded) {
                    context.follow(at, ref, path, BODY_STRUCTURE, false).ifPresent(context::use);
                }
            } else if (url.equals(context.extension(Extensions.INJECTION_SITE))) {
                InjectionSiteExtension.fromFhir(context, extension, path).ifPresent(sites::add);
            } else if (url.equals(context.extension(Extensions.PRIOR_THERAPY))) {
                slug(context, extension, OwnCodes.PRIOR_THERAPY, path).ifPresent(priorTherapies::add);
            } else if (url.equals(context.extension(Extensions.EXAMINATION_FINDING))) {
                slug(context, extension, OwnCodes.FINDING, path).ifPresent(findings::add);
            } else if (url.equals(context.extension(Extensions.PATIENT_FACTORS))) {
                PatientFactorsExtension.fromFhir(context, extension, path).ifPresent(session::patientFactors);
            } else if (!SetupExtensions.fromFhir(context, extension, path, session)
                    && !OutcomeExtensions.fromFhir(context, extension, path, session)
                    && !ConductExtensions.fromFhir(context, extension, path, session)) {
                context.findings()
                        .add(
                                ImportCode.UNMAPPED_ELEMENT,
                                path,
                                "extension " + CodeReader.quoted(url).strip() + " is not one a session can hold");
            }
        }
        if (sitesRecorded) {
            session.sites(sites);
        }
        session.priorTherapies(priorTherapies).findings(findings);
    }

    /** The enum value an extension codes in our code system {@code systemName}; reported when it codes none. */
    static <E extends Enum<E> & Coded> Optional<E> own(
            ReadContext context, Extension extension, String systemName, Class<E> type, String path) {
        return slug(context, extension, systemName, path).flatMap(code -> CodeReader.coded(context, type, code, path));
    }

    /** The code of our code system {@code systemName} an extension's value codes; reported when it codes none. */
    private static Optional<String> slug(ReadContext context, Extension extension, String systemName, String path) {
        Optional<String> code = extension.getValue() instanceof CodeableConcept concept
                ? CodeReader.own(context, systemName, concept)
                : Optional.empty();
        if (code.isEmpty()) {
            context.findings()
                    .add(ImportCode.UNMAPPED_ELEMENT, path, "not coded in our " + systemName + " code system");
        }
        return code;
    }
}
