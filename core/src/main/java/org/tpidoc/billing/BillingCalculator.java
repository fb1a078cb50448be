package org.tpidoc.billing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.dosing.DoseCalculator;
import org.tpidoc.session.Guidance;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.SessionStatus;
import org.tpidoc.terminology.CodeSystems;
import org.tpidoc.terminology.Concept;
import org.tpidoc.validation.Finding;

/**
 * Derives a {@link BillingSummary} from a session (DESIGN §6):
 *
 * <ol>
 *   <li>the procedure code once per session, by technique and distinct (muscle, side) pairs, a part of a
 *       muscle counting as the whole muscle on its side ({@link ProcedureCode#musclesBilled}): CPT 20552
 *       (1–2) or 20553 (3+) for injections, 20560 or 20561 for dry needling;
 *   <li>CPT 76942 when ultrasound guided;
 *   <li>HCPCS drug lines in order of first use: units = total given ÷ the code's unit, rounded up; from
 *       single-dose containers the discarded rest on its own line with JW, or JZ on the administered line
 *       when nothing was discarded (in whole billing units); see {@link DrugLines}. No line for local
 *       anaesthetics or diluents.
 * </ol>
 *
 * <p>By status: a completed session bills its sites; an aborted one bills the sites recorded as done,
 * with modifier {@value ChargeLine#DISCONTINUED} (discontinued procedure) on the procedure line only (CMS
 * puts 53 on the procedure that was stopped; the guidance and drug lines bill what was done and given,
 * and the discarded rest); an in-progress one bills nothing yet and
 * gives a {@code session-not-final} warning; one entered in error bills nothing. A session with no
 * sites bills nothing.
 *
 * <p>The diagnoses are the session's ICD-10-CM indications in order, except the non-billable headers of
 * {@link Icd10CmHeaders}, each of which gives a {@code indication-not-billable} warning; with something
 * to bill and no billable diagnosis, a {@code diagnosis-missing} warning. Clinical validity is not
 * judged here (that is the validator's): billing describes what the record says. Immutable and
 * thread-safe.
 */
public final class BillingCalculator {

    private final Catalog catalog;
    private final DoseCalculator doses;

    /** A calculator that resolves products in {@code catalog}. */
    public BillingCalculator(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.doses = new DoseCalculator(catalog);
    }

    /** A calculator over the built-in catalogue. */
    public static BillingCalculator standard() {
        return new BillingCalculator(Catalog.builtIn());
    }

    /**
     * The charge lines, diagnoses and billing findings of {@code session}.
     *
     * @throws ArithmeticException if a drug line's units would exceed {@link Integer#MAX_VALUE} (a dose
     *     no real session holds; the validator reports it first)
     */
    public BillingSummary bill(InjectionSession session) {
        List<Finding> findings = new ArrayList<>();
        List<ChargeLine> lines =
                switch (session.status()) {
                    case IN_PROGRESS -> {
                        findings.add(BillingCode.SESSION_NOT_FINAL.at(
                                "$.status",
                                "The session is in progress: nothing is billed until it is completed or aborted."));
                        yield List.of();
                    }
                    case ENTERED_IN_ERROR -> List.of();
                    case COMPLETED, ABORTED -> charges(session, findings);
                };
        List<Concept> diagnoses = diagnoses(session, findings);
        if (diagnoses.isEmpty() && !lines.isEmpty()) {
            findings.add(BillingCode.DIAGNOSIS_MISSING.at(
                    "$.indications",
                    "No billable ICD-10-CM indication: a claim needs a diagnosis code such as M79.18 to point to."));
        }
        return new BillingSummary(lines, diagnoses, findings);
    }

    /** The lines of a final session: procedure (53 when aborted), guidance, drugs; drug warnings added. */
    private List<ChargeLine> charges(InjectionSession session, List<Finding> findings) {
        Optional<ProcedureCode> procedure = ProcedureCode.forSession(session, catalog);
        if (procedure.isEmpty()) {
            return List.of();
        }
        List<ChargeLine> lines = new ArrayList<>();
        boolean aborted = session.status() == SessionStatus.ABORTED;
        lines.add(procedure.get().line(aborted ? List.of(ChargeLine.DISCONTINUED) : List.of()));
        if (session.guidance() == Guidance.ULTRASOUND) {
            lines.add(ProcedureCode.ULTRASOUND_GUIDANCE.line());
        }
        DrugLines drugs = DrugLines.of(session, doses.compute(session));
        lines.addAll(drugs.lines());
        findings.addAll(drugs.findings());
        return lines;
    }

    private static List<Concept> diagnoses(InjectionSession session, List<Finding> findings) {
        Set<String> seen = new LinkedHashSet<>();
        List<Concept> diagnoses = new ArrayList<>();
        for (int i = 0; i < session.indications().size(); i++) {
            Concept indication = session.indications().get(i);
            if (!indication.system().equals(CodeSystems.ICD_10_CM)) {
                continue;
            }
            String code = indication.code();
            if (Icd10CmHeaders.isHeader(code)) {
                findings.add(BillingCode.INDICATION_NOT_BILLABLE.at(
                        "$.indications[" + i + "]",
                        "ICD-10-CM " + code + " is a category header, not a billable code: record one of "
                                + String.join(", ", Icd10CmHeaders.billableCodesUnder(code)) + "."));
            } else if (seen.add(code)) {
                diagnoses.add(indication);
            }
        }
        return diagnoses;
    }
}
