package org.tpidoc.validation;

/**
 * A kind of {@link Finding}: its stable public code and the severity that belongs to it. The enums of
 * codes implement it ({@link ValidationCode} for the clinical rules, {@code org.tpidoc.billing.BillingCode}
 * for billing), so a call site names what it found and never chooses a severity of its own. Two
 * constants may share a code only when that code is reported at two severities, each constant with one
 * of them.
 */
public interface FindingCode {

    /** The stable code, lower-case kebab-case, e.g. {@code "dose-above-maximum"}: a public contract. */
    String code();

    /** The severity a finding with this code has. */
    Severity severity();

    /**
     * A finding of this code at {@code path}.
     *
     * @param path where the finding points, not blank (a JSON path into the session, e.g. {@code
     *     "$.sites[0].volumeMl"})
     * @param message what is wrong and what to do, never patient identifiers or free text
     */
    default Finding at(String path, String message) {
        return new Finding(severity(), code(), path, message);
    }
}
