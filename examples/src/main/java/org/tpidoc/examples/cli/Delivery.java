package org.tpidoc.examples.cli;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.SendResult;
import org.tpidoc.validation.Finding;

/**
 * What {@code push} did with one session.
 *
 * @param label the input the session came from, as messages name it
 * @param session the session's id
 * @param outcome what became of it
 * @param errors the session's error findings: why it was refused, or what {@code --allow-invalid} let through
 * @param problem why its bundle could not be built, or null
 * @param sent what the server did, when it was sent (outcome accepted, rejected or unreachable), else null
 */
record Delivery(
        String label,
        UUID session,
        Outcome outcome,
        List<Finding> errors,
        @Nullable String problem,
        @Nullable SendResult sent) {

    /** Checks the parts; copies the findings. */
    Delivery {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(outcome, "outcome");
        errors = List.copyOf(errors);
    }

    /** A session sent to the server: its outcome is the server's. */
    static Delivery sent(String label, UUID session, List<Finding> errors, SendResult result) {
        Outcome outcome =
                switch (result.outcome()) {
                    case ACCEPTED -> Outcome.ACCEPTED;
                    case REJECTED -> Outcome.REJECTED;
                    case UNREACHABLE -> Outcome.UNREACHABLE;
                };
        return new Delivery(label, session, outcome, errors, null, result);
    }

    /** A session not sent: refused, built in a dry run, or left after the sending stopped. */
    static Delivery unsent(
            String label, UUID session, Outcome outcome, List<Finding> errors, @Nullable String problem) {
        return new Delivery(label, session, outcome, errors, problem, null);
    }

    /** Whether the server answered 401: it does not take the credentials, and no other session will fare better. */
    boolean unauthorized() {
        return sent != null && sent.outcome() == SendResult.Outcome.REJECTED && sent.httpStatus() == 401;
    }

    /** What became of a session, with its name in the report ({@link #code()}). */
    enum Outcome {
        /** The server stored its transaction. */
        ACCEPTED("accepted"),
        /** The server refused its transaction with a final answer. */
        REJECTED("rejected"),
        /** The server gave no answer, or only busy answers, until the attempts ran out. */
        UNREACHABLE("unreachable"),
        /** Not sent: it has error findings (without --allow-invalid), or its bundle could not be built. */
        REFUSED("refused"),
        /** Validated and its bundle built, not sent (--dry-run). */
        BUILT("built"),
        /** Not sent: the sending had stopped (server unreachable, or credentials refused). */
        NOT_SENT("not-sent");

        private final String code;

        Outcome(String code) {
            this.code = code;
        }

        /** The outcome in the report, e.g. {@code not-sent}. */
        String code() {
            return code;
        }
    }
}
