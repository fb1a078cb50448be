package org.tpidoc.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tpidoc.billing.BillingCalculator;
import org.tpidoc.billing.ChargeLine;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.session.Attestation;
import org.tpidoc.session.Component;
import org.tpidoc.session.ConsentMethod;
import org.tpidoc.session.Container;
import org.tpidoc.session.Identifier;
import org.tpidoc.session.InformedConsent;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.PainScore;
import org.tpidoc.session.PatientFactors;
import org.tpidoc.session.PostProcedure;
import org.tpidoc.session.Preparation;
import org.tpidoc.session.Reference;
import org.tpidoc.session.SessionStatus;
import org.tpidoc.session.Technique;
import org.tpidoc.validation.ValidationCode;
import org.tpidoc.validation.ValidationReport;

class ProcedureNoteTest {

    private static final List<String> SECTION_KEYS = List.of(
            "procedure",
            "indications",
            "patient-factors",
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
                .contains("Indications: Not recorded")
                .contains("Examination findings: Not recorded")
                .contains("Conservative care tried without lasting relief: Not recorded")
                .contains("Weight: Not recorded")
                .contains("Allergies: Not recorded")
                .contains("Anticoagulated: Not recorded")
                .contains("Consent: Not recorded")
                .contains("Time-out: Not recorded")
                .contains("Preparations drawn up: Not recorded")
                .contains("Sites: None")
                .contains("Before: Not recorded")
                .contains("Follow-up: Not recorded")
                .contains("Aftercare instructions given: no")
                .doesNotContain("Position:", "Aspiration", "Observation after", "Attestation");
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
    void namesTheClinicianByDisplayAndNeverByReference() {
        InjectionSession withDisplay = TestSessions.neckShoulder();
        InjectionSession withoutDisplay = withDisplay.toBuilder()
                .performer(Reference.to("Practitioner/dr-lee"))
                .build();
        InjectionSession byIdentifier = TestSessions.minimalDraft().toBuilder()
                .performer(Reference.byIdentifier("http://hl7.org/fhir/sid/us-npi", "1234567893"))
                .build();

        assertThat(text(withDisplay)).contains("Performer: Dr. A. Lee");
        assertThat(text(withoutDisplay))
                .contains("Performer: Not named in the record")
                .contains("Obtained by: Not named in the record");
        assertThat(text(byIdentifier))
                .contains("Performer: Not named in the record")
                .doesNotContain("1234567893");
        for (InjectionSession session : List.of(withoutDisplay, byIdentifier)) {
            assertThat(text(session)).doesNotContain("Practitioner/");
            assertThat(html(session)).doesNotContain("Practitioner/");
        }
    }

    @Test
    void namesAClinicianByTheDisplayAnotherReferenceOfTheSessionGivesThem() {
        InjectionSession sample = TestSessions.neckShoulder(); // consent obtained by Practitioner/dr-lee, no display
        InjectionSession otherClinician = sample.toBuilder()
                .performer(Reference.to("Practitioner/dr-okafor", "Dr. B. Okafor"))
                .build();
        InjectionSession sameIdentifier = TestSessions.minimalDraft().toBuilder()
                .performer(new Reference(null, new Identifier("urn:npi", "1234567893"), "Dr. C. Hale"))
                .attestation(new Attestation(
                        Reference.byIdentifier("urn:npi", "1234567893"),
                        OffsetDateTime.parse("2026-11-20T11:00:00-05:00")))
                .build();

        assertThat(text(sample)).contains("Obtained by: Dr. A. Lee");
        assertThat(text(otherClinician)).contains("Obtained by: Not named in the record");
        assertThat(text(sameIdentifier)).contains("Signed by: Dr. C. Hale");
    }

    @Test
    void noExampleNoteShowsARawReference() {
        List<String> examples = ExampleSessions.readableNames();

        assertThat(examples).hasSizeGreaterThan(5);
        for (String example : examples) {
            InjectionSession session = ExampleSessions.read(example);
            assertThat(text(session)).as(example).doesNotContain("Practitioner/", "Patient/", "Encounter/");
            assertThat(html(session)).as(example).doesNotContain("Practitioner/", "Patient/", "Encounter/");
        }
    }

    @Test
    void saysSignedByForWrittenConsentAndGivenByForVerbal() {
        InjectionSession written = TestSessions.neckShoulder();
        InjectionSession verbal = written.toBuilder()
                .consent(withMethod(written.consent(), ConsentMethod.VERBAL))
                .build();
        InjectionSession methodNotRecorded =
                written.toBuilder().consent(withMethod(written.consent(), null)).build();

        assertThat(text(written))
                .contains("Method: written\nSigned by: patient\n")
                .doesNotContain("Given by");
        assertThat(text(verbal)).contains("Method: verbal\nGiven by: patient\n").doesNotContain("Signed by");
        assertThat(text(methodNotRecorded))
                .contains("Method: Not recorded\nGiven by: patient\n")
                .doesNotContain("Signed by");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "recorded as anticoagulated     | true  | Anticoagulated: yes",
                "recorded as not anticoagulated | false | Anticoagulated: no",
                "not recorded                   |       | Anticoagulated: Not recorded"
            })
    void statesAnticoagulationAsRecorded(String name, Boolean anticoagulated, String expected) {
        InjectionSession session = TestSessions.neckShoulder().toBuilder()
                .patientFactors(TestSessions.neckShoulder().patientFactors().withAnticoagulated(anticoagulated))
                .build();

        assertThat(text(session)).contains(expected + "\n");
        assertThat(html(session)).contains("<p><b>Anticoagulated:</b> " + expected.substring(16) + "</p>");
    }

