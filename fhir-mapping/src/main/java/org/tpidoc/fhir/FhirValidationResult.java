package org.tpidoc.fhir;

import java.util.List;
import org.tpidoc.validation.Finding;
import org.tpidoc.validation.Severity;

/**
 * What the FHIR instance validator said about one resource or bundle, as {@link Finding}s coded by HAPI's
 * message ids, at FHIRPath locations. Valid when no issue is an error.
 * Immutable.
 *
 * @param issues every issue, in the validator's order
 */
public record FhirValidationResult(List<Finding> issues) {

    /** Copies the issues. */
    public FhirValidationResult {
        issues = List.copyOf(issues);
    }

    /** Whether no issue is an error (warnings and information allowed). */
    public boolean isValid() {
        return issues.stream().noneMatch(Finding::isError);
    }

    /** The error issues. */
    public List<Finding> errors() {
        return bySeverity(Severity.ERROR);
    }

    /** The warning issues. */
    public List<Finding> warnings() {
        return bySeverity(Severity.WARNING);
    }

    /** The issues of one severity. */
    public List<Finding> bySeverity(Severity severity) {
        return issues.stream().filter(i -> i.severity() == severity).toList();
    }
}
