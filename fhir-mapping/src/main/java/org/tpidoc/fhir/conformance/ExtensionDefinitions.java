package org.tpidoc.fhir.conformance;

import java.util.List;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.conformance.ExtensionSpec.Binding;
import org.tpidoc.fhir.conformance.ExtensionSpec.Part;
import org.tpidoc.fhir.conformance.ExtensionSpec.Parts;
import org.tpidoc.fhir.conformance.ExtensionSpec.Typed;
import org.tpidoc.fhir.conformance.ExtensionSpec.Value;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.OwnCodes;

/**
 * The shape of every extension of {@link Extensions#OWN}, declared once: its context, value type, parts and
 * bindings. {@code ConformancePackageTest} checks that this table names exactly the extensions the mappers
 * emit, and strict validation of every export checks that the values they write fit these shapes.
 */
final class ExtensionDefinitions {

    private static final String PROCEDURE = "Procedure";
    private static final String CONSENT = "Consent";

    private final MappingOptions options;

    ExtensionDefinitions(MappingOptions options) {
        this.options = options;
    }

    /** Every extension, in the order of {@link Extensions#OWN}. */
    List<ExtensionSpec> all() {
        return List.of(
                simple(
                        Extensions.SESSION_STATUS,
                        "Session status",
                        "The session's own status as recorded: "
                                + "an aborted session is not-done in FHIR, and this keeps which.",
                        PROCEDURE,
                        code(OwnCodes.SESSION_STATUS)),
                complex(
                        Extensions.TIME_OUT,
                        "Time-out",
                        "The pause before the procedure that confirms patient, " + "procedure and sites.",
                        PROCEDURE,
                        List.of(
                                part("at", 1, "When the time-out was held.", typed("dateTime")),
                                part("siteMarked", 1, "Whether the sites were marked.", typed("boolean")))),
                simple(
                        Extensions.SKIN_PREPARATION,
                        "Skin preparation",
                        "The antiseptic the skin was prepared with.",
                        PROCEDURE,
                        concept(OwnCodes.SKIN_PREPARATION)),
                simple(
                        Extensions.GUIDANCE,
                        "Guidance",
                        "How the needle was guided: palpation or ultrasound.",
                        PROCEDURE,
                        concept(OwnCodes.GUIDANCE)),
                complex(
                        Extensions.INJECTION_SITE,
                        "Injection site",
                        "One site as recorded, in session order: "
                                + "muscle, side, points, responses and what was injected there.",
                        PROCEDURE,
                        List.of(
                                part("muscle", 1, "The muscle, by its catalogue slug.", coding(OwnCodes.MUSCLE)),
                                part("laterality", 1, "The side.", code(OwnCodes.LATERALITY)),
                                part(
                                        "detail",
                                        0,
                                        "Where in the muscle, in words (e.g. upper fibres).",
                                        typed("string")),
                                part("points", 1, "The number of trigger points needled.", typed("positiveInt")),
                                part(
                                        "twitchResponse",
                                        1,
                                        "Whether a local twitch response was elicited.",
                                        coding(OwnCodes.TWITCH_RESPONSE)),
                                part(
                                        "referredPainReproduced",
                                        1,
                                        "Whether the patient's referred pain was reproduced.",
                                        typed("boolean")),
                                part("preparation", 0, "The id of the preparation injected here.", typed("string")),
                                part("volume", 0, "The volume injected here, in mL.", typed("Quantity")),
                                part(
                                        "bodyStructure",
                                        1,
                                        "The BodyStructure of the muscle and side.",
                                        typed("Reference(BodyStructure)")))),
                simple(
                        Extensions.ESTIMATED_BLOOD_LOSS,
                        "Estimated blood loss",
                        "The blood lost, in mL.",
                        PROCEDURE,
                        typed("Quantity")),
                simple(
                        Extensions.TOLERANCE,
                        "Tolerance",
                        "How the patient tolerated the procedure.",
                        PROCEDURE,
                        concept(OwnCodes.TOLERANCE)),
                simple(
                        Extensions.AFTERCARE_GIVEN,
                        "Aftercare given",
                        "Whether aftercare instructions were given.",
                        PROCEDURE,
                        typed("boolean")),
                simple(
                        Extensions.PRIOR_THERAPY,
                        "Prior therapy",
                        "A conservative therapy tried before, one per " + "therapy.",
                        PROCEDURE,
                        concept(OwnCodes.PRIOR_THERAPY)),
                simple(
                        Extensions.EXAMINATION_FINDING,
                        "Examination finding",
                        "A finding of the examination " + "(taut band, tenderness, ...), one per finding.",
                        PROCEDURE,
                        concept(OwnCodes.FINDING)),
                complex(
                        Extensions.PATIENT_FACTORS,
                        "Patient factors",
                        "What bears on the patient's safety, as " + "recorded for the session.",
                        PROCEDURE,
                        List.of(
                                part("weight", 0, "Body weight, in kg.", typed("Quantity")),
                                new Part(
                                        "allergyClass",
                                        0,
                                        "*",
                                        "A drug or antiseptic class the patient is allergic to.",
                                        coding(OwnCodes.DRUG_CLASS)),
                                part(
                                        "anticoagulated",
                                        0,
                                        "Whether the patient takes an anticoagulant, when recorded.",
                                        typed("boolean")),
                                part(
                                        "botulinumToxinUnitsLast90Days",
                                        0,
                                        "Botulinum toxin units given in the last 90 days.",
                                        typed("Quantity")),
                                part(
                                        "noAllergyClass",
                                        0,
                                        "True when the record holds nothing else: no allergy class " + "recorded.",
                                        typed("boolean")))),
                simple(
                        Extensions.PATIENT_POSITION,
                        "Patient position",
                        "How the patient was positioned.",
                        PROCEDURE,
                        concept(OwnCodes.POSITION)),
                simple(
                        Extensions.ASPIRATION_BEFORE_INJECTION,
                        "Aspiration before injection",
                        "Whether the " + "clinician aspirated before each injection (no blood returned).",
                        PROCEDURE,
                        typed("boolean")),
                complex(
                        Extensions.POST_PROCEDURE,
                        "Post-procedure observation",
                        "How long the patient was " + "observed after the procedure, and how.",
                        PROCEDURE,
                        List.of(
                                part("observedMinutes", 1, "Minutes observed.", typed("unsignedInt")),
                                part(
                                        "vitalSignsStable",
                                        0,
                                        "Whether vital signs stayed stable, when recorded.",
                                        typed("boolean")))),
                complex(
                        Extensions.ATTESTATION,
                        "Attestation",
                        "Who signed the record and when.",
                        PROCEDURE,
                        List.of(
                                part("by", 1, "The clinician who signed.", typed("Reference()")),
                                part("at", 1, "When the record was signed.", typed("dateTime")))),
                complex(
                        Extensions.FOLLOW_UP,
                        "Follow-up",
                        "The follow-up plan as recorded.",
                        "Procedure.followUp",
                        List.of(
                                part("afterDays", 0, "In how many days.", typed("integer")),
                                part("text", 0, "The plan in words.", typed("string")))),
                complex(
                        Extensions.NEEDLE,
                        "Needle",
                        "The needle used.",
                        "Procedure.usedCode",
                        List.of(
                                part("gauge", 1, "Its gauge.", typed("positiveInt")),
                                part("lengthMm", 1, "Its length, in mm.", typed("decimal")))),
                new ExtensionSpec(
                        Extensions.EXTERNAL_REFERENCE,
                        "External reference",
                        "On a document's stand-in for a resource outside the document: the reference as the session "
                                + "gave it.",
                        List.of("Patient", "Practitioner", "PractitionerRole", "Organization", "Device"),
                        typed("Reference()")),
                simple(
                        Extensions.PREPARATION_ID,
                        "Preparation id",
                        "The preparation's id within the session.",
                        "Medication",
                        typed("string")),
                complex(
                        Extensions.PREPARATION_COMPONENT,
                        "Preparation component",
                        "A component drawn up, the " + "stock product as it came.",
                        "Medication.ingredient",
                        List.of(
                                part(
                                        "product",
                                        1,
                                        "The stock product, by its catalogue slug.",
                                        coding(OwnCodes.PRODUCT)),
                                part(
                                        "concentration",
                                        0,
                                        "The product's own strength: per mL for a liquid, per vial for a " + "powder.",
                                        typed("Ratio")),
                                part("volume", 0, "The volume drawn up, in mL.", typed("Quantity")),
                                part("amount", 0, "The amount drawn up, in the drug's unit.", typed("Quantity")),
                                part("lotNumber", 0, "The lot number.", typed("string")),
                                part("expirationDate", 0, "The expiry date.", typed("date")),
                                part(
                                        "container",
                                        0,
                                        "The vial it came from.",
                                        new Parts(List.of(
                                                part(
                                                        "kind",
                                                        1,
                                                        "Single-dose or multi-dose.",
                                                        coding(OwnCodes.CONTAINER_KIND)),
                                                part("volume", 0, "The vial's volume, in mL.", typed("Quantity"))))))),
                simple(
                        Extensions.ASSESSMENT_TIMING,
                        "Assessment timing",
                        "Whether a pain score was taken before or " + "after the procedure.",
                        "Observation",
                        code(OwnCodes.ASSESSMENT_TIMING)),
                simple(
                        Extensions.CONSENT_METHOD,
                        "Consent method",
                        "Whether consent was written or verbal.",
                        CONSENT,
                        code(OwnCodes.CONSENT_METHOD)),
                simple(
                        Extensions.CONSENT_SIGNER,
                        "Consent signer",
                        "Who consented: the patient, a legal guardian or " + "a healthcare proxy.",
                        CONSENT,
                        code(OwnCodes.CONSENT_SIGNER)),
                simple(
                        Extensions.CONSENT_OBTAINED_BY,
                        "Consent obtained by",
                        "The clinician who obtained consent.",
                        CONSENT,
                        typed("Reference()")),
                simple(
                        Extensions.DISCLOSED_RISK,
                        "Disclosed risk",
                        "A risk explained to the signer, one per risk, in " + "order.",
                        CONSENT,
                        concept(OwnCodes.RISK)),
                simple(
                        Extensions.ALTERNATIVES_DISCUSSED,
                        "Alternatives discussed",
                        "Whether alternatives were " + "discussed.",
                        CONSENT,
                        typed("boolean")),
                simple(
                        Extensions.QUESTIONS_ANSWERED,
                        "Questions answered",
                        "Whether the signer's questions were " + "answered.",
                        CONSENT,
                        typed("boolean")));
    }

    private static ExtensionSpec simple(String name, String title, String definition, String context, Value value) {
        return new ExtensionSpec(name, title, definition, List.of(context), value);
    }

    private static ExtensionSpec complex(
            String name, String title, String definition, String context, List<Part> parts) {
        return new ExtensionSpec(name, title, definition, List.of(context), new Parts(parts));
    }

    private static Part part(String name, int min, String definition, Value value) {
        return new Part(name, min, "1", definition, value);
    }

    private static Typed typed(String type) {
        return new Typed(type, null);
    }

    private Typed code(String ownSystem) {
        return new Typed("code", required(ownSystem));
    }

    private Typed coding(String ownSystem) {
        return new Typed("Coding", required(ownSystem));
    }

    private Typed concept(String ownSystem) {
        return new Typed("CodeableConcept", required(ownSystem));
    }

    /** A required binding to the value set of all codes of our code system {@code ownSystem}. */
    private Binding required(String ownSystem) {
        return new Binding(options.valueSet(ownSystem), "required");
    }
}
