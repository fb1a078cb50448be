package org.tpidoc.examples;

import java.io.PrintStream;
import org.hl7.fhir.r4.model.Bundle;
import org.tpidoc.fhir.FhirExporter;
import org.tpidoc.fhir.FhirValidation;
import org.tpidoc.fhir.FhirValidationResult;
import org.tpidoc.fhir.api.BundleKind;
import org.tpidoc.fhir.api.Fhir;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.validation.Finding;
import org.tpidoc.validation.SessionValidator;

/**
 * Exports a session as a FHIR R4 transaction bundle: refuses it when it has error findings, maps it
 * (deterministic ids, so posting it twice creates no duplicates), checks the bundle offline with HAPI's
 * instance validator, and prints its JSON, ready to POST to a FHIR server's base URL.
 */
public final class ExportBundleExample {

    private ExportBundleExample() {}

    /** Prints the sample session's transaction bundle. */
    public static void main(String[] args) {
        run(SampleSession.neckShoulder(), System.out);
    }

    /**
     * Prints the transaction bundle of {@code session} as JSON to {@code out}.
     *
     * @return the bundle
     * @throws IllegalArgumentException if the session has error findings, or the bundle FHIR validation errors
     */
    static Bundle run(InjectionSession session, PrintStream out) {
        if (!SessionValidator.standard().validate(session).isValid()) {
            throw new IllegalArgumentException("session " + session.id() + " has error findings: not exported");
        }
        FhirExporter exporter = FhirExporter.standard(); // immutable: build once, share
        Bundle bundle = exporter.toBundle(session, BundleKind.TRANSACTION);

        FhirValidationResult result = FhirValidation.shared().validate(bundle); // offline; slow the first time only
        if (!result.isValid()) {
            throw new IllegalArgumentException("bundle not valid FHIR: "
                    + result.errors().stream().map(Finding::describe).toList());
        }
        out.println(Fhir.context().newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle));
        return bundle;
    }
}
