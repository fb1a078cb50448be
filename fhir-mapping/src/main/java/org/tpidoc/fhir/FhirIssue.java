package org.tpidoc.fhir;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.tpidoc.validation.Severity;

/**
 * One issue the FHIR instance validator reported.
 *
 * @param severity {@link Severity#ERROR} for HAPI's error and fatal, {@link Severity#WARNING}, or {@link
 *     Severity#INFO} for information
 * @param location the FHIRPath of the element concerned, e.g. {@code Bundle.entry[0].resource.status}
 * @param message the validator's message
 * @param messageId HAPI's stable message id (e.g. {@code Terminology_TX_System_Unknown}), or {@code null}
 */
public record FhirIssue(
        Severity severity,
        String location,
        String message,
        @Nullable String messageId) {

    /** Checks the parts are present. */
    public FhirIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** Whether this issue is an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code severity location: message [messageId]}, one line, for reports. */
    public String describe() {
        return severity.code() + " " + location + ": " + message + (messageId == null ? "" : " [" + messageId + "]");
    }
}
