package org.tpidoc.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.session.Identifier;
import org.tpidoc.session.InformedConsent;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.PainScore;
import org.tpidoc.session.Reference;
import org.tpidoc.session.SessionStatus;
import org.tpidoc.session.Technique;
import org.tpidoc.validation.Finding;
import org.tpidoc.validation.ValidationReport;

class ProcedureNoteTest {

    private static final List<String> SECTION_KEYS = List.of(
            "procedure",
            "indications",
            "consent",
            "time-out",
            "description",
            "medications",
            "complications",
            "blood-loss",
            "tolerance",
            "pain",
            "plan",
            "note");

    private final Catalog catalog = Catalog.builtIn();

    @Test
    void saysThatAnAbortedSessionWasAbortedAndWhy() {
        InjectionSession aborted = TestSessions.neckShoulder().toBuilder()
                .status(SessionStatus.ABORTED)
                .statusReason("Vasovagal episode during positioning")
                .sites(List.of())
                .build();

        String text = text(aborted);

        assertThat(text)
                .contains("Status: aborted")
                .contains("Procedure aborted: Vasovagal episode during positioning");
        assertThat(html(aborted)).contains("Procedure aborted: Vasovagal episode during positioning");
    }

    @Test
    void saysSoWhenAnAbortedSessionHasNoReason() {
        InjectionSession aborted = TestSessions.minimalDraft().toBuilder()
                .status(SessionStatus.ABORTED)
                .build();

        assertThat(text(aborted)).contains("Procedure aborted: no reason recorded");
    }

    @Test
    void keepsEverySectionForAMinimalDraft() {
        InjectionSession draft = TestSessions.minimalDraft();

        ProcedureNote note = ProcedureNote.of(draft, catalog);
        String text = DocumentRenderer.plainText().render(note);

        assertThat(note.sections()).extracting(NoteSection::key).containsExactlyElementsOf(SECTION_KEYS);
        assertThat(note.sections()).allSatisfy(s -> assertThat(text).contains(s.title()));
        assertThat(text)
                .contains("Status: in progress")
                .contains("Date and time: 2026-11-20 10:15 (UTC-05:00), end not recorded")
                .contains("Performer: Not recorded")
                .contains("Indications: None")
                .contains("Consent: Not recorded")
                .contains("Time-out: Not recorded")
                .contains("Preparations drawn up: None")
                .contains("Sites: None")
                .contains("Before: Not recorded")
                .contains("Follow-up: None")
                .contains("Aftercare instructions given: no");
        assertThat(note.section("medications").orElseThrow().blocks()).containsExactly(new NoteBlock.Paragraph("None"));
        assertThat(note.section("complications").orElseThrow().blocks())
                .containsExactly(new NoteBlock.Paragraph("None"));
    }

    @Test
    void isTitledByTechnique() {
        assertThat(ProcedureNote.of(TestSessions.neckShoulder(), catalog).title())
                .isEqualTo("Trigger point injection");
        assertThat(ProcedureNote.of(TestSessions.dryNeedlingPiriformis(), catalog)
                        .title())
                .isEqualTo("Dry needling");
        assertThat(text(TestSessions.minimalDraft().toBuilder()
                        .technique(Technique.DRY_NEEDLING)
                        .build()))
                .startsWith("Dry needling\n============\n");
    }

    @Test
    void writesDosesAndVolumesClinically() {
        String text = text(TestSessions.neckShoulder());

        assertThat(text)
                .contains("2.5 mL  lidocaine 20 mg, triamcinolone 20 mg")
                .contains("lidocaine 40 mg from lidocaine hydrochloride 10 mg/mL, lot LD2291, expiry 2027-08-31")
                .contains("triamcinolone 40 mg from triamcinolone acetonide 40 mg/mL, lot TA0412, expiry 2027-03-31")
                .contains("Total volume injected: 5 mL")
                .contains("Needle: 27 gauge, 38 mm");
    }

    @Test
    void givesBotulinumToxinInUnitsWithTheDiscardedRemainder() {
        String text = text(TestSessions.botulinumNeck());

        assertThat(text)
                .contains("0.5 mL  onabotulinumtoxinA 25 units")
                .contains("onabotulinumtoxinA 50 units from onabotulinumtoxinA 100-unit vial")
                .contains("50 units discarded")
                .contains("sodium chloride (diluent) 1 mL from sodium chloride 9 mg/mL (0.9%)")
                .doesNotContain("sodium chloride 4.5 mg");
    }

