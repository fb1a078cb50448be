package org.tpidoc.note;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.dosing.DoseCalculator;
import org.tpidoc.dosing.SessionDoses;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.validation.ValidationReport;

/**
 * The procedure note of a session (LOINC 28570-0), in English, for any status: completed, in progress,
 * aborted or entered in error. Titled "Trigger point injection" ("Trigger point injection with
 * botulinum toxin" when the toxin was given) or "Dry needling" by technique. Its sections, by {@link
 * NoteSection#key()}, always present: {@code procedure} (procedure, status, abort reason, date and time,
 * performer), {@code indications} (indications, examination findings, prior conservative care), {@code
 * patient-factors} (weight, allergies, anticoagulation, onabotulinumtoxinA of the previous 90 days),
 * {@code consent} ("Signed by" for written consent, "Given by" otherwise), {@code time-out}, {@code
 * description} (position, technique, needling, guidance, skin preparation, needle, preparations with a
 * powder's dilution, the table of sites, aspiration), {@code medications} (each drug's total dose with
 * lot, expiry and vial), {@code complications}, {@code blood-loss}, {@code tolerance} (with the
 * observation after the procedure), {@code pain}, {@code plan}, {@code note}; then {@code
 * open-findings} only when a validation report with errors or warnings is given, and {@code
 * attestation} (who signed the record, and when) only when the record is signed.
 *
 * <p>What the record leaves out reads "Not recorded"; "None" only where the record states none (an
 * empty list of complications, no preparation for dry needling, no site). Position, aspiration and the
 * observation after the procedure appear when recorded. Clinicians are named by display (a reference
 * without one borrows the display of another reference of the session to the same clinician), else
 * "Not named in the record": never by a raw reference or identifier.
 *
 * <p>Times are in the offset of the session's start. The patient is never named or identified: the
 * record system adds its own patient header. Built by {@link #of}; render it with a {@link
 * DocumentRenderer}. Immutable.
 *
 * @param title the note's title, e.g. "Trigger point injection"
 * @param sections the sections in reading order
 */
public record ProcedureNote(String title, List<NoteSection> sections) implements NoteDocument {

    /** Checks the parts and copies the sections. */
    public ProcedureNote {
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
        checkArgument(!sections.isEmpty(), "a note needs sections");
    }

    /** The note of {@code session}, doses computed with {@code catalog}, without validation findings. */
    public static ProcedureNote of(InjectionSession session, Catalog catalog) {
        return of(session, catalog, new DoseCalculator(catalog).compute(session), null);
    }

    /** The note of {@code session} with the findings of {@code report} still open at signing. */
    public static ProcedureNote of(InjectionSession session, Catalog catalog, ValidationReport report) {
        return of(session, catalog, new DoseCalculator(catalog).compute(session), report);
    }

    /**
     * The note of {@code session}.
     *
     * @param session the session, of any status
     * @param catalog the catalogue that names muscles, products, risks and so on (an unknown slug is shown as it is)
     * @param doses the session's doses, computed with the same catalogue
     * @param report the validation findings still open at signing, or {@code null} to leave that section out
     */
    public static ProcedureNote of(
            InjectionSession session, Catalog catalog, SessionDoses doses, @Nullable ValidationReport report) {
        return new ProcedureNoteComposer(session, catalog, doses, report).compose();
    }

    /** The note is written in English. */
    @Override
    public Locale language() {
        return Locale.ENGLISH;
    }

    /** The section with this {@link NoteSection#key() key}, if the note has it. */
    public Optional<NoteSection> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
