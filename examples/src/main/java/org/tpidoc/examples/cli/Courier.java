package org.tpidoc.examples.cli;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hl7.fhir.r4.model.Bundle;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.FhirExporter;
import org.tpidoc.fhir.FhirSender;
import org.tpidoc.fhir.api.BundleKind;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.validation.Finding;
import org.tpidoc.validation.SessionValidator;

/**
 * Takes one session of {@code push} as far as it may go: checks it with the clinical rules (a session with an
 * error finding is refused, as {@code export} refuses it, unless invalid sessions are allowed), builds its
 * transaction bundle and sends it, or only builds it in a dry run. Once the server is unreachable or refuses the
 * credentials, sends nothing more: every later session is not sent. Thread-safe: the sessions of a run are
 * delivered on several threads.
 */
final class Courier {

    private final SessionValidator validator = SessionValidator.standard();
    private final FhirExporter exporter;
    private final @Nullable FhirSender sender;
    private final boolean allowInvalid;
    private final AtomicBoolean stopped = new AtomicBoolean();

    /**
     * A courier.
     *
     * @param exporter builds the transaction bundles
     * @param sender sends them, or null for a dry run
     * @param allowInvalid whether sessions with error findings are sent too
     */
    Courier(FhirExporter exporter, @Nullable FhirSender sender, boolean allowInvalid) {
        this.exporter = exporter;
        this.sender = sender;
        this.allowInvalid = allowInvalid;
    }

    /** Validates, builds and sends (or not) one session of the input {@code label}. */
    Delivery deliver(String label, InjectionSession session) {
        UUID id = session.id();
        if (stopped.get()) {
            return Delivery.unsent(label, id, Delivery.Outcome.NOT_SENT, List.of(), null);
        }
        List<Finding> errors = validator.validate(session).errors();
        if (!errors.isEmpty() && !allowInvalid) {
            return Delivery.unsent(label, id, Delivery.Outcome.REFUSED, errors, null);
        }
        Bundle transaction;
        try {
            transaction = exporter.toBundle(session, BundleKind.TRANSACTION);
        } catch (RuntimeException e) {
            // Only a session let through with --allow-invalid can fail to map (an unknown slug).
            return Delivery.unsent(label, id, Delivery.Outcome.REFUSED, errors, String.valueOf(e.getMessage()));
        }
        if (sender == null) {
            return Delivery.unsent(label, id, Delivery.Outcome.BUILT, errors, null);
        }
        if (stopped.get()) {
            return Delivery.unsent(label, id, Delivery.Outcome.NOT_SENT, List.of(), null);
        }
        Delivery delivery = Delivery.sent(label, id, errors, sender.send(transaction));
        if (delivery.outcome() == Delivery.Outcome.UNREACHABLE || delivery.unauthorized()) {
            stopped.set(true);
        }
        return delivery;
    }
}
