package org.tpidoc.fhir.resource.procedure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.datatype.CodeReader;
import org.tpidoc.fhir.datatype.ExtensionReader;
import org.tpidoc.fhir.datatype.QuantityReader;
import org.tpidoc.fhir.datatype.TimeReader;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.OwnCodes;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.session.Coded;
import org.tpidoc.session.Guidance;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Needling;
import org.tpidoc.session.SkinPreparation;
import org.tpidoc.session.TimeOut;
import org.tpidoc.session.Tolerance;

/**
 * The {@code Procedure} extensions back into the session: the inverse of {@link ProcedureExtensions}
 * (time-out, skin preparation, guidance, needling, sites, blood loss, tolerance, aftercare, prior
 * therapies, examination findings, patient factors, position, aspiration, observation after the
 * procedure, attestation). An extension the session has no place for is reported with its URL.
 */
public final class ProcedureExtensionReader {

    private static final Set<String> BODY_STRUCTURE = Set.of("BodyStructure");

    private ProcedureExtensionReader() {}

    /** Reads every extension of the session's {@code Procedure} into {@code session}. */
    public static void read(ReadContext context, InjectionSession.Builder session) {
        Located at = context.procedure();
        Procedure procedure = (Procedure) at.resource();
        List<InjectionSite> sites = new ArrayList<>();
        List<String> priorTherapies = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        List<Extension> extensions = procedure.getExtension();
        for (int i = 0; i < extensions.size(); i++) {
            Extension extension = extensions.get(i);
            String path = at.at("extension", i);
            String url = extension.getUrl() == null ? "" : extension.getUrl();
            if (url.equals(context.extension(Extensions.SESSION_STATUS))) {
                continue; // read with Procedure.status
            } else if (url.equals(Extensions.TARGET_BODY_STRUCTURE)) {
                if (extension.getValue() instanceof Reference ref && InjectionSiteReader.recorded(context)) {
                    context.follow(at, ref, path, BODY_STRUCTURE, false).ifPresent(context::use);
                }
            } else if (url.equals(Extensions.PROCEDURE_METHOD)) {
                own(context, extension, OwnCodes.NEEDLING, Needling.class, path).ifPresent(session::needling);
            } else if (url.equals(context.extension(Extensions.TIME_OUT))) {
                timeOut(context, extension, path).ifPresent(session::timeOut);
            } else if (url.equals(context.extension(Extensions.SKIN_PREPARATION))) {
                own(context, extension, OwnCodes.SKIN_PREPARATION, SkinPreparation.class, path)
                        .ifPresent(session::skinPreparation);
            } else if (url.equals(context.extension(Extensions.GUIDANCE))) {
                own(context, extension, OwnCodes.GUIDANCE, Guidance.class, path).ifPresent(session::guidance);
            } else if (url.equals(context.extension(Extensions.INJECTION_SITE))) {
                InjectionSiteReader.read(context, extension, path).ifPresent(sites::add);
            } else if (url.equals(context.extension(Extensions.ESTIMATED_BLOOD_LOSS))) {
                millilitres(context, extension, path).ifPresent(session::estimatedBloodLossMl);
            } else if (url.equals(context.extension(Extensions.TOLERANCE))) {
                own(context, extension, OwnCodes.TOLERANCE, Tolerance.class, path)
                        .ifPresent(session::tolerance);
            } else if (url.equals(context.extension(Extensions.AFTERCARE_GIVEN))) {
                session.aftercareGiven(extension.getValue() instanceof BooleanType given && given.booleanValue());
            } else if (url.equals(context.extension(Extensions.PRIOR_THERAPY))) {
                slug(context, extension, OwnCodes.PRIOR_THERAPY, path).ifPresent(priorTherapies::add);
            } else if (url.equals(context.extension(Extensions.EXAMINATION_FINDING))) {
                slug(context, extension, OwnCodes.FINDING, path).ifPresent(findings::add);
            } else if (url.equals(context.extension(Extensions.PATIENT_FACTORS))) {
                PatientFactorsExtension.read(context, extension, path).ifPresent(session::patientFactors);
            } else if (!ConductExtensions.read(context, extension, path, session)) {
                context.findings()
                        .add(
                                ImportCode.UNMAPPED_ELEMENT,
                                path,
                                "extension " + CodeReader.quoted(url).strip() + " is not one a session can hold");
            }
        }
        if (InjectionSiteReader.recorded(context)) {
            session.sites(sites);
        }
        session.priorTherapies(priorTherapies).findings(findings);
    }

    /** The enum value an extension codes in our code system {@code systemName}. */
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

    private static Optional<TimeOut> timeOut(ReadContext context, Extension extension, String path) {
        Optional<DateTimeType> at = ExtensionReader.value(extension, "at", DateTimeType.class);
        if (at.isEmpty()) {
            context.findings().add(ImportCode.INVALID_VALUE, path, "a time-out needs its time");
            return Optional.empty();
        }
        boolean siteMarked = ExtensionReader.flag(extension, "siteMarked");
        return TimeReader.dateTime(context, at.get(), path + ".extension('at')")
                .flatMap(when -> context.attempt(path, () -> new TimeOut(when, siteMarked)));
    }

    private static Optional<BigDecimal> millilitres(ReadContext context, Extension extension, String path) {
        Optional<BigDecimal> value = extension.getValue() instanceof Quantity quantity
                ? QuantityReader.value(quantity, QuantityReader.Unit.MILLILITRE)
                : Optional.empty();
        if (value.isEmpty()) {
            context.findings().add(ImportCode.INVALID_VALUE, path, "expected a quantity in mL");
        }
        return value;
    }
}
