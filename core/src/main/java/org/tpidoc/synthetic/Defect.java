package org.tpidoc.synthetic;

import org.tpidoc.validation.Severity;
import org.tpidoc.validation.ValidationCode;

/**
 * One known defect a generated session can carry, and the finding the standard {@code SessionValidator}
 * must report for it: exactly that one finding, and nothing else. Together they cover every rule of
 * DESIGN §5. See {@link SessionGenerator#withDefects}.
 */
public enum Defect {
    /** A completed session with no consent recorded. */
    CONSENT_MISSING(ValidationCode.CONSENT_MISSING),
    /** Consent obtained a few minutes after the start. */
    CONSENT_AFTER_START(ValidationCode.CONSENT_AFTER_START),
    /** A chest-wall muscle needled without pneumothorax among the risks disclosed. */
    PNEUMOTHORAX_NOT_DISCLOSED(ValidationCode.CONSENT_RISK_NOT_DISCLOSED),
    /** A corticosteroid drawn up without steroid-effects among the risks disclosed. */
    STEROID_EFFECTS_NOT_DISCLOSED(ValidationCode.CONSENT_RISK_NOT_DISCLOSED),
    /** Botulinum toxin drawn up without botulinum-toxin-spread among the risks disclosed. */
    TOXIN_SPREAD_NOT_DISCLOSED(ValidationCode.CONSENT_RISK_NOT_DISCLOSED),
    /** No time-out recorded. */
    TIME_OUT_MISSING(ValidationCode.TIME_OUT_MISSING),
    /** The time-out held a few minutes after the start. */
    TIME_OUT_AFTER_START(ValidationCode.TIME_OUT_AFTER_START),
    /** A completed session without an end time. */
    END_MISSING(ValidationCode.END_MISSING),
    /** An end time before the start. */
    END_BEFORE_START(ValidationCode.END_BEFORE_START),
    /** A completed session without sites. */
    NO_SITES(ValidationCode.NO_SITES),
    /** A site whose muscle is not in the catalogue. */
    UNKNOWN_MUSCLE(ValidationCode.UNKNOWN_MUSCLE),
    /** A component whose product is not in the catalogue. */
    UNKNOWN_PRODUCT(ValidationCode.UNKNOWN_PRODUCT),
    /** A site that refers to a preparation the session does not have. */
    UNKNOWN_PREPARATION(ValidationCode.UNKNOWN_PREPARATION),
    /** A disclosed risk that is not in the catalogue. */
    UNKNOWN_RISK(ValidationCode.UNKNOWN_RISK),
    /** A complication that is not in the catalogue. */
    UNKNOWN_COMPLICATION(ValidationCode.UNKNOWN_COMPLICATION),
    /** An examination finding that is not in the catalogue. */
    UNKNOWN_FINDING(ValidationCode.UNKNOWN_FINDING),
    /** A prior therapy that is not in the catalogue. */
    UNKNOWN_PRIOR_THERAPY(ValidationCode.UNKNOWN_PRIOR_THERAPY),
    /** An allergy that is not a drug class. */
    UNKNOWN_ALLERGY_CLASS(ValidationCode.UNKNOWN_ALLERGY_CLASS),
    /** An injection site without a volume. */
    INJECTATE_MISSING(ValidationCode.INJECTATE_MISSING),
    /** A dry-needling site with a volume injected. */
    INJECTATE_WITH_DRY_NEEDLING(ValidationCode.INJECTATE_WITH_DRY_NEEDLING),
    /** A site volume of 0 mL. */
    VOLUME_INVALID(ValidationCode.VOLUME_INVALID),
    /** 3.5 mL at one point. */
    VOLUME_HIGH(ValidationCode.VOLUME_HIGH),
    /** The same muscle and side recorded twice. */
    DUPLICATE_SITE(ValidationCode.DUPLICATE_SITE),
    /** Lidocaine 20 mg/mL over at least 18 mL: above the maximum for any weight. */
    LIDOCAINE_ABOVE_MAXIMUM(ValidationCode.DOSE_ABOVE_MAXIMUM),
    /** Lidocaine and bupivacaine each at about 60% of its maximum: together above 100%. */
    LOCAL_ANESTHETICS_COMBINED_ABOVE_MAXIMUM(ValidationCode.LOCAL_ANESTHETIC_COMBINED_DOSE),
    /** A local anaesthetic given with no weight recorded. */
    WEIGHT_MISSING(ValidationCode.WEIGHT_MISSING),
    /** The patient is allergic to the class of the corticosteroid drawn up. */
    ALLERGY_CONFLICT(ValidationCode.ALLERGY_CONFLICT),
    /** An anticoagulated patient. */
    ANTICOAGULATED(ValidationCode.ANTICOAGULATED),
    /** A completed session with pain scored before but not after. */
    PAIN_AFTER_MISSING(ValidationCode.PAIN_AFTER_MISSING),
    /** An aborted session without a reason. */
    ABORTED_WITHOUT_REASON(ValidationCode.STATUS_REASON_MISSING),
    /** A component whose expiry date is 1 to 90 days before the session's date. */
    COMPONENT_EXPIRED(ValidationCode.COMPONENT_EXPIRED),
    /** A muscle and a part of it on one side: scalenes and scalenus anterior, or iliopsoas and psoas major. */
    OVERLAPPING_SITES(ValidationCode.OVERLAPPING_SITES),
    /**
     * The volumes drawn up recorded at half (or a quarter) of what they were, so that the sites are given
     * more than the preparation holds; the doses given are unchanged (every liquid is scaled alike).
     */
    VOLUME_EXCEEDS_PREPARATION(ValidationCode.VOLUME_EXCEEDS_PREPARATION),
    /** A weight in pounds, or with an extra digit, recorded as kilograms: above 250 kg. */
    WEIGHT_IMPLAUSIBLE(ValidationCode.WEIGHT_IMPLAUSIBLE),
    /** A completed session without an indication. */
    INDICATION_MISSING(ValidationCode.INDICATION_MISSING),
    /** Chlorhexidine or povidone-iodine on the skin of a patient allergic to chlorhexidine or iodine. */
    SKIN_ANTISEPTIC_ALLERGY(ValidationCode.ALLERGY_CONFLICT),
    /**
     * OnabotulinumtoxinA within 400 units today, but above them with the units recorded for the previous
     * 90 days.
     */
    TOXIN_ABOVE_MAXIMUM_OVER_90_DAYS(ValidationCode.DOSE_ABOVE_MAXIMUM),
    /** Botulinum toxin given without the units of the previous 90 days recorded (an info finding). */
    PRIOR_TOXIN_DOSE_UNKNOWN(ValidationCode.PRIOR_TOXIN_DOSE_UNKNOWN);

    private final ValidationCode finding;

    Defect(ValidationCode finding) {
        this.finding = finding;
    }

    /** The code of the one finding this defect produces, e.g. {@code "consent-after-start"}. */
    public String findingCode() {
        return finding.code();
    }

    /** The severity of that finding. */
    public Severity severity() {
        return finding.severity();
    }
}
