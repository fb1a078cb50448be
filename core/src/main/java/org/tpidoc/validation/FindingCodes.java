package org.tpidoc.validation;

/**
 * The stable codes of the findings {@link SessionValidator} reports (DESIGN §5, plus the catalogue
 * additions {@link #UNKNOWN_FINDING}, {@link #UNKNOWN_PRIOR_THERAPY} and {@link
 * #UNKNOWN_ALLERGY_CLASS}). The codes are a public contract: they never change meaning and are never
 * reused.
 */
public final class FindingCodes {

    /** Error: a completed or in-progress session without consent. */
    public static final String CONSENT_MISSING = "consent-missing";
    /** Error: consent obtained after the start of the procedure. */
    public static final String CONSENT_AFTER_START = "consent-after-start";
    /** Error: a risk the consent policy requires was not disclosed (one finding per risk). */
    public static final String CONSENT_RISK_NOT_DISCLOSED = "consent-risk-not-disclosed";
    /** Warning: no time-out recorded. */
    public static final String TIME_OUT_MISSING = "time-out-missing";
    /** Error: the time-out was held after the start. */
    public static final String TIME_OUT_AFTER_START = "time-out-after-start";
    /** Error: a completed session without an end time. */
    public static final String END_MISSING = "end-missing";
    /** Error: the end is before the start. */
    public static final String END_BEFORE_START = "end-before-start";
    /** Error: a completed session without sites. */
    public static final String NO_SITES = "no-sites";
    /** Error: a muscle slug not in the catalogue in use. */
    public static final String UNKNOWN_MUSCLE = "unknown-muscle";
    /** Error: a product slug not in the catalogue in use. */
    public static final String UNKNOWN_PRODUCT = "unknown-product";
    /** Error: a site refers to a preparation id the session does not have. */
    public static final String UNKNOWN_PREPARATION = "unknown-preparation";
    /** Error: a disclosed risk slug not in the catalogue in use. */
    public static final String UNKNOWN_RISK = "unknown-risk";
    /** Error: a complication slug not in the catalogue in use. */
    public static final String UNKNOWN_COMPLICATION = "unknown-complication";
    /** Error (addition to DESIGN §5): an examination finding slug not in the catalogue in use. */
    public static final String UNKNOWN_FINDING = "unknown-finding";
    /** Error (addition to DESIGN §5): a prior-therapy slug not in the catalogue in use. */
    public static final String UNKNOWN_PRIOR_THERAPY = "unknown-prior-therapy";
    /** Error (addition to DESIGN §5): an allergy that is not an allergy class (a drug class, chlorhexidine or iodine). */
    public static final String UNKNOWN_ALLERGY_CLASS = "unknown-allergy-class";
    /** Error: an injection site without preparation or volume. */
    public static final String INJECTATE_MISSING = "injectate-missing";
    /** Error: a dry-needling site with an injectate. */
    public static final String INJECTATE_WITH_DRY_NEEDLING = "injectate-with-dry-needling";
    /** Error: a site volume of zero or less. */
    public static final String VOLUME_INVALID = "volume-invalid";
    /** Warning: more than 3 mL per point at one site. */
    public static final String VOLUME_HIGH = "volume-high";
    /** Warning: the same muscle and side recorded twice. */
    public static final String DUPLICATE_SITE = "duplicate-site";
    /**
     * Error: a drug's session total above its maximum; for onabotulinumtoxinA, the session's units plus
     * the units of the previous 90 days.
     */
    public static final String DOSE_ABOVE_MAXIMUM = "dose-above-maximum";
    /** Error: two or more local anaesthetics whose fractions of their maxima sum above 1. */
    public static final String LOCAL_ANESTHETIC_COMBINED_DOSE = "local-anesthetic-combined-dose";
    /** Warning: a local anaesthetic given without a recorded weight. */
    public static final String WEIGHT_MISSING = "weight-missing";
    /**
     * Error: a component's drug class is among the patient's allergies, or the skin antiseptic's class
     * (chlorhexidine; iodine for povidone-iodine) is.
     */
    public static final String ALLERGY_CONFLICT = "allergy-conflict";
    /** Warning: the patient is recorded as anticoagulated (not when anticoagulation is not recorded). */
    public static final String ANTICOAGULATED = "anticoagulated";
    /** Warning: a completed session with pain before but not after. */
    public static final String PAIN_AFTER_MISSING = "pain-after-missing";
    /** Error: an aborted session without a reason. */
    public static final String STATUS_REASON_MISSING = "status-reason-missing";

    /** Two preparations share an id (an addition to DESIGN §5: sites could not say which they received). */
    public static final String DUPLICATE_PREPARATION = "duplicate-preparation";

    /** Error: a component's expiry date is before the date the session started. */
    public static final String COMPONENT_EXPIRED = "component-expired";
    /** Warning: on one side, a muscle and a part of it (scalenes and scalenus anterior) both recorded. */
    public static final String OVERLAPPING_SITES = "overlapping-sites";
    /** Info: botulinum toxin given and the units of the previous 90 days not recorded. */
    public static final String PRIOR_TOXIN_DOSE_UNKNOWN = "prior-toxin-dose-unknown";
    /** Warning: a weight below 30 kg or above 250 kg (pounds entered as kilograms, a typo). */
    public static final String WEIGHT_IMPLAUSIBLE = "weight-implausible";
    /** Warning: a completed session without an indication. */
    public static final String INDICATION_MISSING = "indication-missing";
    /** Error: the volumes given at a preparation's sites add up to more than the liquid drawn up for it. */
    public static final String VOLUME_EXCEEDS_PREPARATION = "volume-exceeds-preparation";

    private FindingCodes() {}
}
