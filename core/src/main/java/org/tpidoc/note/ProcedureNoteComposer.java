package org.tpidoc.note;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.Complication;
import org.tpidoc.catalog.DrugClass;
import org.tpidoc.catalog.ExamFinding;
import org.tpidoc.catalog.PriorTherapy;
import org.tpidoc.dosing.SessionDoses;
import org.tpidoc.note.NoteBlock.Paragraph;
import org.tpidoc.session.Attestation;
import org.tpidoc.session.FollowUp;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.PainScore;
import org.tpidoc.session.PostProcedure;
import org.tpidoc.session.SessionStatus;
import org.tpidoc.session.TimeOut;
import org.tpidoc.terminology.CodeSystems;
import org.tpidoc.terminology.Concept;
import org.tpidoc.validation.Finding;
import org.tpidoc.validation.Severity;
import org.tpidoc.validation.ValidationReport;

/**
 * Writes the sections of a {@link ProcedureNote}, one method per section. Used once per note.
 *
 * <p>What the record leaves out is "Not recorded"; "None" only where the record states none (no
 * complication, no preparation for dry needling, no site). People are named by display, never by
 * their reference (see {@link ClinicianNames}).
 */
final class ProcedureNoteComposer {

    private static final Map<String, String> CODE_SYSTEM_NAMES =
            Map.of(CodeSystems.ICD_10_CM, "ICD-10-CM", CodeSystems.SNOMED_CT, "SNOMED CT");

    private final NoteWords words = NoteWords.INSTANCE;
    private final InjectionSession session;
    private final Catalog catalog;
    private final SessionDoses doses;
    private final @Nullable ValidationReport report;
    private final ClinicalFormat format;
    private final ClinicianNames clinicians;

    ProcedureNoteComposer(
            InjectionSession session, Catalog catalog, SessionDoses doses, @Nullable ValidationReport report) {
        this.session = session;
        this.catalog = catalog;
        this.doses = doses;
        this.report = report;
        this.format = ClinicalFormat.of(session);
        this.clinicians = ClinicianNames.of(session, words);
    }

    ProcedureNote compose() {
        String title = title();
        List<NoteSection> sections = new ArrayList<>(List.of(
                section("procedure", procedure(title)),
                section("indications", indications()),
                section("patient-factors", new PatientFactorsSection(session.patientFactors(), doses, words).blocks()),
                section("consent", new ConsentSection(session.consent(), catalog, format, clinicians, words).blocks()),
                section("time-out", timeOut()),
                section("description", new ProcedureDescription(session, catalog, doses, words).blocks()),
                section("medications", new MedicationsAdministered(doses, words).blocks(injectedSites())),
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
                    List.of(new NoteBlock.Items(
                            "", open.stream().map(this::finding).toList()))));
        }
        Attestation attestation = session.attestation();
        if (attestation != null) {
            sections.add(section(
                    "attestation",
                    List.of(
                            words.field("attested-by", clinicians.say(attestation.by())),
                            words.field(
                                    "attested-at",
                                    words.text("attested-at", format.dateTime(attestation.at()), format.offset())))));
        }
        return new ProcedureNote(title, sections);
    }

    /** "Trigger point injection", "… with botulinum toxin" when the toxin was given, or "Dry needling". */
    private String title() {
        String technique = "title." + session.technique().code();
        return session.isInjection() && doses.gives(DrugClass.BOTULINUM_TOXIN)
                ? words.text(technique + ".botulinum-toxin")
                : words.text(technique);
    }

    /** Whether a site of this injection session was recorded with an injectate. */
    private boolean injectedSites() {
        return session.isInjection() && session.sites().stream().anyMatch(InjectionSite::hasInjectate);
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
        blocks.add(words.field("performer", clinicians.say(session.performer())));
        return blocks;
    }

    /** Indications, findings and prior therapies: an empty list is "Not recorded" (the form cannot say none). */
    private List<NoteBlock> indications() {
        String notRecorded = words.notRecorded();
        return List.of(
                words.listOr(
                        "indications",
                        session.indications().stream().map(this::coding).toList(),
                        notRecorded),
                words.field(
                        "findings",
                        words.joinedOr(
                                names(session.findings(), s -> catalog.finding(s)
                                        .map(ExamFinding::name)),
                                notRecorded)),
                words.field(
                        "prior-therapies",
                        words.joinedOr(
                                names(session.priorTherapies(), s -> catalog.priorTherapy(s)
                                        .map(PriorTherapy::name)),
                                notRecorded)));
    }

    private String coding(Concept concept) {
        String code = CODE_SYSTEM_NAMES.getOrDefault(concept.system(), concept.system()) + " " + concept.code();
        return concept.display() == null ? code : words.text("coding", concept.display(), code);
    }

    private List<NoteBlock> timeOut() {
        TimeOut timeOut = session.timeOut();
        return List.of(
                words.field("time-out", timeOut == null ? words.notRecorded() : format.time(timeOut.at())),
                words.field("site-marked", timeOut == null ? words.notRecorded() : words.yesNo(timeOut.siteMarked())));
    }

    /** The complications; an empty list is "None" (the session form states none by an empty list). */
    private List<NoteBlock> complications() {
        return List.of(words.itemsOr(
                names(session.complications(), s -> catalog.complication(s).map(Complication::name)), words.none()));
    }

    private List<NoteBlock> bloodLoss() {
        return List.of(new Paragraph(
                session.estimatedBloodLossMl() == null
                        ? words.notRecorded()
                        : ClinicalFormat.volume(session.estimatedBloodLossMl())));
    }

    private List<NoteBlock> tolerance() {
        List<NoteBlock> blocks = new ArrayList<>();
        blocks.add(new Paragraph(
                session.tolerance() == null
                        ? words.notRecorded()
                        : words.text("tolerance", words.words("tolerance", session.tolerance()))));
        PostProcedure observed = session.postProcedure();
        if (observed != null) {
            String vitalSigns = observed.vitalSignsStable() == null
                    ? words.text("vital-signs.not-recorded")
                    : words.text("vital-signs." + observed.vitalSignsStable());
            String minutes = Integer.toString(observed.observedMinutes());
            blocks.add(words.field(
                    "observation",
                    observed.observedMinutes() == 1
                            ? words.text("observation.one-minute", minutes, vitalSigns)
                            : words.text("observation", minutes, vitalSigns)));
        }
        return blocks;
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
            blocks.add(words.field("follow-up", words.notRecorded()));
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

    /** The catalogue names of {@code slugs}; a slug the catalogue does not know is shown as it is. */
    static List<String> names(List<String> slugs, Function<String, Optional<String>> name) {
        return slugs.stream().map(s -> name.apply(s).orElse(s)).toList();
    }
}
