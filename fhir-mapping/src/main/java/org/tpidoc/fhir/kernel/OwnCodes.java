package org.tpidoc.fhir.kernel;

import java.util.Locale;
import org.tpidoc.session.Coded;
import org.tpidoc.session.Technique;

/**
 * The names of our own code systems ({@code <base>/CodeSystem/<name>}, see {@link
 * org.tpidoc.fhir.api.MappingOptions#codeSystem(String)}), for concepts with no checked standard code. Codes
 * in them are the stable slugs and enum codes of the JSON form.
 */
public final class OwnCodes {

    /** Procedure kinds: {@code trigger-point-injection}, {@code dry-needling}. */
    public static final String PROCEDURE = "procedure";
    /** Muscles by catalogue slug. */
    public static final String MUSCLE = "muscle";
    /** Products by catalogue slug. */
    public static final String PRODUCT = "product";
    /**
     * The allergy classes: the drug classes ({@code amide-local-anesthetic}, ...) and the skin antiseptic
     * classes {@code chlorhexidine} and {@code iodine}.
     */
    public static final String DRUG_CLASS = "drug-class";
    /** Consent risks by catalogue slug. */
    public static final String RISK = "risk";
    /** Complications by catalogue slug. */
    public static final String COMPLICATION = "complication";
    /** Examination findings ({@code taut-band}, {@code local-twitch-response}, {@code referred-pain}, ...). */
    public static final String FINDING = "finding";
    /** Conservative therapies tried before ({@code stretching}, ...). */
    public static final String PRIOR_THERAPY = "prior-therapy";
    /** Twitch responses: {@code elicited}, {@code not-elicited}, {@code not-assessed}. */
    public static final String TWITCH_RESPONSE = "twitch-response";
    /** Skin antiseptics. */
    public static final String SKIN_PREPARATION = "skin-preparation";
    /** Guidance: {@code palpation}, {@code ultrasound}. */
    public static final String GUIDANCE = "guidance";
    /** Needling patterns: {@code fanning}, {@code single-pass}. */
    public static final String NEEDLING = "needling";
    /** Tolerance: {@code well}, {@code fair}, {@code poor}. */
    public static final String TOLERANCE = "tolerance";
    /** Patient positions: {@code sitting}, {@code prone}, {@code supine}, {@code side-lying}. */
    public static final String POSITION = "position";
    /** Vial kinds: {@code single-dose}, {@code multi-dose}. */
    public static final String CONTAINER_KIND = "container-kind";
    /** The session's own status ({@code in-progress}, {@code completed}, {@code aborted}, ...), a {@code code}. */
    public static final String SESSION_STATUS = "session-status";
    /** The side of a site: {@code left}, {@code right}; a {@code code}. */
    public static final String LATERALITY = "laterality";
    /** How consent was given: {@code written}, {@code verbal}; a {@code code}. */
    public static final String CONSENT_METHOD = "consent-method";
    /** Who consented: {@code patient}, {@code legal-guardian}, {@code healthcare-proxy}; a {@code code}. */
    public static final String CONSENT_SIGNER = "consent-signer";
    /** When a pain score was taken: {@link #BEFORE} or {@link #AFTER} the procedure; a {@code code}. */
    public static final String ASSESSMENT_TIMING = "assessment-timing";

    /** The {@link #ASSESSMENT_TIMING} of a pain score taken before the procedure. */
    public static final String BEFORE = "before";
    /** The {@link #ASSESSMENT_TIMING} of a pain score taken after the procedure. */
    public static final String AFTER = "after";

    private OwnCodes() {}

    /**
     * The code of a technique in our {@link #PROCEDURE} system: {@code trigger-point-injection} or {@code
     * dry-needling}; its display is {@link #words(String)} of it.
     */
    public static String procedureKind(Technique technique) {
        return switch (technique) {
            case INJECTION -> "trigger-point-injection";
            case DRY_NEEDLING -> "dry-needling";
        };
    }

    /** A code for people: {@code "single-pass"} becomes {@code "Single pass"}. */
    public static String words(String code) {
        String spaced = code.replace('-', ' ');
        return spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
    }

    /** An enum value's code for people, as {@link #words(String)}. */
    public static String words(Coded value) {
        return words(value.code());
    }
}
