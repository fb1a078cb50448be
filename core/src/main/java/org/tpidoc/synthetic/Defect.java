package org.tpidoc.synthetic;

import org.tpidoc.validation.FindingCodes;
import org.tpidoc.validation.Severity;

/**
 * One known defect a generated session can carry, and the finding the standard {@code SessionValidator}
 * must report for it: exactly that one finding, and nothing else. Together they cover every rule of
 * DESIGN §5. See {@link SessionGenerator#withDefects}.
 */
public enum Defect {
    /** A completed session with no consent recorded. */
    CONSENT_MISSING(FindingCodes.CONSENT_MISSING, Severity.ERROR),
    /** Consent obtained a few minutes after the start. */
    CONSENT_AFTER_START(FindingCodes.CONSENT_AFTER_START, Severity.ERROR),
    /** A chest-wall muscle needled without pneumothorax among the risks disclosed. */
    PNEUMOTHORAX_NOT_DISCLOSED(FindingCodes.CONSENT_RISK_NOT_DISCLOSED, Severity.ERROR),
    /** A corticosteroid drawn up without steroid-effects among the risks disclosed. */
    STEROID_EFFECTS_NOT_DISCLOSED(FindingCodes.CONSENT_RISK_NOT_DISCLOSED, Severity.ERROR),
    /** Botulinum toxin drawn up without botulinum-toxin-spread among the risks disclosed. */
    TOXIN_SPREAD_NOT_DISCLOSED(FindingCodes.CONSENT_RISK_NOT_DISCLOSED, Severity.ERROR),
    /** No time-out recorded. */
    TIME_OUT_MISSING(FindingCodes.TIME_OUT_MISSING, Severity.WARNING),
    /** The time-out held a few minutes after the start. */
    TIME_OUT_AFTER_START(FindingCodes.TIME_OUT_AFTER_START, Severity.ERROR),
    /** A completed session without an end time. */
    END_MISSING(FindingCodes.END_MISSING, Severity.ERROR),
    /** An end time before the start. */
    END_BEFORE_START(FindingCodes.END_BEFORE_START, Severity.ERROR),
    /** A completed session without sites. */
    NO_SITES(FindingCodes.NO_SITES, Severity.ERROR),
    /** A site whose muscle is not in the catalogue. */
    UNKNOWN_MUSCLE(FindingCodes.UNKNOWN_MUSCLE, Severity.ERROR),
    /** A component whose product is not in the catalogue. */
    UNKNOWN_PRODUCT(FindingCodes.UNKNOWN_PRODUCT, Severity.ERROR),
    /** A site that refers to a preparation the session does not have. */
    UNKNOWN_PREPARATION(FindingCodes.UNKNOWN_PREPARATION, Severity.ERROR),
    /** A disclosed risk that is not in the catalogue. */
    UNKNOWN_RISK(FindingCodes.UNKNOWN_RISK, Severity.ERROR),
    /** A complication that is not in the catalogue. */
    UNKNOWN_COMPLICATION(FindingCodes.UNKNOWN_COMPLICATION, Severity.ERROR),
    /** An examination finding that is not in the catalogue. */
    UNKNOWN_FINDING(FindingCodes.UNKNOWN_FINDING, Severity.ERROR),
    /** A prior therapy that is not in the catalogue. */
    UNKNOWN_PRIOR_THERAPY(FindingCodes.UNKNOWN_PRIOR_THERAPY, Severity.ERROR),
    /** An allergy that is not a drug class. */
    UNKNOWN_ALLERGY_CLASS(FindingCodes.UNKNOWN_ALLERGY_CLASS, Severity.ERROR),
    /** An injection site without a volume. */
    INJECTATE_MISSING(FindingCodes.INJECTATE_MISSING, Severity.ERROR),
    /** A dry-needling site with a volume injected. */
    INJECTATE_WITH_DRY_NEEDLING(FindingCodes.INJECTATE_WITH_DRY_NEEDLING, Severity.ERROR),
    /** A site volume of 0 mL. */
    VOLUME_INVALID(FindingCodes.VOLUME_INVALID, Severity.ERROR),
    /** 3.5 mL at one point. */
    VOLUME_HIGH(FindingCodes.VOLUME_HIGH, Severity.WARNING),
    /** The same muscle and side recorded twice. */
    DUPLICATE_SITE(FindingCodes.DUPLICATE_SITE, Severity.WARNING),
    /** Lidocaine 20 mg/mL over at least 18 mL: above the maximum for any weight. */
    LIDOCAINE_ABOVE_MAXIMUM(FindingCodes.DOSE_ABOVE_MAXIMUM, Severity.ERROR),
    /** Lidocaine and bupivacaine each at about 60% of its maximum: together above 100%. */
    LOCAL_ANESTHETICS_COMBINED_ABOVE_MAXIMUM(FindingCodes.LOCAL_ANESTHETIC_COMBINED_DOSE, Severity.ERROR),
    /** A local anaesthetic given with no weight recorded. */
    WEIGHT_MISSING(FindingCodes.WEIGHT_MISSING, Severity.WARNING),
    /** The patient is allergic to the class of the corticosteroid drawn up. */
    ALLERGY_CONFLICT(FindingCodes.ALLERGY_CONFLICT, Severity.ERROR),
    /** An anticoagulated patient. */
    ANTICOAGULATED(FindingCodes.ANTICOAGULATED, Severity.WARNING),
    /** A completed session with pain scored before but not after. */
    PAIN_AFTER_MISSING(FindingCodes.PAIN_AFTER_MISSING, Severity.WARNING),
    /** An aborted session without a reason. */
    ABORTED_WITHOUT_REASON(FindingCodes.STATUS_REASON_MISSING, Severity.ERROR),
    /** A component whose expiry date is 1 to 90 days before the session's date. */
    COMPONENT_EXPIRED(FindingCodes.COMPONENT_EXPIRED, Severity.ERROR),
    /** A muscle and a part of it on one side: scalenes and scalenus anterior, or iliopsoas and psoas major. */
    OVERLAPPING_SITES(FindingCodes.OVERLAPPING_SITES, Severity.WARNING),
    /**
     * The volumes drawn up recorded at half (or a quarter) of what they were, so that the sites are given
     * more than the preparation holds; the doses given are unchanged (every liquid is scaled alike).
     */
    VOLUME_EXCEEDS_PREPARATION(FindingCodes.VOLUME_EXCEEDS_PREPARATION, Severity.ERROR),
    /** A weight in pounds, or with an extra digit, recorded as kilograms: above 250 kg. */
    WEIGHT_IMPLAUSIBLE(FindingCodes.WEIGHT_IMPLAUSIBLE, Severity.WARNING),
    /** A completed session without an indication. */
    INDICATION_MISSING(FindingCodes.INDICATION_MISSING, Severity.WARNING),
    /** Chlorhexidine or povidone-iodine on the skin of a patient allergic to chlorhexidine or iodine. */
    SKIN_ANTISEPTIC_ALLERGY(FindingCodes.ALLERGY_CONFLICT, Severity.ERROR),
    /**
     * OnabotulinumtoxinA within 400 units today, but above them with the units recorded for the previous
     * 90 days.
     */
    TOXIN_ABOVE_MAXIMUM_OVER_90_DAYS(FindingCodes.DOSE_ABOVE_MAXIMUM, Severity.ERROR),
    /** Botulinum toxin given without the units of the previous 90 days recorded (an info finding). */
    PRIOR_TOXIN_DOSE_UNKNOWN(FindingCodes.PRIOR_TOXIN_DOSE_UNKNOWN, Severity.INFO);

    private final String findingCode;
    private final Severity severity;

    Defect(String findingCode, Severity severity) {
        this.findingCode = findingCode;
        this.severity = severity;
    }

    /** The code of the one finding this defect produces, e.g. {@code "consent-after-start"}. */
    public String findingCode() {
        return findingCode;
    }

    /** The severity of that finding. */
    public Severity severity() {
        return severity;
    }
}
