package org.tpidoc.validation;

import static org.tpidoc.validation.Severity.ERROR;
import static org.tpidoc.validation.Severity.INFO;
import static org.tpidoc.validation.Severity.WARNING;

/**
 * The codes of the findings {@link SessionValidator} reports, each with its severity (DESIGN §5, plus
 * the additions {@link #UNKNOWN_FINDING}, {@link #UNKNOWN_PRIOR_THERAPY}, {@link #UNKNOWN_ALLERGY_CLASS}
 * and {@link #DUPLICATE_PREPARATION}), in the order of the table in {@code docs/clinical-rules.md}. The
 * codes are a public contract: they never change meaning and are never reused.
 */
public enum ValidationCode implements FindingCode {
    /** A completed or in-progress session without consent. */
    CONSENT_MISSING("consent-missing", ERROR),
    /** Consent obtained after the start of the procedure. */
    CONSENT_AFTER_START("consent-after-start", ERROR),
    /** A risk the consent policy requires was not disclosed (one finding per risk). */
    CONSENT_RISK_NOT_DISCLOSED("consent-risk-not-disclosed", ERROR),
    /** No time-out recorded. */
    TIME_OUT_MISSING("time-out-missing", WARNING),
    /** The time-out was held after the start. */
    TIME_OUT_AFTER_START("time-out-after-start", ERROR),
    /** A completed session without an end time. */
    END_MISSING("end-missing", ERROR),
    /** The end is before the start. */
    END_BEFORE_START("end-before-start", ERROR),
    /** A completed session without an indication. */
    INDICATION_MISSING("indication-missing", WARNING),
    /** A completed session without sites. */
    NO_SITES("no-sites", ERROR),
    /** A muscle slug not in the catalogue in use. */
    UNKNOWN_MUSCLE("unknown-muscle", ERROR),
    /** A product slug not in the catalogue in use. */
    UNKNOWN_PRODUCT("unknown-product", ERROR),
    /** A site refers to a preparation id the session does not have. */
    UNKNOWN_PREPARATION("unknown-preparation", ERROR),
    /** A disclosed risk slug not in the catalogue in use. */
    UNKNOWN_RISK("unknown-risk", ERROR),
    /** A complication slug not in the catalogue in use. */
    UNKNOWN_COMPLICATION("unknown-complication", ERROR),
    /** An examination finding slug not in the catalogue in use (an addition to DESIGN §5). */
    UNKNOWN_FINDING("unknown-finding", ERROR),
    /** A prior-therapy slug not in the catalogue in use (an addition to DESIGN §5). */
    UNKNOWN_PRIOR_THERAPY("unknown-prior-therapy", ERROR),
    /**
     * An allergy that is not an allergy class: a drug class, chlorhexidine or iodine (an addition to
     * DESIGN §5).
     */
    UNKNOWN_ALLERGY_CLASS("unknown-allergy-class", ERROR),
    /** A site volume of zero or less. */
    VOLUME_INVALID("volume-invalid", ERROR),
    /** More than 3 mL per point at one site. */
    VOLUME_HIGH("volume-high", WARNING),
    /** The same muscle and side recorded twice. */
    DUPLICATE_SITE("duplicate-site", WARNING),
    /** On one side, a muscle and a part of it (scalenes and scalenus anterior) both recorded. */
    OVERLAPPING_SITES("overlapping-sites", WARNING),
    /**
     * Two preparations share an id (an addition to DESIGN §5: sites could not say which they received).
     */
    DUPLICATE_PREPARATION("duplicate-preparation", ERROR),
    /** A component's expiry date is before the date the session started. */
    COMPONENT_EXPIRED("component-expired", ERROR),
    /** The volumes given at a preparation's sites add up to more than the liquid drawn up for it. */
    VOLUME_EXCEEDS_PREPARATION("volume-exceeds-preparation", ERROR),
    /** An injection site without preparation or volume. */
    INJECTATE_MISSING("injectate-missing", ERROR),
    /** A dry-needling site with an injectate. */
    INJECTATE_WITH_DRY_NEEDLING("injectate-with-dry-needling", ERROR),
    /**
     * A drug's session total above its maximum; for onabotulinumtoxinA, the session's units plus the
     * units of the previous 90 days.
     */
    DOSE_ABOVE_MAXIMUM("dose-above-maximum", ERROR),
    /** Two or more local anaesthetics whose fractions of their maxima sum above 1. */
    LOCAL_ANESTHETIC_COMBINED_DOSE("local-anesthetic-combined-dose", ERROR),
    /** A local anaesthetic given without a recorded weight. */
    WEIGHT_MISSING("weight-missing", WARNING),
    /** Botulinum toxin given and the units of the previous 90 days not recorded. */
    PRIOR_TOXIN_DOSE_UNKNOWN("prior-toxin-dose-unknown", INFO),
    /**
     * A component's drug class is among the patient's allergies, or the skin antiseptic's class
     * (chlorhexidine; iodine for povidone-iodine) is.
     */
    ALLERGY_CONFLICT("allergy-conflict", ERROR),
    /** The patient is recorded as anticoagulated (not when anticoagulation is not recorded). */
    ANTICOAGULATED("anticoagulated", WARNING),
    /** A weight below 30 kg or above 250 kg (pounds entered as kilograms, a typo). */
    WEIGHT_IMPLAUSIBLE("weight-implausible", WARNING),
    /** A completed session with pain before but not after. */
    PAIN_AFTER_MISSING("pain-after-missing", WARNING),
    /** An aborted session without a reason. */
    STATUS_REASON_MISSING("status-reason-missing", ERROR);

    private final String code;
    private final Severity severity;

    ValidationCode(String code, Severity severity) {
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
