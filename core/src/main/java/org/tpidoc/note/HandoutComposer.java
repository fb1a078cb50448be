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

/** Writes the sections of an {@link AftercareHandout} from the handout bundle. Used once per handout. */
final class HandoutComposer {

    private final InjectionSession session;
    private final Catalog catalog;
    private final SessionDoses doses;
    private final Messages messages;
    private final String technique;

    HandoutComposer(InjectionSession session, Catalog catalog, SessionDoses doses, Messages messages) {
        this.session = session;
        this.catalog = catalog;
        this.doses = doses;
        this.messages = messages;
        this.technique = session.technique().code();
    }

    AftercareHandout compose() {
        return new AftercareHandout(
                messages.text("title." + technique),
                messages.language(),
                List.of(
                        section("today", new Paragraph(today())),
                        section(
                                "care",
                                items(
                                        "care.ice",
                                        "care.gentle-use",
                                        "care.stretch-heat",
                                        "care.no-strenuous",
                                        "care.pain-reliever")),
                        section("expect", new Items("", expect())),
                        section(
                                "warning-signs",
                                new Items(messages.text("warning.emergency"), emergency()),
                                new Items(
                                        messages.text("warning.soon"),
                                        texts("warning.soon.face", "warning.soon.hives", "warning.soon.weakness")),
                                new Items(
                                        messages.text("warning.clinic"),
                                        texts(
                                                "warning.clinic.fever",
                                                "warning.clinic.infection",
                                                "warning.clinic.pain"))),
                        section(
                                "follow-up",
                                new Paragraph(followUp()),
                                new Paragraph(messages.text("follow-up.questions")))));
    }

    private NoteSection section(String key, NoteBlock... blocks) {
        return new NoteSection(key, messages.text("section." + key), List.of(blocks));
    }

    private String today() {
        if (doses.muscleSides().isEmpty()) {
            return messages.text("today.no-sites." + technique);
        }
        String sites = doses.muscleSides().stream().map(this::site).collect(Collectors.joining(", "));
        return messages.text("today." + technique, sites);
    }

    private String site(MuscleSide site) {
        String key = "muscle." + site.muscle();
        String muscle = messages.has(key)
                ? messages.text(key)
                : catalog.muscle(site.muscle()).map(Muscle::name).orElse(site.muscle());
        return messages.text("site", messages.words("side", site.laterality()), muscle);
    }

    private List<String> expect() {
        List<String> lines = texts("expect.soreness", "expect.relief", "expect.more." + technique);
        if (doses.gives(DrugClass.CORTICOSTEROID)) {
            lines.addAll(texts("expect.steroid.sugar", "expect.steroid.skin"));
        }
        if (doses.gives(DrugClass.BOTULINUM_TOXIN)) {
            lines.add(messages.text("expect.botulinum"));
        }
        return lines;
    }

    private List<String> emergency() {
        List<String> lines = texts(
                "warning.emergency.throat",
                "warning.emergency.breathing",
                "warning.emergency.heart",
                "warning.emergency.faint");
        if (doses.gives(DrugClass.BOTULINUM_TOXIN)) {
            lines.add(messages.text("warning.emergency.botulinum"));
        }
        boolean chestWall = session.sites().stream()
                .anyMatch(s -> catalog.muscle(s.muscle()).map(Muscle::chestWall).orElse(false));
        if (chestWall) {
            lines.add(messages.text("warning.emergency.chest-wall"));
        }
        return lines;
    }

    private String followUp() {
        FollowUp followUp = session.followUp();
        @Nullable Integer days = followUp == null ? null : followUp.afterDays();
        if (days == null) {
            return messages.text("follow-up.none");
        }
        return days == 1 ? messages.text("follow-up.one-day") : messages.text("follow-up.days", days.toString());
    }

    private Items items(String... keys) {
        return new Items("", texts(keys));
    }

    private List<String> texts(String... keys) {
        List<String> lines = new ArrayList<>();
        for (String key : keys) {
            lines.add(messages.text(key));
        }
        return lines;
    }
}