    @Test
    void statesWeightAndAllergiesInWordsOrThatTheyAreNotRecorded() {
        InjectionSession allergic = TestSessions.neckShoulder().toBuilder()
                .patientFactors(new PatientFactors(
                        new BigDecimal("72.5"),
                        List.of("amide-local-anesthetic", "chlorhexidine", "iodine"),
                        null,
                        null))
                .build();
        InjectionSession noneRecorded = TestSessions.neckShoulder();
        InjectionSession nothingRecorded =
                TestSessions.neckShoulder().toBuilder().patientFactors(null).build();

        assertThat(text(allergic))
                .contains("Weight: 72.5 kg\n")
                .contains("Allergies: amide local anaesthetic, chlorhexidine, iodine\n");
        assertThat(text(noneRecorded)).contains("Weight: 72 kg\n").contains("Allergies: none recorded\n");
        assertThat(text(nothingRecorded))
                .contains("Weight: Not recorded\nAllergies: Not recorded\nAnticoagulated: Not recorded\n");
    }

    @Test
    void statesThePriorBotulinumToxinWhenRecordedOrWhenTheToxinWasGiven() {
        InjectionSession toxin = TestSessions.botulinumNeck();
        InjectionSession toxinWithPrior = toxin.toBuilder()
                .patientFactors(toxin.patientFactors().withBotulinumToxinUnitsLast90Days(new BigDecimal("100")))
                .build();
        String label = "OnabotulinumtoxinA in the previous 90 days: ";

        assertThat(text(toxinWithPrior)).contains(label + "100 units\n");
        assertThat(text(toxin)).contains(label + "Not recorded\n");
        assertThat(text(TestSessions.neckShoulder())).doesNotContain(label);
    }

    @Test
    void saysNoneOnlyWhereTheRecordStatesNone() {
        InjectionSession sample = TestSessions.neckShoulder();
        InjectionSession withComplication =
                sample.toBuilder().complications(List.of("vasovagal-reaction")).build();
        InjectionSession noFindings =
                sample.toBuilder().findings(List.of()).priorTherapies(List.of()).build();

        assertThat(ProcedureNote.of(sample, catalog)
                        .section("complications")
                        .orElseThrow()
                        .blocks())
                .containsExactly(new NoteBlock.Paragraph("None"));
        assertThat(ProcedureNote.of(withComplication, catalog)
                        .section("complications")
                        .orElseThrow()
                        .blocks())
                .containsExactly(new NoteBlock.Items("", List.of("vasovagal reaction")));
        assertThat(text(noFindings))
                .contains("Examination findings: Not recorded\n")
                .contains("Conservative care tried without lasting relief: Not recorded\n");
        assertThat(text(sample)).contains("Examination findings: taut band, local twitch response, referred pain\n");
    }

