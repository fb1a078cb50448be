package org.tpidoc.synthetic;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tpidoc.session.InjectionSession;

/**
 * One generated session, where it stands in its generator's sequence, and the defect planted in it, if
 * any, which says which finding the standard validator must report.
 *
 * @param index the position in the generator's sequence (0 for the first)
 * @param session the session
 * @param defect the defect planted, or {@code null} for a session that must validate without findings
 */
public record GeneratedSession(
        long index, InjectionSession session, @Nullable Defect defect) {

    /** Checks the session is present. */
    public GeneratedSession {
        Objects.requireNonNull(session, "session");
    }

    /** The code of the one finding the standard validator must report, or empty for a valid session. */
    public Optional<String> expectedFindingCode() {
        return Optional.ofNullable(defect).map(Defect::findingCode);
    }
}
