package org.tpidoc.billing;

import java.util.List;
import org.tpidoc.terminology.Concept;
import org.tpidoc.validation.Finding;
import org.tpidoc.validation.ValidationReport;

/**
 * What a session bills: its charge lines (procedure code, then ultrasound guidance, then drug lines in
 * order of first use), the diagnoses the claim points to, and findings about billing (warnings such as
 * {@code indication-not-billable}, {@code session-not-final} and {@code container-unknown}: the {@link
 * BillingCode}s). Immutable.
 *
 * @param lines the charge lines, in claim order; empty for a session with no sites, in progress or
 *     entered in error
 * @param diagnoses the billable ICD-10-CM indications the lines point to, in the session's order
 * @param findings findings about billing, with JSON paths into the session
 */
public record BillingSummary(List<ChargeLine> lines, List<Concept> diagnoses, List<Finding> findings) {

    /** Copies the lists. */
    public BillingSummary {
        lines = List.copyOf(lines);
        diagnoses = List.copyOf(diagnoses);
        findings = List.copyOf(findings);
    }

    /** Whether there is nothing to bill. */
    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The lines with this code, in order. */
    public List<ChargeLine> linesWithCode(String code) {
        return lines.stream().filter(l -> l.code().equals(code)).toList();
    }

    /** The findings as a report (e.g. to add to the validator's). */
    public ValidationReport report() {
        return new ValidationReport(findings);
    }
}
