package org.tpidoc.fhir.transport;

import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.tpidoc.validation.Finding;
import org.tpidoc.validation.Severity;

/**
 * A server's {@code OperationOutcome} as {@link Finding}s: the issue's severity ({@code fatal} and {@code
 * error} are errors, {@code information} is info), its code ({@code OperationOutcome.issue.code}, e.g.
 * {@code processing}), its first {@code expression} or else its first {@code location} as the path, and its
 * {@code diagnostics} (else {@code details.text}) as the message. The message is the server's own text:
 * keep it in results, never in logs.
 */
public final class OutcomeIssues {

    private OutcomeIssues() {}

    /**
     * The outcome's issues, in order.
     *
     * @param outcome the server's outcome
     * @param where the path of an issue that names none, e.g. {@code "Bundle"} or {@code "Bundle.entry[2]"}
     */
    public static List<Finding> findings(OperationOutcome outcome, String where) {
        return outcome.getIssue().stream().map(issue -> finding(issue, where)).toList();
    }

    private static Finding finding(OperationOutcomeIssueComponent issue, String where) {
        String code = issue.hasCode() ? issue.getCode().toCode() : "unknown";
        String path = issue.hasExpression()
                ? issue.getExpression().get(0).getValue()
                : issue.hasLocation() ? issue.getLocation().get(0).getValue() : where;
        String message = issue.hasDiagnostics()
                ? issue.getDiagnostics()
                : issue.hasDetails() && issue.getDetails().hasText()
                        ? issue.getDetails().getText()
                        : "";
        return new Finding(severity(issue), code, path == null || path.isBlank() ? where : path, message);
    }

    private static Severity severity(OperationOutcomeIssueComponent issue) {
        if (!issue.hasSeverity()) {
            return Severity.ERROR;
        }
        return switch (issue.getSeverity()) {
            case WARNING -> Severity.WARNING;
            case INFORMATION -> Severity.INFO;
            default -> Severity.ERROR;
        };
    }
}
