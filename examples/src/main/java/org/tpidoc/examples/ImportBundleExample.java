package org.tpidoc.examples;

import java.io.PrintStream;
import org.tpidoc.fhir.FhirExporter;
import org.tpidoc.fhir.FhirImporter;
import org.tpidoc.fhir.api.BundleKind;
import org.tpidoc.fhir.api.ImportResult;
import org.tpidoc.fhir.api.ImportedSession;
import org.tpidoc.json.SessionJson;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.validation.Finding;

/**
 * Imports a FHIR R4 bundle back into sessions: here the sample session's own transaction bundle, which
 * comes back equal. A bundle from another system comes back on a best-effort basis, what could not be
 * carried over as findings, the session marked for review ({@link ImportedSession#needsReview()}).
 */
public final class ImportBundleExample {

    private ImportBundleExample() {}

    /** Exports the sample session, imports the bundle back and prints the session and any findings. */
    public static void main(String[] args) {
        run(SampleSession.neckShoulder(), System.out);
    }

    /**
     * Exports {@code original} as a transaction bundle, imports it back and prints what came back.
     *
     * @return what the import read
     */
    static ImportResult run(InjectionSession original, PrintStream out) {
        String bundle = FhirExporter.standard().toJson(original, BundleKind.TRANSACTION); // or a bundle you received

        ImportResult result = FhirImporter.standard().importBundle(bundle); // never throws on bad input
        if (result.rejected()) {
            result.findings().forEach(f -> out.println("rejected: " + f.describe()));
            return result;
        }
        out.println("Imported " + result.sessions().size() + " session(s)");
        for (ImportedSession imported : result.sessions()) {
            out.println(SessionJson.standard().writePretty(imported.session()));
            out.println("equal to the original: " + imported.session().equals(original));
            if (imported.needsReview()) {
                out.println("review before relying on it:");
            }
            for (Finding finding : imported.findings()) {
                out.println("  " + finding.describe());
            }
        }
        return result;
    }
}
