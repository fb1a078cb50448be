package org.tpidoc.note;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.dosing.DoseCalculator;
import org.tpidoc.dosing.SessionDoses;
import org.tpidoc.session.InjectionSession;

/**
 * The patient's aftercare handout for a session, in plain words (DESIGN §7), from the translatable
 * {@code org/tpidoc/note/handout} message bundle: English, and Spanish for {@code es}; any other
 * language gets English. Sections, by {@link NoteSection#key()}: {@code today} (the sites treated in
 * words), {@code care}, {@code expect} (with lines for a corticosteroid or botulinum toxin only when
 * one was given), {@code warning-signs} (call 911 / get care soon / call the clinic, with extra lines
 * for botulinum toxin and for a chest-wall muscle), {@code follow-up}. The patient is not named.
 * Immutable.
 *
 * @param title the handout's title
 * @param language the language it is written in
 * @param sections the sections in reading order
 */
public record AftercareHandout(String title, Locale language, List<NoteSection> sections) implements NoteDocument {

    /** Checks the parts and copies the sections. */
    public AftercareHandout {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        sections = List.copyOf(sections);
        checkArgument(!sections.isEmpty(), "a handout needs sections");
    }

    /** The handout for {@code session} in {@code locale} (English when that language is not shipped). */
    public static AftercareHandout of(InjectionSession session, Catalog catalog, Locale locale) {
        return of(session, catalog, new DoseCalculator(catalog).compute(session), locale);
    }

    /**
     * The handout for {@code session}.
     *
     * @param session the session
     * @param catalog the catalogue that says which muscles are on the chest wall and names vendor muscles
     * @param doses the session's doses (which drugs were given), computed with the same catalogue
     * @param locale the reader's language; English when not shipped
     */
    public static AftercareHandout of(InjectionSession session, Catalog catalog, SessionDoses doses, Locale locale) {
        return new HandoutComposer(session, catalog, doses, Messages.handout(locale)).compose();
    }
}
