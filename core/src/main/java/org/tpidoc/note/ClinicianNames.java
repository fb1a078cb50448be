package org.tpidoc.note;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.Reference;

/**
 * Names the clinicians a session refers to (performer, whoever obtained consent, whoever signed) the
 * way a reader expects: by the reference's display, else by the display another of the session's
 * clinician references gives the same clinician (the same literal reference, or the same identifier),
 * else not at all. A literal reference ({@code Practitioner/dr-lee}) or an identifier's value is never
 * a name. Immutable.
 */
final class ClinicianNames {

    private final List<Reference> named;
    private final NoteWords words;

    private ClinicianNames(List<Reference> named, NoteWords words) {
        this.named = List.copyOf(named);
        this.words = words;
    }

    /** The names the clinician references of {@code session} carry, said in {@code words}. */
    static ClinicianNames of(InjectionSession session, NoteWords words) {
        List<@Nullable Reference> candidates = new ArrayList<>();
        candidates.add(session.performer());
        candidates.add(session.consent() == null ? null : session.consent().obtainedBy());
        candidates.add(
                session.attestation() == null ? null : session.attestation().by());
        return new ClinicianNames(
                candidates.stream()
                        .filter(Objects::nonNull)
                        .filter(r -> r.display() != null)
                        .toList(),
                words);
    }

    /** The clinician for a reader: by name, else "Not named in the record"; "Not recorded" when absent. */
    String say(@Nullable Reference clinician) {
        return clinician == null ? words.notRecorded() : name(clinician).orElse(words.notNamed());
    }

    /** The clinician's name: its display, else the display of another reference to the same clinician. */
    Optional<String> name(Reference clinician) {
        if (clinician.display() != null) {
            return Optional.of(clinician.display());
        }
        return named.stream()
                .filter(other -> sameClinician(clinician, other))
                .map(Reference::display)
                .filter(Objects::nonNull)
                .findFirst();
    }

    private static boolean sameClinician(Reference a, Reference b) {
        return (a.reference() != null && a.reference().equals(b.reference()))
                || (a.identifier() != null && a.identifier().equals(b.identifier()));
    }
}