    @Test
    void saysNoPreparationOrMedicationIsNoneForDryNeedlingAndNotRecordedForAnInjection() {
        InjectionSession dryNeedling = TestSessions.dryNeedlingPiriformis();
        InjectionSession injectionWithoutPreparation =
                TestSessions.neckShoulder().toBuilder().preparations(List.of()).build();

        assertThat(text(dryNeedling)).contains("Preparations drawn up: None\n");
        assertThat(ProcedureNote.of(dryNeedling, catalog)
                        .section("medications")
                        .orElseThrow()
                        .blocks())
                .containsExactly(new NoteBlock.Paragraph("None"));
        assertThat(text(injectionWithoutPreparation)).contains("Preparations drawn up: Not recorded\n");
        assertThat(ProcedureNote.of(injectionWithoutPreparation, catalog)
                        .section("medications")
                        .orElseThrow()
                        .blocks())
                .containsExactly(new NoteBlock.Paragraph("Not recorded"));
    }

    @Test
    void printsPositionAspirationObservationAndAttestationWhenRecorded() {
        ProcedureNote note = ProcedureNote.of(ExampleSessions.read("full-record-single-dose-steroid"), catalog);
        String text = DocumentRenderer.plainText().render(note);

        assertThat(text)
                .contains("Position: sitting\nTechnique: trigger point injection\n")
                .contains("Aspiration before each injection: performed, no blood returned\n")
                .contains("Observation after the procedure: 15 minutes, vital signs stable\n")
                .endsWith("Attestation\n-----------\nSigned by: Dr. A. Lee\nSigned at: 2026-11-20 10:50 (UTC-05:00)\n");
        assertThat(note.sections()).last().extracting(NoteSection::key).isEqualTo("attestation");
        assertThat(ProcedureNote.of(TestSessions.neckShoulder(), catalog).section("attestation"))
                .isEmpty();
        assertThat(text(TestSessions.neckShoulder()))
                .doesNotContain("Position:", "Aspiration", "Observation after", "Signed at");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "not aspirated                | false | 15 |       | Aspiration before each injection: not performed | Observation after the procedure: 15 minutes, vital signs not recorded",
                "one minute, unstable vitals  | true  | 1  | false | Aspiration before each injection: performed, no blood returned | Observation after the procedure: 1 minute, vital signs not stable"
            })
    void statesAspirationAndObservationAsRecorded(
            String name, boolean aspirated, int minutes, Boolean stable, String aspiration, String observation) {
        InjectionSession session = TestSessions.neckShoulder().toBuilder()
                .aspirationBeforeInjection(aspirated)
                .postProcedure(new PostProcedure(minutes, stable))
                .build();

        assertThat(text(session)).contains(aspiration + "\n", observation + "\n");
    }

    @Test
    void leavesAspirationOutWhenNoSiteWasNeedled() {
        InjectionSession stoppedBeforeAnySite = TestSessions.abortedBeforeAnySite().toBuilder()
                .aspirationBeforeInjection(true)
                .build();
        InjectionSession injected = TestSessions.neckShoulder().toBuilder()
                .aspirationBeforeInjection(true)
                .build();

        assertThat(text(stoppedBeforeAnySite)).doesNotContain("Aspiration before each injection");
        assertThat(text(injected)).contains("Aspiration before each injection: performed, no blood returned\n");
    }

    @Test
    void statesTheVialOfEachMedicationWhenRecorded() {
        String full = text(ExampleSessions.read("full-record-single-dose-steroid"));

        assertThat(full)
                .contains("lidocaine 40 mg from lidocaine hydrochloride 10 mg/mL, lot LD2291, expiry 2027-08-31,"
                        + " multi-dose vial\n")
                .contains("triamcinolone 40 mg from triamcinolone acetonide 40 mg/mL, lot TA0412, expiry"
                        + " 2027-03-31, single-dose vial of 1 mL, none discarded\n");
        assertThat(text(TestSessions.neckShoulder())).doesNotContain("vial\n");
    }

    @Test
    void statesWhatASingleDoseVialHeldBeyondWhatWasGivenAsBillingCountsIt() {
        InjectionSession full = ExampleSessions.read("full-record-single-dose-steroid");
        Preparation mixed = full.preparations().get(0);
        Component steroidFromTwoMlVial =
                mixed.components().get(1).withContainer(Container.singleDose(new BigDecimal("2")));
        InjectionSession session = full.toBuilder()
                .preparations(List.of(
                        new Preparation(mixed.id(), List.of(mixed.components().get(0), steroidFromTwoMlVial))))
                .build();

        assertThat(text(session)).contains("single-dose vial of 2 mL, 40 mg discarded\n");
        assertThat(BillingCalculator.standard().bill(session).lines())
                .extracting(ChargeLine::code, ChargeLine::units, ChargeLine::modifiers)
                .contains(tuple("J3301", 4, List.of()), tuple("J3301", 4, List.of("JW")));
    }

    @Test
    void titlesABotulinumToxinSessionAndStatesItsDilution() {
        InjectionSession toxin = TestSessions.botulinumNeck();
        InjectionSession concentrated = toxin.toBuilder()
                .preparations(List.of(Preparation.of(
                        "T",
                        Component.powder("onabotulinumtoxina-100-unit-vial", new BigDecimal("100")),
                        Component.liquid("sodium-chloride-9mg-ml", new BigDecimal("1")))))
                .build();
        InjectionSession toxinNotGiven = TestSessions.abortedBeforeAnySite().toBuilder()
                .preparations(toxin.preparations())
                .build();

        assertThat(ProcedureNote.of(toxin, catalog).title()).isEqualTo("Trigger point injection with botulinum toxin");
        assertThat(text(toxin))
                .startsWith("Trigger point injection with botulinum toxin\n=====")
                .contains("Procedure: Trigger point injection with botulinum toxin\n")
                .contains("  - T: 100 units onabotulinumtoxinA 100-unit vial, 2 mL sodium chloride 9 mg/mL (0.9%);"
                        + " dilution: 100 units in 2 mL (5 units per 0.1 mL)\n");
        assertThat(text(concentrated)).contains("dilution: 100 units in 1 mL (10 units per 0.1 mL)");
        assertThat(ProcedureNote.of(TestSessions.neckShoulder(), catalog).title())
                .isEqualTo("Trigger point injection");
        assertThat(text(TestSessions.neckShoulder())).doesNotContain("dilution");
        assertThat(ProcedureNote.of(toxinNotGiven, catalog).title()).isEqualTo("Trigger point injection");
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
                ValidationCode.TIME_OUT_MISSING.at("$.timeOut", "No time-out is recorded."),
                ValidationCode.CONSENT_MISSING.at("$.consent", "No consent is recorded."),
                ValidationCode.PRIOR_TOXIN_DOSE_UNKNOWN.at("$", "For information.")));

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
        ValidationReport onlyInfo =
                new ValidationReport(List.of(ValidationCode.PRIOR_TOXIN_DOSE_UNKNOWN.at("$", "For information.")));

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

    private static InformedConsent withMethod(InformedConsent consent, ConsentMethod method) {
        return new InformedConsent(
                consent.obtainedAt(),
                method,
                consent.obtainedBy(),
                consent.signer(),
                consent.risksDisclosed(),
                consent.alternativesDiscussed(),
                consent.questionsAnswered());
    }

    private String text(InjectionSession session) {
        return DocumentRenderer.plainText().render(ProcedureNote.of(session, catalog));
    }

    private String html(InjectionSession session) {
        return DocumentRenderer.html().render(ProcedureNote.of(session, catalog));
    }
}
