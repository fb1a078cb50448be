package org.tpidoc.note;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.Complication;
import org.tpidoc.catalog.ExamFinding;
import org.tpidoc.catalog.PriorTherapy;
import org.tpidoc.catalog.Risk;
import org.tpidoc.dosing.SessionDoses;
import org.tpidoc.note.NoteBlock.Paragraph;
import org.tpidoc.session.FollowUp;
import org.tpidoc.session.InformedConsent;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.PainScore;
import org.tpidoc.session.Reference;
import org.tpidoc.session.SessionStatus;
import org.tpidoc.session.TimeOut;
import org.tpidoc.terminology.CodeSystems;
import org.tpidoc.terminology.Concept;
import org.tpidoc.validation.Finding;
import org.tpidoc.validation.Severity;
import org.tpidoc.validation.ValidationReport;

/** Writes the sections of a {@link ProcedureNote}, one method per section. Used once per note. */
final class ProcedureNoteComposer {

    private static final Map<String, String> CODE_SYSTEM_NAMES =
            Map.of(CodeSystems.ICD_10_CM, "ICD-10-CM", CodeSystems.SNOMED_CT, "SNOMED CT");

    private final NoteWords words = NoteWords.INSTANCE;
    private final InjectionSession session;
    private final Catalog catalog;
    private final SessionDoses doses;
    private final @Nullable ValidationReport report;
    private final ClinicalFormat format;

    ProcedureNoteComposer(
            InjectionSession session, Catalog catalog, SessionDoses doses, @Nullable ValidationReport report) {
        this.session = session;
        this.catalog = catalog;
        this.doses = doses;
        this.report = report;
        this.format = ClinicalFormat.of(session);
    }

    ProcedureNote compose() {
        String title = words.text("title." + session.technique().code());
        List<NoteSection> sections = new ArrayList<>(List.of(
                section("procedure", procedure(title)),
                section("indications", indications()),
                section("consent", consent()),
                section("time-out", timeOut()),
                section("description", new ProcedureDescription(session, catalog, doses, words).blocks()),
                section("medications", new MedicationsAdministered(doses, words).blocks()),
                section("complications", complications()),
                section("blood-loss", bloodLoss()),
                section("tolerance", tolerance()),
                section("pain", pain()),
                section("plan", plan()),
                section("note", List.of(new Paragraph(session.note() == null ? words.none() : session.note())))));
        List<Finding> open = openFindings();
        if (!open.isEmpty()) {
            sections.add(section(
                    "open-findings",
                    List.of(words.itemsOrNone(open.stream().map(this::finding).toList()))));
        }
        return new ProcedureNote(title, sections);
    }

    private NoteSection section(String key, List<? extends NoteBlock> blocks) {
        return new NoteSection(key, words.text("section." + key), List.copyOf(blocks));
    }

    private List<NoteBlock> procedure(String title) {
        List<NoteBlock> blocks = new ArrayList<>();
        blocks.add(words.field("procedure", title));
        blocks.add(words.field("status", words.words("status", session.status())));
        if (session.status() == SessionStatus.ABORTED) {
            String reason = session.statusReason() == null ? words.text("aborted.no-reason") : session.statusReason();
            blocks.add(new Paragraph(words.text("aborted", reason)));
        } else if (session.status() == SessionStatus.ENTERED_IN_ERROR) {
            blocks.add(new Paragraph(words.text("entered-in-error")));
        }
        String start = format.date() + " " + format.time(session.start());
        String when = session.end() == null
                ? words.text("time.open", start, format.offset())
                : words.text("time.range", start, format.time(session.end()), format.offset());
        blocks.add(words.field("date-time", when));
        blocks.add(words.field("performer", clinician(session.performer())));
        return blocks;
    }

    private List<NoteBlock> indications() {
        return List.of(
                words.listOrNone(
                        "indications",
                        session.indications().stream().map(this::coding).toList()),
                words.field("findings", words.joinedOrNone(names(session.findings(), s -> catalog.finding(s)
                        .map(ExamFinding::name)))),
                words.field(
                        "prior-therapies",
                        words.joinedOrNone(names(session.priorTherapies(), s -> catalog.priorTherapy(s)
                                .map(PriorTherapy::name)))));
    }

