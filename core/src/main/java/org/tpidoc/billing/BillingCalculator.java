package org.tpidoc.billing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.dosing.DoseCalculator;
import org.tpidoc.dosing.SessionDoses;
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
 *   <li>the procedure code once per session, by technique and distinct (muscle, side) pairs: CPT 20552
 *       (1–2) or 20553 (3+) for injections, 20560 or 20561 for dry needling;
 *   <li>CPT 76942 when ultrasound guided;
 *   <li>HCPCS drug lines in order of first use: units = total dose ÷ the code's unit, rounded up; for a
 *       single-dose container (botulinum toxin) the discarded remainder on its own line with modifier
 *       JW, or JZ on the administered line when nothing was discarded (in whole billing units). No
 *       line for local anaesthetics or diluents.
 * </ol>
 *
 * <p>A session with no sites, or entered in error, bills nothing. The diagnoses are the session's
 * ICD-10-CM indications in order, except the non-billable headers of {@link Icd10CmHeaders}, each of
 * which gives a {@value #INDICATION_NOT_BILLABLE} warning; with something to bill and no billable
 * diagnosis, a {@value #DIAGNOSIS_MISSING} warning. Clinical validity is not judged here (that is the
 * validator's): billing describes what the record says. Immutable and thread-safe.
 */
public final class BillingCalculator {

    /** Warning code: an ICD-10-CM indication is a category header, not a billable code. */
    public static final String INDICATION_NOT_BILLABLE = "indication-not-billable";

    /** Warning code: there is something to bill but no billable ICD-10-CM indication to point to. */
    public static final String DIAGNOSIS_MISSING = "diagnosis-missing";

    private final DoseCalculator doses;

    /** A calculator that resolves products in {@code catalog}. */
    public BillingCalculator(Catalog catalog) {
        this.doses = new DoseCalculator(Objects.requireNonNull(catalog, "catalog"));
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
        List<ChargeLine> lines = session.status() == SessionStatus.ENTERED_IN_ERROR ? List.of() : lines(session);
        List<Finding> findings = new ArrayList<>();
        List<Concept> diagnoses = diagnoses(session, findings);
        if (diagnoses.isEmpty() && !lines.isEmpty()) {
            findings.add(Finding.warning(
                    DIAGNOSIS_MISSING,
                    "$.indications",
                    "No billable ICD-10-CM indication: a claim needs a diagnosis code such as M79.18 to point to."));
        }
        return new BillingSummary(lines, diagnoses, findings);
    }

    private List<ChargeLine> lines(InjectionSession session) {
        SessionDoses sessionDoses = doses.compute(session);
        List<ChargeLine> lines = new ArrayList<>();
        ProcedureCode.forMuscles(session.technique(), sessionDoses.muscleSides().size())
                .ifPresent(procedure -> {
                    lines.add(procedure.line());
                    if (session.guidance() == Guidance.ULTRASOUND) {
                        lines.add(ProcedureCode.ULTRASOUND_GUIDANCE.line());
                    }
                    lines.addAll(DrugLines.of(sessionDoses));
                });
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
                findings.add(Finding.warning(
                        INDICATION_NOT_BILLABLE,
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
