package org.tpidoc.fhir.api;

import java.util.List;
import java.util.Objects;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.validation.Finding;

/**
 * One session read back from FHIR, with what could not be carried over. A session exported by tpidoc with
 * the importer's {@link MappingOptions} comes back equal to the original, with no finding; a session
 * from another system comes back on a best-effort basis, its gaps as findings.
 *
 * @param session the session as read
 * @param source the path of the {@code Procedure} it was read from, e.g. {@code Bundle.entry[0].resource}
 * @param findings what this session's resources could not carry over, in reading order
 * @param needsReview whether a clinician must review the session before relying on it: true when any
 *     finding is a warning or an error (the findings then end with one {@link ImportCode#NEEDS_REVIEW})
 */
public record ImportedSession(InjectionSession session, String source, List<Finding> findings, boolean needsReview) {

    /** Checks the parts and copies the findings. */
    public ImportedSession {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(source, "source");
        findings = List.copyOf(findings);
    }

    /** The findings with {@code code}. */
    public List<Finding> findings(String code) {
        return findings.stream().filter(f -> f.code().equals(code)).toList();
    }

    @Override
    public String toString() {
        return "ImportedSession[" + session + ", source=" + source + ", findings=" + findings.size() + ", needsReview="
                + needsReview + "]";
    }
}
