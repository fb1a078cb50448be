package org.tpidoc.fhir.api;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.validation.Finding;

/**
 * What {@link org.tpidoc.fhir.FhirImporter} read from one input: the sessions found (one per {@code Procedure} it could
 * read), each with its own findings, and the findings about the input as a whole (it could not be read,
 * a resource belongs to no session, a {@code Procedure} could not become a session, ...). Immutable.
 *
 * @param sessions the sessions, in input order
 * @param findings findings not about one session, in reading order
 */
public record ImportResult(List<ImportedSession> sessions, List<Finding> findings) {

    /** The codes that mean the input as a whole could not be read. */
    /** Copies the lists. */
    public ImportResult {
        sessions = List.copyOf(sessions);
        findings = List.copyOf(findings);
    }

    /** A result with no session and the one finding that says why the input was rejected. */
    public static ImportResult rejected(Finding why) {
        return new ImportResult(List.of(), List.of(why));
    }

    /** Whether the input was rejected as a whole: an error finding of an unreadable input, no session. */
    public boolean rejected() {
        return sessions.isEmpty() && findings.stream().anyMatch(f -> f.isError() && isRejecting(f.code()));
    }

    /** The sessions alone, in input order. */
    public List<InjectionSession> sessionList() {
        return sessions.stream().map(ImportedSession::session).toList();
    }

    /** The input's findings, then every session's, in order. */
    public List<Finding> allFindings() {
        List<Finding> all = new ArrayList<>(findings);
        sessions.forEach(s -> all.addAll(s.findings()));
        return List.copyOf(all);
    }

    /** The findings (the input's and the sessions') with {@code code}. */
    public List<Finding> findings(String code) {
        return allFindings().stream().filter(f -> f.code().equals(code)).toList();
    }

    /** Whether everything was carried over: no session needs review and no input finding is a warning or error. */
    public boolean isClean() {
        return Stream.concat(findings.stream(), sessions.stream().flatMap(s -> s.findings().stream()))
                .noneMatch(Finding::needsReview);
    }

    private static boolean isRejecting(String code) {
        return ImportCode.REJECTING.stream()
                .anyMatch(rejecting -> rejecting.code().equals(code));
    }
}
