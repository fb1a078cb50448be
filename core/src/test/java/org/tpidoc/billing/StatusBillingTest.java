package org.tpidoc.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.tpidoc.billing.BillingSessions.injection;
import static org.tpidoc.billing.BillingSessions.lines;
import static org.tpidoc.billing.BillingSessions.liquid;
import static org.tpidoc.billing.BillingSessions.powder;
import static org.tpidoc.billing.BillingSessions.site;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tpidoc.session.Component;
import org.tpidoc.session.Container;
import org.tpidoc.session.Guidance;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Laterality;
import org.tpidoc.session.Preparation;
import org.tpidoc.session.SessionStatus;
import org.tpidoc.session.Technique;
import org.tpidoc.terminology.CodeSystems;
import org.tpidoc.validation.Finding;
import org.tpidoc.validation.Severity;

/** What each session status bills (DESIGN §6): only final records, an aborted one with modifier 53. */
class StatusBillingTest {

    private final BillingCalculator calculator = BillingCalculator.standard();

    /** Ultrasound-guided toxin at three sites: 60 of a 100-unit vial given. */
    private static InjectionSession toxinSession(SessionStatus status) {
        InjectionSession session = injection(
                Preparation.of(
                        "T", powder("onabotulinumtoxina-100-unit-vial", "100"), liquid("sodium-chloride-9mg-ml", "2")),
                site("trapezius", Laterality.LEFT, "0.5", "T"),
                site("trapezius", Laterality.RIGHT, "0.5", "T"),
                site("splenius-capitis", Laterality.LEFT, "0.2", "T"));
        return session.toBuilder()
                .guidance(Guidance.ULTRASOUND)
                .status(status)
                .statusReason(status == SessionStatus.ABORTED ? "patient asked to stop" : null)
                .build();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            COMPLETED        | 20553 x1, 76942 x1, J0585 x60, J0585 x40 JW
            ABORTED          | 20553 x1 53, 76942 x1, J0585 x60, J0585 x40 JW
            IN_PROGRESS      | ''
            ENTERED_IN_ERROR | ''
            """)
    void billsOnlyAFinalRecordAndMarksAnAbortedOneDiscontinued(SessionStatus status, String expected) {
        BillingSummary summary = calculator.bill(toxinSession(status));

        assertThat(lines(summary))
                .containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected.split(", ")));
    }

    @Test
    void putsModifier53OnTheProcedureLineOnly() {
        BillingSummary summary = calculator.bill(toxinSession(SessionStatus.ABORTED));

        assertThat(summary.lines())
                .extracting(ChargeLine::system, ChargeLine::code, ChargeLine::modifiers)
                .containsExactly(
                        tuple(CodeSystems.CPT, "20553", List.of(ChargeLine.DISCONTINUED)),
                        tuple(CodeSystems.CPT, "76942", List.of()),
                        tuple(CodeSystems.HCPCS, "J0585", List.of()),
                        tuple(CodeSystems.HCPCS, "J0585", List.of(ChargeLine.DISCARDED)));
        assertThat(ChargeLine.DISCONTINUED).isEqualTo("53");
        assertThat(summary.findings()).isEmpty();
    }

    @Test
    void billsOnlyTheSitesAnAbortedSessionRecordsAsDone() {
        // One site of a 1 mL single-dose triamcinolone vial mixed with 1 mL lidocaine: 1 of 2 mL given.
        Component triamcinolone =
                liquid("triamcinolone-acetonide-40mg-ml", "1").withContainer(Container.singleDose(BigDecimal.ONE));
        InjectionSession aborted = injection(
                        Preparation.of("A", liquid("lidocaine-10mg-ml", "1"), triamcinolone),
                        site("trapezius", Laterality.LEFT, "1", "A"))
                .toBuilder()
                .status(SessionStatus.ABORTED)
                .statusReason("vasovagal reaction")
                .build();

        assertThat(lines(calculator.bill(aborted))).containsExactly("20552 x1 53", "J3301 x2", "J3301 x2 JW");
    }

    @Test
    void marksAnAbortedDryNeedlingSessionDiscontinued() {
        InjectionSession aborted = BillingSessions.base()
                .technique(Technique.DRY_NEEDLING)
                .status(SessionStatus.ABORTED)
                .statusReason("patient asked to stop")
                .addSite(InjectionSite.needled("piriformis", Laterality.RIGHT, 2))
                .build();

        assertThat(lines(calculator.bill(aborted))).containsExactly("20560 x1 53");
    }

    @Test
    void billsNothingAndWarnsNothingForAnAbortedSessionWithoutSites() {
        InjectionSession aborted =
                toxinSession(SessionStatus.ABORTED).toBuilder().sites(List.of()).build();

        BillingSummary summary = calculator.bill(aborted);

        assertThat(summary.lines()).isEmpty();
        assertThat(summary.findings()).isEmpty();
    }

    @Test
    void warnsThatASessionInProgressIsNotFinal() {
        BillingSummary summary = calculator.bill(toxinSession(SessionStatus.IN_PROGRESS));

        assertThat(summary.isEmpty()).isTrue();
        assertThat(summary.findings())
                .extracting(Finding::severity, Finding::code, Finding::path)
                .containsExactly(tuple(Severity.WARNING, "session-not-final", "$.status"));
        assertThat(summary.report().isValid()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"COMPLETED", "ABORTED", "ENTERED_IN_ERROR"})
    void givesNoNotFinalWarningOnceTheRecordIsFinal(SessionStatus status) {
        assertThat(calculator.bill(toxinSession(status)).findings())
                .extracting(Finding::code)
                .doesNotContain("session-not-final");
    }
}
