package org.tpidoc.billing;

import org.tpidoc.validation.FindingCode;
import org.tpidoc.validation.Severity;

/**
 * The codes of the findings {@link BillingCalculator} reports, each with its severity (all warnings:
 * billing describes what the record says and blocks nothing). The codes are a public contract: they
 * never change meaning and are never reused.
 */
public enum BillingCode implements FindingCode {
    /** The session is in progress, so nothing is billed yet (at {@code $.status}). */
    SESSION_NOT_FINAL("session-not-final", Severity.WARNING),
    /**
     * A drug line's component does not record its container and the catalogue does not make it
     * single-dose, so neither JW nor JZ can be chosen (at the component).
     */
    CONTAINER_UNKNOWN("container-unknown", Severity.WARNING),
    /** An ICD-10-CM indication is a category header, not a billable code (at the indication). */
    INDICATION_NOT_BILLABLE("indication-not-billable", Severity.WARNING),
    /** There is something to bill but no billable ICD-10-CM indication to point to. */
    DIAGNOSIS_MISSING("diagnosis-missing", Severity.WARNING);

    private final String code;
    private final Severity severity;

    BillingCode(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Severity severity() {
        return severity;
    }
}
