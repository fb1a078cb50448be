package org.tpidoc.examples.cli;

import java.util.ArrayList;
import java.util.List;
import org.tpidoc.fhir.SendResult;
import org.tpidoc.validation.Finding;

/**
 * What {@code push} says on stderr, and its exit code: a line per problem of a session as it is delivered
 * (refused with its error findings, rejected with the server's issues, unreachable), and a summary with the
 * counts at the end. Sessions are named by input and id; the issues' messages are the server's own text. Counts
 * the deliveries it is given, on one thread.
 */
final class PushLog {

    private final boolean dryRun;
    private long sessions;
    private long accepted;
    private long rejected;
    private long unreachable;
    private long retried;
    private long refused;
    private long refusedForFindings;
    private long built;
    private long notSent;
    private boolean unauthorized;

    /** A log of a run that sends, or of a dry run that only builds. */
    PushLog(boolean dryRun) {
        this.dryRun = dryRun;
    }

    /** Counts {@code delivery} and returns its lines for stderr (none when all went well). */
    List<String> add(Delivery delivery) {
        sessions++;
        List<String> lines = new ArrayList<>();
        String session = Reports.session(delivery.label(), delivery.session());
        SendResult sent = delivery.sent();
        switch (delivery.outcome()) {
            case ACCEPTED -> accepted++;
            case REJECTED -> rejected++;
            case UNREACHABLE -> unreachable++;
            case BUILT -> built++;
            case NOT_SENT -> notSent++;
            case REFUSED -> refused++;
        }
        if (sent != null && sent.retries() > 0) {
            retried++;
        }
        unauthorized |= delivery.unauthorized();
        if (delivery.problem() != null) {
            lines.add(session + ": cannot be mapped to FHIR: " + delivery.problem());
        } else if (delivery.outcome() == Delivery.Outcome.REFUSED) {
            refusedForFindings++;
            for (Finding finding : delivery.errors()) {
                lines.add(session + ": refused: " + Reports.finding(finding));
            }
        } else if (!delivery.errors().isEmpty()) {
            lines.add(session + ": " + (dryRun ? "built" : "sent") + " despite "
                    + Reports.count(delivery.errors().size(), "error finding") + " (--allow-invalid)");
        }
        if (sent != null && delivery.outcome() == Delivery.Outcome.REJECTED) {
            lines.addAll(rejection(session, sent));
        } else if (sent != null && delivery.outcome() == Delivery.Outcome.UNREACHABLE) {
            lines.add(session + ": unreachable: " + unanswered(sent));
        }
        return lines;
    }

    /**
     * The lines of a transaction the server rejected: one per issue it gave, {@code <what>: rejected (HTTP 400):
     * error processing at Procedure.subject: message}, or one without issues.
     */
    static List<String> rejection(String what, SendResult result) {
        String answer = what + ": rejected ("
                + (result.httpStatus() == 0 ? "the answer is not FHIR" : "HTTP " + result.httpStatus()) + ")";
        if (result.issues().isEmpty()) {
            return List.of(answer + ", without issues");
        }
        return result.issues().stream()
                .map(issue -> answer + ": " + Reports.finding(issue))
                .toList();
    }

    /** Why a result is unreachable: {@code no answer after 4 attempts} or {@code HTTP 503 after 4 attempts}. */
    static String unanswered(SendResult result) {
        return (result.httpStatus() == 0 ? "no answer" : "HTTP " + result.httpStatus()) + " after "
                + Reports.count(result.attempts(), "attempt");
    }

    /** The sessions counted so far. */
    long sessions() {
        return sessions;
    }

    /**
     * The summary: {@code push: 5 sessions: 4 sent, 3 accepted, 1 rejected, 1 retried, 0 unreachable, 1 refused,
     * 0 not sent}, then why some were refused or the sending stopped.
     */
    List<String> summary() {
        List<String> lines = new ArrayList<>();
        if (dryRun) {
            lines.add("push: " + Reports.count(sessions, "session") + ": " + Reports.count(built, "bundle") + " built, "
                    + refused + " refused; dry run: nothing sent");
        } else {
            lines.add("push: " + Reports.count(sessions, "session") + ": " + (accepted + rejected + unreachable)
                    + " sent, " + accepted + " accepted, " + rejected + " rejected, " + retried + " retried, "
                    + unreachable + " unreachable, " + refused + " refused, " + notSent + " not sent");
        }
        if (refusedForFindings > 0) {
            lines.add("push: refused " + Reports.count(refusedForFindings, "session")
                    + " with error findings; fix them, or send anyway with --allow-invalid");
        }
        if (unauthorized) {
            lines.add("push: stopped: the server refused the credentials (HTTP 401); "
                    + Reports.count(notSent, "session") + " not sent");
        } else if (unreachable > 0) {
            lines.add("push: stopped: the server is unreachable; " + Reports.count(notSent, "session")
                    + " not sent; send them again later (pushing a session twice stores it once)");
        }
        return lines;
    }

    /** 2 when the sending stopped (server unreachable, credentials refused), 1 when a session was rejected or refused, else 0. */
    int exitCode() {
        if (unauthorized || unreachable > 0) {
            return ExitCodes.UNREADABLE;
        }
        return rejected + refused > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
