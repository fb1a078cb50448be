package org.tpidoc.fhir.kernel;

import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseHasExtensions;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Type;

/**
 * Every extension the mapping emits, named once. HL7's own extensions have full URLs here; ours have a
 * name that {@link org.tpidoc.fhir.api.MappingOptions#extension(String)} turns into {@code
 * <base>/StructureDefinition/<name>}. Sub-extensions of a complex extension have a plain name (their
 * {@code url}) as FHIR requires.
 */
public final class Extensions {

    /** HL7: {@code Procedure} to the {@code BodyStructure} of each target site. */
    public static final String TARGET_BODY_STRUCTURE =
            "http://hl7.org/fhir/StructureDefinition/procedure-targetBodyStructure";
    /** HL7: the method of a {@code Procedure} (here: the needling pattern). */
    public static final String PROCEDURE_METHOD = "http://hl7.org/fhir/StructureDefinition/procedure-method";
    /** HL7: on any body site {@code CodeableConcept}, the {@code BodyStructure} that carries its laterality. */
    public static final String BODY_SITE = "http://hl7.org/fhir/StructureDefinition/bodySite";

    /** Procedure: the session's own status ({@code aborted} is {@code not-done} in FHIR); valueCode. */
    public static final String SESSION_STATUS = "session-status";
    /** Procedure: the time-out; complex ({@code at} dateTime, {@code siteMarked} boolean). */
    public static final String TIME_OUT = "time-out";
    /** Procedure: the skin antiseptic; valueCodeableConcept in our {@code skin-preparation} code system. */
    public static final String SKIN_PREPARATION = "skin-preparation";
    /** Procedure: palpation or ultrasound guidance; valueCodeableConcept in our {@code guidance} code system. */
    public static final String GUIDANCE = "guidance";
    /**
     * Procedure: one per site in session order; complex ({@code muscle} Coding, {@code laterality} code,
     * {@code detail} string, {@code points} positiveInt, {@code twitchResponse} Coding, {@code
     * referredPainReproduced} boolean, {@code preparation} string, {@code volume} Quantity mL, {@code
     * bodyStructure} Reference).
     */
    public static final String INJECTION_SITE = "injection-site";
    /** Procedure: estimated blood loss; valueQuantity in mL. */
    public static final String ESTIMATED_BLOOD_LOSS = "estimated-blood-loss";
    /** Procedure: how the patient tolerated it; valueCodeableConcept in our {@code tolerance} code system. */
    public static final String TOLERANCE = "tolerance";
    /** Procedure: whether aftercare instructions were given; valueBoolean. */
    public static final String AFTERCARE_GIVEN = "aftercare-given";
    /** Procedure: one per conservative therapy tried before; valueCodeableConcept ({@code prior-therapy}). */
    public static final String PRIOR_THERAPY = "prior-therapy";
    /** Procedure: one per examination finding; valueCodeableConcept in our {@code finding} code system. */
    public static final String EXAMINATION_FINDING = "examination-finding";
    /**
     * Procedure: what bears on safety; complex ({@code weight} Quantity kg, {@code allergyClass} Coding
     * per allergy class in our {@code drug-class} code system, {@code anticoagulated} boolean only when
     * recorded, {@code botulinumToxinUnitsLast90Days} Quantity in units {@code [arb'U]}, and {@code
     * noAllergyClass} boolean true only when the record holds nothing else, as an extension needs a value
     * or a part).
     */
    public static final String PATIENT_FACTORS = "patient-factors";
    /** Procedure: how the patient was positioned; valueCodeableConcept in our {@code position} code system. */
    public static final String PATIENT_POSITION = "patient-position";
    /** Procedure: whether the clinician aspirated before each injection (no blood returned); valueBoolean. */
    public static final String ASPIRATION_BEFORE_INJECTION = "aspiration-before-injection";
    /**
     * Procedure: the observation of the patient after the procedure; complex ({@code observedMinutes}
     * unsignedInt, {@code vitalSignsStable} boolean when recorded).
     */
    public static final String POST_PROCEDURE = "post-procedure";
    /**
     * Procedure: who signed the record and when; complex ({@code by} Reference, {@code at} dateTime). A
     * document also states it as {@code Composition.attester} (mode legal).
     */
    public static final String ATTESTATION = "attestation";
    /** Procedure.followUp: the plan as recorded; complex ({@code afterDays} integer, {@code text} string). */
    public static final String FOLLOW_UP = "follow-up";
    /** Procedure.usedCode: the needle; complex ({@code gauge} positiveInt, {@code lengthMm} decimal). */
    public static final String NEEDLE = "needle";
    /** A document's stand-in for an outside resource: the reference as the session gave it; valueReference. */
    public static final String EXTERNAL_REFERENCE = "external-reference";
    /** Medication: the preparation's id within the session; valueString. */
    public static final String PREPARATION_ID = "preparation-id";
    /**
     * Medication.ingredient: the component drawn up, the stock product as it came; complex ({@code product}
     * Coding, {@code concentration} Ratio (the product's own strength: per mL for a liquid, per vial for a
     * powder), {@code volume} Quantity mL or {@code amount} Quantity in the drug's unit, {@code lotNumber}
     * string, {@code expirationDate} date, {@code container} complex ({@code kind} Coding in our {@code
     * container-kind} code system, {@code volume} Quantity mL)).
     */
    public static final String PREPARATION_COMPONENT = "preparation-component";
    /** Observation: whether a pain score was taken before or after the procedure; valueCode. */
    public static final String ASSESSMENT_TIMING = "assessment-timing";
    /** Consent: written or verbal; valueCode. */
    public static final String CONSENT_METHOD = "consent-method";
    /** Consent: who consented (patient, legal guardian, healthcare proxy); valueCode. */
    public static final String CONSENT_SIGNER = "consent-signer";
    /** Consent: the clinician who obtained consent; valueReference. */
    public static final String CONSENT_OBTAINED_BY = "consent-obtained-by";
    /** Consent: one per risk explained, in order; valueCodeableConcept in our {@code risk} code system. */
    public static final String DISCLOSED_RISK = "disclosed-risk";
    /** Consent: whether alternatives were discussed; valueBoolean. */
    public static final String ALTERNATIVES_DISCUSSED = "alternatives-discussed";
    /** Consent: whether the signer's questions were answered; valueBoolean. */
    public static final String QUESTIONS_ANSWERED = "questions-answered";

