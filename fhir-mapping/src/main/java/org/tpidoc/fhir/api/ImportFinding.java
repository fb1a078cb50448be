package org.tpidoc.fhir.api;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.tpidoc.validation.Severity;

/**
 * One thing {@link org.tpidoc.fhir.FhirImporter} could not carry over, or carried over with a caveat: a severity, a stable
 * code of {@link ImportCode}, the path into the FHIR input and a message. Messages name elements, codes
 * and extension URLs, never patient identifiers or free text.
 *
 * <p>Paths are FHIRPath-like and start at what was read: {@code Bundle.entry[3].resource.bodySite[0]} in
 * a bundle, {@code Procedure.ndjson:12/Procedure.bodySite[0]} for line 12 of an NDJSON file, {@code
 * manifest.json} for a bulk manifest.
 *
 * @param severity {@link Severity#ERROR}: something was not imported (or the input was rejected); {@link
 *     Severity#WARNING}: imported with a gap or an approximation a clinician must review; {@link
 *     Severity#INFO}: how something was read, nothing lost that the session could hold
 * @param code the stable code, e.g. {@code "dangling-reference"}
 * @param path where in the input, never blank
 * @param message what could not be carried over and why
 */
public record ImportFinding(Severity severity, String code, String path, String message) {

    /** Checks the parts are present and not blank. */
    public ImportFinding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        checkArgument(!code.isBlank(), "code must not be blank");
        checkArgument(!path.isBlank(), "path must not be blank");
    }

    /** An error finding. */
    public static ImportFinding error(String code, String path, String message) {
        return new ImportFinding(Severity.ERROR, code, path, message);
    }

    /** A warning finding. */
    public static ImportFinding warning(String code, String path, String message) {
        return new ImportFinding(Severity.WARNING, code, path, message);
    }

    /** An informational finding. */
    public static ImportFinding info(String code, String path, String message) {
        return new ImportFinding(Severity.INFO, code, path, message);
    }

    /** Whether this is an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Whether a clinician must look at it: an error or a warning. */
    public boolean needsReview() {
        return severity != Severity.INFO;
    }

    /** {@code severity code path: message}, one line, for reports and logs. */
    public String describe() {
        return severity.code() + " " + code + " " + path + ": " + message;
    }
}
