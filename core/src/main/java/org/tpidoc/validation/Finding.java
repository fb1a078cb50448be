package org.tpidoc.validation;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * One thing that was found about a record: a severity, a stable code (a public contract, e.g. {@code
 * "dose-above-maximum"}), a path to what it is about and a message that says what is wrong and what to
 * do. Messages name the risk, drug, muscle, element or code concerned and never patient identifiers or
 * free text.
 *
 * <p>This is the one shape of findings in tpidoc: the validator's and billing's (built from a {@link
 * FindingCode}, with JSON paths into the session's JSON form such as {@code "$.consent.risksDisclosed"})
 * and, on the FHIR side, paths into the FHIR input such as {@code "Bundle.entry[0].resource.status"}.
 *
 * @param severity how serious
 * @param code the stable code
 * @param path where the finding points, not blank
 * @param message what is wrong and what to do
 */
public record Finding(Severity severity, String code, String path, String message) {

    /** Checks the parts are present, and the code and path not blank. */
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        checkArgument(!code.isBlank(), "code must not be blank");
        checkArgument(!path.isBlank(), "path must not be blank");
    }

    /** Whether this is an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Whether someone must look at it: an error or a warning (not {@link Severity#INFO}). */
    public boolean needsReview() {
        return severity != Severity.INFO;
    }

    /** {@code severity code path: message}, one line, for reports. */
    public String describe() {
        return severity.code() + " " + code + " " + path + ": " + message;
    }
}