    /** Every name of our own extensions, for documentation and tests. */
    public static final List<String> OWN = List.of(
            SESSION_STATUS,
            TIME_OUT,
            SKIN_PREPARATION,
            GUIDANCE,
            INJECTION_SITE,
            ESTIMATED_BLOOD_LOSS,
            TOLERANCE,
            AFTERCARE_GIVEN,
            PRIOR_THERAPY,
            EXAMINATION_FINDING,
            PATIENT_FACTORS,
            PATIENT_POSITION,
            ASPIRATION_BEFORE_INJECTION,
            POST_PROCEDURE,
            ATTESTATION,
            FOLLOW_UP,
            NEEDLE,
            EXTERNAL_REFERENCE,
            PREPARATION_ID,
            PREPARATION_COMPONENT,
            ASSESSMENT_TIMING,
            CONSENT_METHOD,
            CONSENT_SIGNER,
            CONSENT_OBTAINED_BY,
            DISCLOSED_RISK,
            ALTERNATIVES_DISCUSSED,
            QUESTIONS_ANSWERED);

    private Extensions() {}

    /** Adds an extension {@code url} with {@code value} to a resource or element and returns it. */
    public static Extension add(IBaseHasExtensions target, String url, Type value) {
        Extension extension = (Extension) target.addExtension();
        extension.setUrl(url).setValue(value);
        return extension;
    }

    /** Adds an empty complex extension {@code url} to a resource or element; fill it with {@link #part}. */
    public static Extension complex(IBaseHasExtensions target, String url) {
        Extension extension = (Extension) target.addExtension();
        extension.setUrl(url);
        return extension;
    }

    /** Adds the sub-extension {@code name} with {@code value} to a complex extension and returns the latter. */
    public static Extension part(Extension complex, String name, Type value) {
        complex.addExtension(new Extension(name, value));
        return complex;
    }
}
