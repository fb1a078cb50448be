package org.tpidoc.fhir.resource.procedure;

import java.math.BigDecimal;
import java.util.Optional;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.datatype.Quantities;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.OwnCodes;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.Tolerance;

/**
 * How the procedure went, both directions, as our extensions: {@code estimated-blood-loss} (mL), {@code
 * tolerance} (our {@code tolerance} code system) when recorded, and {@code aftercare-given} always.
 */
final class OutcomeExtensions {

    private OutcomeExtensions() {}

    /** Adds the extensions of the blood loss and tolerance the session records, and whether aftercare was given. */
    static void toFhir(MappingContext context, Procedure procedure) {
        InjectionSession session = context.session();
        if (session.estimatedBloodLossMl() != null) {
            context.addExtension(
                    procedure, Extensions.ESTIMATED_BLOOD_LOSS, Quantities.millilitres(session.estimatedBloodLossMl()));
        }
        if (session.tolerance() != null) {
            context.addExtension(
                    procedure, Extensions.TOLERANCE, context.ownConcept(OwnCodes.TOLERANCE, session.tolerance()));
        }
        context.addExtension(procedure, Extensions.AFTERCARE_GIVEN, new BooleanType(session.aftercareGiven()));
    }

    /**
     * Reads {@code extension} into {@code session} when its URL is one of these; returns whether it was
     * (a value that cannot be carried is reported at {@code path} and left out).
     */
    static boolean fromFhir(ReadContext context, Extension extension, String path, InjectionSession.Builder session) {
        String url = extension.getUrl() == null ? "" : extension.getUrl();
        if (url.equals(context.extension(Extensions.ESTIMATED_BLOOD_LOSS))) {
            millilitres(context, extension, path).ifPresent(session::estimatedBloodLossMl);
        } else if (url.equals(context.extension(Extensions.TOLERANCE))) {
            ProcedureExtensions.own(context, extension, OwnCodes.TOLERANCE, Tolerance.class, path)
                    .ifPresent(session::tolerance);
        } else if (url.equals(context.extension(Extensions.AFTERCARE_GIVEN))) {
            session.aftercareGiven(extension.getValue() instanceof BooleanType given && given.booleanValue());
        } else {
            return false;
        }
        return true;
    }

    private static Optional<BigDecimal> millilitres(ReadContext context, Extension extension, String path) {
        Optional<BigDecimal> value = extension.getValue() instanceof Quantity quantity
                ? Quantities.value(quantity, Quantities.Unit.MILLILITRE)
                : Optional.empty();
        if (value.isEmpty()) {
            context.findings().add(ImportCode.INVALID_VALUE, path, "expected a quantity in mL");
        }
        return value;
    }
}
