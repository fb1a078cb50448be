package org.tpidoc.validation;

import java.util.List;

/**
 * The findings about one session, in rule order. A session is valid when no finding is an {@link
 * Severity#ERROR}. Immutable.
 *
 * @param findings every finding
 */
public record ValidationReport(List<Finding> findings) {

    /** Copies the findings. */
    public ValidationReport {
        findings = List.copyOf(findings);
    }

    /** A report with no findings. */
    public static ValidationReport empty() {
        return new ValidationReport(List.of());
    }

    /** Whether no finding is an error (warnings allowed). */
    public boolean isValid() {
        return findings.stream().noneMatch(Finding::isError);
    }

    /** The error findings. */
    public List<Finding> errors() {
        return bySeverity(Severity.ERROR);
    }

    /** The warning findings. */
    public List<Finding> warnings() {
        return bySeverity(Severity.WARNING);
    }

    /** The findings of one severity. */
    public List<Finding> bySeverity(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /** The findings with this code. */
    public List<Finding> withCode(String code) {
        return findings.stream().filter(f -> f.code().equals(code)).toList();
    }

    /** Whether some finding has this code. */
    public boolean has(String code) {
        return findings.stream().anyMatch(f -> f.code().equals(code));
    }

    /** This report followed by {@code other}'s findings. */
    public ValidationReport plus(ValidationReport other) {
        return new ValidationReport(java.util.stream.Stream.concat(findings.stream(), other.findings.stream())
                .toList());
    }
}
