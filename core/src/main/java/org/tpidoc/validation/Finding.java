package org.tpidoc.validation;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * One thing a rule found: a severity, a stable code (a public contract, e.g. {@code
 * "dose-above-maximum"}), a JSON path into the session's JSON form (e.g. {@code
 * "$.consent.risksDisclosed"}) and a message that says what is wrong and what to do. Messages name
 * the risk, drug or muscle concerned and never patient identifiers or free text.
 *
 * @param severity how serious
 * @param code the stable code
 * @param path the JSON path the finding points at
 * @param message what is wrong and what to do
 */
public record Finding(Severity severity, String code, String path, String message) {

    /** Checks the parts are present. */
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        checkArgument(!code.isBlank(), "code must not be blank");
        checkArgument(path.startsWith("$"), "path must be a JSON path starting with $");
    }

    /** An error finding. */
    public static Finding error(String code, String path, String message) {
        return new Finding(Severity.ERROR, code, path, message);
    }

    /** A warning finding. */
    public static Finding warning(String code, String path, String message) {
        return new Finding(Severity.WARNING, code, path, message);
    }

    /** An informational finding. */
    public static Finding info(String code, String path, String message) {
        return new Finding(Severity.INFO, code, path, message);
    }

    /** Whether this is an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