    private String coding(Concept concept) {
        String code = CODE_SYSTEM_NAMES.getOrDefault(concept.system(), concept.system()) + " " + concept.code();
        return concept.display() == null ? code : words.text("coding", concept.display(), code);
    }

    private List<NoteBlock> consent() {
        InformedConsent consent = session.consent();
        if (consent == null) {
            return List.of(words.field("consent", words.notRecorded()));
        }
        return List.of(
                words.field("consent-obtained", format.time(consent.obtainedAt())),
                words.field("consent-method", words.wordsOrNotRecorded("consent-method", consent.method())),
                words.field("consent-signer", words.wordsOrNotRecorded("consent-signer", consent.signer())),
                words.field("consent-obtained-by", clinician(consent.obtainedBy())),
                words.listOrNone("risks", names(consent.risksDisclosed(), s -> catalog.risk(s)
                        .map(Risk::name))),
                words.field("alternatives", words.yesNo(consent.alternativesDiscussed())),
                words.field("questions", words.yesNo(consent.questionsAnswered())));
    }

    private List<NoteBlock> timeOut() {
        TimeOut timeOut = session.timeOut();
        return List.of(
                words.field("time-out", timeOut == null ? words.notRecorded() : format.time(timeOut.at())),
                words.field("site-marked", timeOut == null ? words.notRecorded() : words.yesNo(timeOut.siteMarked())));
    }

    private List<NoteBlock> complications() {
        return List.of(words.itemsOrNone(
                names(session.complications(), s -> catalog.complication(s).map(Complication::name))));
    }

    private List<NoteBlock> bloodLoss() {
        return List.of(new Paragraph(
                session.estimatedBloodLossMl() == null
                        ? words.notRecorded()
                        : ClinicalFormat.volume(session.estimatedBloodLossMl())));
    }

    private List<NoteBlock> tolerance() {
        return List.of(new Paragraph(
                session.tolerance() == null
                        ? words.notRecorded()
                        : words.text("tolerance", words.words("tolerance", session.tolerance()))));
    }

    private List<NoteBlock> pain() {
        return List.of(
                words.field("pain-scale", words.text("pain-scale")),
                words.field("pain-before", painScore(session.painBefore())),
                words.field("pain-after", painScore(session.painAfter())));
    }

    private String painScore(@Nullable PainScore pain) {
        if (pain == null) {
            return words.notRecorded();
        }
        String score = Integer.toString(pain.score());
        return pain.at() == null
                ? words.text("pain.untimed", score)
                : words.text("pain", score, format.time(pain.at()));
    }

    private List<NoteBlock> plan() {
        FollowUp followUp = session.followUp();
        List<NoteBlock> blocks = new ArrayList<>();
        if (followUp == null) {
            blocks.add(words.field("follow-up", words.none()));
        } else {
            @Nullable Integer days = followUp.afterDays();
            if (days != null) {
                blocks.add(words.field(
                        "follow-up",
                        days == 1 ? words.text("follow-up.one-day") : words.text("follow-up.days", days.toString())));
            }
            if (followUp.text() != null) {
                blocks.add(words.field("plan", followUp.text()));
            }
        }
        blocks.add(words.field("aftercare", words.yesNo(session.aftercareGiven())));
        return blocks;
    }

    private List<Finding> openFindings() {
        if (report == null) {
            return List.of();
        }
        return report.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
                .toList();
    }

    private String finding(Finding finding) {
        return words.text("finding", words.words("severity", finding.severity()), finding.message(), finding.code());
    }

    private String clinician(@Nullable Reference reference) {
        return reference == null ? words.notRecorded() : ClinicalFormat.clinician(reference);
    }

    /** The catalogue names of {@code slugs}; a slug the catalogue does not know is shown as it is. */
    private static List<String> names(List<String> slugs, Function<String, Optional<String>> name) {
        return slugs.stream().map(s -> name.apply(s).orElse(s)).toList();
    }
}
