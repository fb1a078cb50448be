package org.tpidoc.fhir.resource.procedure;

import java.util.Optional;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Procedure;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.datatype.ExtensionReader;
import org.tpidoc.fhir.datatype.Times;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.OwnCodes;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.session.Guidance;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.Needling;
import org.tpidoc.session.SkinPreparation;
import org.tpidoc.session.TimeOut;

/**
 * How the procedure was set up, both directions: HL7's {@code procedure-method} (the needling, our {@code
 * needling} code system) and our {@code time-out} ({@code at}, {@code siteMarked}), {@code skin-preparation}
 * and {@code guidance}. Each is written only when recorded.
 */
final class SetupExtensions {

    private SetupExtensions() {}

    /** Adds the extensions of what the session records of needling, time-out, skin preparation and guidance. */
    static void toFhir(MappingContext context, Procedure procedure) {
        InjectionSession session = context.session();
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
    }

    /**
     * Reads {@code extension} into {@code session} when its URL is one of these; returns whether it was
     * (a value that cannot be carried is reported at {@code path} and left out).
     */
    static boolean fromFhir(ReadContext context, Extension extension, String path, InjectionSession.Builder session) {
        String url = extension.getUrl() == null ? "" : extension.getUrl();
        if (url.equals(Extensions.PROCEDURE_METHOD)) {
            ProcedureExtensions.own(context, extension, OwnCodes.NEEDLING, Needling.class, path)
                    .ifPresent(session::needling);
        } else if (url.equals(context.extension(Extensions.TIME_OUT))) {
            timeOut(context, extension, path).ifPresent(session::timeOut);
        } else if (url.equals(context.extension(Extensions.SKIN_PREPARATION))) {
            ProcedureExtensions.own(context, extension, OwnCodes.SKIN_PREPARATION, SkinPreparation.class, path)
                    .ifPresent(session::skinPreparation);
        } else if (url.equals(context.extension(Extensions.GUIDANCE))) {
            ProcedureExtensions.own(context, extension, OwnCodes.GUIDANCE, Guidance.class, path)
                    .ifPresent(session::guidance);
        } else {
            return false;
        }
        return true;
    }

    private static Optional<TimeOut> timeOut(ReadContext context, Extension extension, String path) {
        Optional<DateTimeType> at = ExtensionReader.value(extension, "at", DateTimeType.class);
        if (at.isEmpty()) {
            context.findings().add(ImportCode.INVALID_VALUE, path, "a time-out needs its time");
            return Optional.empty();
        }
        boolean siteMarked = ExtensionReader.flag(extension, "siteMarked");
        return Times.readDateTime(context, at.get(), path + ".extension('at')")
                .flatMap(when -> context.attempt(path, () -> new TimeOut(when, siteMarked)));
    }
}
