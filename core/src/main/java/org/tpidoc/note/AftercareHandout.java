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
 * language gets English. Sections, by {@link NoteSection#key()}:
 *
 * <ul>
 *   <li>{@code today}: the sites treated, in words; for an aborted session, that it was stopped and the
 *       sites done before it stopped, or that no injection was given;
 *   <li>{@code care}: ice, heat, pressure and stretching, range of motion, no strenuous activity, a pain
 *       reliever if the clinician agrees;
 *   <li>{@code expect}: soreness (and numbness only when a local anaesthetic was given), relief lasting
 *       about a month after an anaesthetic or a steroid, the corticosteroid lines, botulinum toxin's
 *       slow effect and its spread, and that more treatment may be offered;
 *   <li>{@code warning-signs}: three tiers, each sign once: call the local emergency number; get medical
 *       care right away; call the clinic (by its name and number when {@link HandoutOptions} give them),
 *       with the botulinum toxin's signs only when it was given and a note on the lung after a
 *       chest-wall muscle;
 *   <li>{@code follow-up}: when to come back.
 * </ul>
 *
 * <p>An aborted session with no site recorded had no needle put in: its handout is titled for the visit
 * and leaves out {@code care}, {@code expect} and the signs about a needle spot. The patient is not
 * named. Immutable.
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

    /**
     * The languages the handout is written in ({@code en}, {@code es}), English first: a locale whose
     * language is not among them gets English.
     */
    public static List<Locale> languages() {
        return Messages.HANDOUT_LANGUAGES;
    }

    /**
     * The handout for {@code session} in {@code locale} (English when that language is not shipped), with
     * the {@linkplain HandoutOptions#defaults() default options} (emergency number 911, no clinic named).
     */
    public static AftercareHandout of(InjectionSession session, Catalog catalog, Locale locale) {
        return of(session, catalog, locale, HandoutOptions.defaults());
    }

    /** The handout for {@code session} in {@code locale}, with the clinic's {@code options}. */
    public static AftercareHandout of(
            InjectionSession session, Catalog catalog, Locale locale, HandoutOptions options) {
        return of(session, catalog, new DoseCalculator(catalog).compute(session), locale, options);
    }

    /**
     * The handout for {@code session}, with the default options (see {@link #of(InjectionSession,
     * Catalog, SessionDoses, Locale, HandoutOptions)}).
     */
    public static AftercareHandout of(InjectionSession session, Catalog catalog, SessionDoses doses, Locale locale) {
        return of(session, catalog, doses, locale, HandoutOptions.defaults());
    }

    /**
     * The handout for {@code session}.
     *
     * @param session the session
     * @param catalog the catalogue that says which muscles are on the chest wall and names vendor muscles
     * @param doses the session's doses (which drugs were given), computed with the same catalogue
     * @param locale the reader's language; English when not shipped
     * @param options the emergency number and the clinic's name and phone number
     */
    public static AftercareHandout of(
            InjectionSession session, Catalog catalog, SessionDoses doses, Locale locale, HandoutOptions options) {
        return new HandoutComposer(session, catalog, doses, Messages.handout(locale), options).compose();
    }
}
