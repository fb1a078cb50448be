package org.tpidoc.examples.cli;

import java.util.List;
import java.util.UUID;
import org.tpidoc.validation.Finding;
import org.tpidoc.validation.Severity;
import org.tpidoc.validation.ValidationReport;

/**
 * The human-readable lines of the commands: findings, per-session verdicts and problems on stderr.
 * Findings carry no patient data (their messages name risks, drugs and muscles only), and sessions are
 * named by id.
 */
final class Reports {

    private Reports() {}

    /** One finding: {@code error dose-above-maximum at $.preparations: message}. */
    static String finding(Finding finding) {
        return line(finding.severity(), finding.code(), finding.path(), finding.message());
    }

    private static String line(Severity severity, String code, String path, String message) {
        return severity.code() + " " + code + " at " + path + ": " + message;
    }

    /** Which session of which input a line is about: {@code <file>: session <id>}. */
    static String session(String label, UUID session) {
        return label + ": session " + session;
    }

    /** One finding of one session for stderr: {@code <file>: session <id>: error code at $.path: message}. */
    static String problem(String label, UUID session, Finding finding) {
        return session(label, session) + ": " + finding(finding);
    }

    /** The verdict on a session: {@code valid}, {@code valid, 1 warning} or {@code NOT VALID: 2 errors, 1 warning}. */
    static String verdict(ValidationReport report) {
        int errors = report.errors().size();
        int warnings = report.warnings().size();
        String warningCount = count(warnings, "warning");
        if (errors > 0) {
            return "NOT VALID: " + count(errors, "error") + (warnings > 0 ? ", " + warningCount : "");
        }
        return warnings > 0 ? "valid, " + warningCount : "valid";
    }

    /** The findings of a report that are errors or warnings (information left out), in rule order. */
    static List<Finding> notable(ValidationReport report) {
        return report.findings().stream()
                .filter(f -> f.severity() != Severity.INFO)
                .toList();
    }

    /** {@code 1 error}, {@code 2 errors}. */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
