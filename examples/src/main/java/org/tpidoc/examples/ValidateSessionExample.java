package org.tpidoc.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.tpidoc.json.SessionJson;
import org.tpidoc.session.InformedConsent;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.validation.Finding;
import org.tpidoc.validation.SessionValidator;
import org.tpidoc.validation.ValidationReport;

/**
 * Validates sessions against the clinical rules (DESIGN §5) and prints the findings: severity, stable
 * code, JSON path and message. A session with an error finding must not be signed or exported as final.
 *
 * <p>Run with a session file (one object, an array or NDJSON) as the argument, or with none to validate
 * the sample session and a copy of it whose consent does not record the pneumothorax risk.
 */
public final class ValidateSessionExample {

    private ValidateSessionExample() {}

    /** Validates the sessions of the file named by {@code args[0]}, or two built-in ones, and prints the findings. */
    public static void main(String[] args) throws IOException {
        List<InjectionSession> sessions = args.length > 0
                ? SessionJson.standard().reader().readAll(Path.of(args[0]))
                : List.of(SampleSession.neckShoulder(), withoutPneumothoraxDisclosed());
        run(sessions, System.out);
    }

    /**
     * Validates each session and prints its verdict and findings to {@code out}.
     *
     * @return how many sessions must not be signed (they have an error finding)
     */
    static int run(List<InjectionSession> sessions, PrintStream out) {
        SessionValidator validator = SessionValidator.standard(); // immutable: build once, share
        int invalid = 0;
        for (InjectionSession session : sessions) {
            ValidationReport report = validator.validate(session);
            out.println("Session " + session.id() + (report.isValid() ? ": valid" : ": must not be signed"));
            for (Finding finding : report.findings()) {
                out.println("  " + finding.severity().code() + " " + finding.code() + " at " + finding.path());
                out.println("    " + finding.message());
            }
            invalid += report.isValid() ? 0 : 1;
        }
        return invalid;
    }

    /** The sample session with pneumothorax left out of the risks disclosed (its trapezius is on the chest wall). */
    static InjectionSession withoutPneumothoraxDisclosed() {
        InjectionSession sample = SampleSession.neckShoulder();
        InformedConsent consent = Objects.requireNonNull(sample.consent());
        List<String> risks = consent.risksDisclosed().stream()
                .filter(risk -> !risk.equals("pneumothorax"))
                .toList();
        return sample.toBuilder()
                .consent(new InformedConsent(
                        consent.obtainedAt(),
                        consent.method(),
                        consent.obtainedBy(),
                        consent.signer(),
                        risks,
                        consent.alternativesDiscussed(),
                        consent.questionsAnswered()))
                .build();
    }
}