    @Test
    void showsTimesInTheOffsetOfTheSessionStart() {
        InformedConsent consent = TestSessions.neckShoulder().consent();
        InjectionSession session = TestSessions.neckShoulder().toBuilder()
                .consent(new InformedConsent(
                        OffsetDateTime.parse("2026-11-20T15:00:00Z"),
                        consent.method(),
                        consent.obtainedBy(),
                        consent.signer(),
                        consent.risksDisclosed(),
                        true,
                        true))
                .painAfter(new PainScore(2, OffsetDateTime.parse("2026-11-21T09:30:00+01:00")))
                .build();

        String text = text(session);

        assertThat(text).contains("Obtained at: 10:00").contains("After: 2/10 at 2026-11-21 03:30");
    }

    @Test
    void showsThePerformerByDisplayElseByReference() {
        InjectionSession withDisplay = TestSessions.neckShoulder();
        InjectionSession withoutDisplay = withDisplay.toBuilder()
                .performer(Reference.to("Practitioner/dr-lee"))
                .build();

        assertThat(text(withDisplay)).contains("Performer: Dr. A. Lee");
        assertThat(text(withoutDisplay)).contains("Performer: Practitioner/dr-lee");
    }

    @Test
    void statesPriorTherapiesForPayers() {
        assertThat(text(TestSessions.neckShoulder()))
                .contains("Conservative care tried without lasting relief: stretching, massage, physical therapy");
    }

    @Test
    void neverPrintsThePatientReferenceIdentifierOrDisplay() {
        Reference patient = new Reference(
                "Patient/example-123", new Identifier("urn:oid:2.16.840.1.113883.19.5", "MRN-000451"), "Jane Q. Doe");
        InjectionSession session =
                TestSessions.neckShoulder().toBuilder().patient(patient).build();

        for (String rendered : List.of(text(session), html(session))) {
            assertThat(rendered)
                    .doesNotContain("example-123")
                    .doesNotContain("MRN-000451")
                    .doesNotContain("Jane")
                    .doesNotContain("Patient/");
        }
    }

    @Test
    void listsValidationFindingsStillOpenAtSigning() {
        ValidationReport report = new ValidationReport(List.of(
                Finding.warning("time-out-missing", "$.timeOut", "No time-out is recorded."),
                Finding.error("consent-missing", "$.consent", "No consent is recorded."),
                Finding.info("just-so", "$", "For information.")));

        ProcedureNote note = ProcedureNote.of(TestSessions.neckShoulder(), catalog, report);
        String text = DocumentRenderer.plainText().render(note);

        assertThat(note.sections()).last().extracting(NoteSection::key).isEqualTo("open-findings");
        assertThat(text)
                .contains("Validation findings open at signing")
                .contains("Warning: No time-out is recorded. (time-out-missing)")
                .contains("Error: No consent is recorded. (consent-missing)")
                .doesNotContain("For information.");
    }

    @Test
    void leavesOutTheFindingsSectionWhenNothingIsOpen() {
        ValidationReport onlyInfo = new ValidationReport(List.of(Finding.info("just-so", "$", "For information.")));

        assertThat(ProcedureNote.of(TestSessions.neckShoulder(), catalog).section("open-findings"))
                .isEmpty();
        assertThat(ProcedureNote.of(TestSessions.neckShoulder(), catalog, ValidationReport.empty())
                        .section("open-findings"))
                .isEmpty();
        assertThat(ProcedureNote.of(TestSessions.neckShoulder(), catalog, onlyInfo)
                        .section("open-findings"))
                .isEmpty();
    }

    @Test
    void showsAnUnknownSlugAsItIs() {
        InjectionSession session = TestSessions.neckShoulder().toBuilder()
                .complications(List.of("vasovagal-reaction", "vendor-specific-thing"))
                .build();

        assertThat(text(session)).contains("  - vasovagal reaction\n  - vendor-specific-thing\n");
    }

    private String text(InjectionSession session) {
        return DocumentRenderer.plainText().render(ProcedureNote.of(session, catalog));
    }

    private String html(InjectionSession session) {
        return DocumentRenderer.html().render(ProcedureNote.of(session, catalog));
    }
}
