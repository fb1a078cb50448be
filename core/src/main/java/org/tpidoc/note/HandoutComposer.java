package org.tpidoc.note;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.DrugClass;
import org.tpidoc.catalog.Muscle;
import org.tpidoc.dosing.MuscleSide;
import org.tpidoc.dosing.SessionDoses;
import org.tpidoc.note.NoteBlock.Items;
import org.tpidoc.note.NoteBlock.Paragraph;
import org.tpidoc.session.FollowUp;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.SessionStatus;

/**
 * Writes the sections of an {@link AftercareHandout} from the handout bundle. Used once per handout.
 *
 * <p>What the handout says follows what was done: an aborted session with no site recorded had no
 * needle put in, so the handout says so and leaves out the care, what to expect and the signs that
 * concern a needle spot; what to expect follows the drug classes actually given (numbness only after a
 * local anaesthetic, a month of relief after an anaesthetic or a steroid, the botulinum toxin's course
 * and warning signs only after the toxin).
 */
final class HandoutComposer {

    private final InjectionSession session;
    private final Catalog catalog;
    private final SessionDoses doses;
    private final Messages messages;
    private final HandoutOptions options;
    private final String technique;
    private final boolean aborted;
    private final boolean nothingDone;

    HandoutComposer(
            InjectionSession session, Catalog catalog, SessionDoses doses, Messages messages, HandoutOptions options) {
        this.session = session;
        this.catalog = catalog;
        this.doses = doses;
        this.messages = messages;
        this.options = options;
        this.technique = session.technique().code();
        this.aborted = session.status() == SessionStatus.ABORTED;
        this.nothingDone = aborted && doses.muscleSides().isEmpty();
    }

    AftercareHandout compose() {
        List<NoteSection> sections = new ArrayList<>();
        sections.add(section("today", List.of(new Paragraph(today()))));
        if (!nothingDone) {
            sections.add(section("care", List.of(new Items("", care()))));
            sections.add(section("expect", List.of(new Items("", expect()))));
        }
        sections.add(section("warning-signs", warningSigns()));
        sections.add(section("follow-up", List.of(new Paragraph(followUp()))));
        String title = messages.text(nothingDone ? "title.nothing-done" : "title." + technique);
        return new AftercareHandout(title, messages.language(), sections);
    }

    private NoteSection section(String key, List<NoteBlock> blocks) {
        return new NoteSection(key, messages.text("section." + key), blocks);
    }

    private String today() {
        String kind = aborted ? "today.aborted." : "today.";
        if (doses.muscleSides().isEmpty()) {
            return messages.text(kind + "no-sites." + technique);
        }
        String sites = doses.muscleSides().stream().map(this::site).collect(Collectors.joining(", "));
        return messages.text(kind + technique, sites);
    }

    private String site(MuscleSide site) {
        String key = "muscle." + site.muscle();
        String muscle = messages.has(key)
                ? messages.text(key)
                : catalog.muscle(site.muscle()).map(Muscle::name).orElse(site.muscle());
        return messages.text("site", messages.words("side", site.laterality()), muscle);
    }

    private List<String> care() {
        return texts(
                "care.ice",
                "care.heat",
                "care.pressure-stretch",
                "care.range-of-motion",
                "care.no-strenuous",
                "care.pain-reliever");
    }

    private List<String> expect() {
        boolean anaesthetic = doses.gives(DrugClass.AMIDE_LOCAL_ANESTHETIC);
        boolean steroid = doses.gives(DrugClass.CORTICOSTEROID);
        boolean toxin = doses.gives(DrugClass.BOTULINUM_TOXIN);
        List<String> lines = new ArrayList<>();
        lines.add(messages.text(anaesthetic ? "expect.soreness.numb" : "expect.soreness"));
        if (anaesthetic || steroid) {
            lines.add(messages.text("expect.relief.month"));
        } else if (!toxin) {
            lines.add(messages.text("expect.relief.days"));
        }
        if (steroid) {
            lines.addAll(texts("expect.steroid.sugar", "expect.steroid.skin"));
        }
        if (toxin) {
            lines.addAll(texts("expect.botulinum", "expect.botulinum.spread"));
        }
        lines.add(messages.text("expect.more." + technique));
        return lines;
    }

    /** The three tiers (emergency number, immediate care, the clinic); each sign is listed once. */
    private List<NoteBlock> warningSigns() {
        boolean toxin = doses.gives(DrugClass.BOTULINUM_TOXIN);
        List<NoteBlock> blocks = new ArrayList<>();
        List<String> emergency = texts(
                "warning.emergency.throat",
                "warning.emergency.breathing",
                "warning.emergency.heart",
                "warning.emergency.faint");
        if (toxin) {
            emergency.add(messages.text("warning.emergency.botulinum"));
        }
        blocks.add(new Items(messages.text("warning.emergency", options.emergencyNumber()), emergency));
        if (chestWall()) {
            blocks.add(new Paragraph(messages.text("warning.chest-wall")));
        }
        List<String> immediate = texts("warning.immediate.face", "warning.immediate.hives");
        if (toxin) {
            immediate.addAll(texts(
                    "warning.immediate.weakness.botulinum", "warning.immediate.vision", "warning.immediate.eyelids"));
        } else {
            immediate.add(messages.text("warning.immediate.weakness"));
        }
        blocks.add(new Items(messages.text("warning.immediate"), immediate));
        List<String> clinic =
                nothingDone ? new ArrayList<>() : texts("warning.clinic.infection", "warning.clinic.pain");
        clinic.add(messages.text("warning.clinic.questions"));
        blocks.add(new Items(clinicLead(), clinic));
        return blocks;
    }

    private boolean chestWall() {
        return session.sites().stream()
                .anyMatch(s -> catalog.muscle(s.muscle()).map(Muscle::chestWall).orElse(false));
    }

    /** "Call the clinic if you have:", naming the clinic and giving its number when the options hold them. */
    private String clinicLead() {
        String name = options.clinicName();
        String phone = options.clinicPhone();
        String key = "warning.clinic" + (name == null ? "" : ".named") + (phone == null ? "" : ".phone");
        return messages.text(key, name, phone);
    }

    private String followUp() {
        FollowUp followUp = session.followUp();
        @Nullable Integer days = followUp == null ? null : followUp.afterDays();
        if (days == null) {
            return messages.text("follow-up.none");
        }
        return days == 1 ? messages.text("follow-up.one-day") : messages.text("follow-up.days", days.toString());
    }

    private List<String> texts(String... keys) {
        List<String> lines = new ArrayList<>();
        for (String key : keys) {
            lines.add(messages.text(key));
        }
        return lines;
    }
}
