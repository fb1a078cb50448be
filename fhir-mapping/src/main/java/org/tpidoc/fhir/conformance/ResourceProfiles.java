package org.tpidoc.fhir.conformance;

import java.util.List;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.FixedConcepts;
import org.tpidoc.fhir.kernel.OwnCodes;
import org.tpidoc.fhir.kernel.Profiles;

/**
 * The profiles of the resources around the {@code Procedure}: body structures, preparations and their
 * administrations, consent, the pain and site observations, the document's composition, the provenance and
 * the document's stand-ins.
 */
final class ResourceProfiles {

    private static final String REQUIRED = "required";
    private static final String PART_OF = "The session's Procedure";

    private ResourceProfiles() {}

    /** Every profile but the Procedure's, in the order of {@link Profiles#ALL}. */
    static List<StructureDefinition> of(MappingOptions options) {
        return List.of(
                bodyStructure(options),
                preparation(options),
                siteAdministration(options),
                consent(options),
                painScore(options),
                siteFinding(options),
                procedureNote(options),
                provenance(options),
                standIn(options, "Patient"),
                standIn(options, "Practitioner"),
                standIn(options, "PractitionerRole"),
                standIn(options, "Organization"),
                standIn(options, "Device"));
    }

    private static StructureDefinition bodyStructure(MappingOptions options) {
        return new ProfileBuilder(
                        options,
                        Profiles.BODY_STRUCTURE,
                        "BodyStructure",
                        "Injected muscle and side",
                        "One muscle on one side that the session injected or needled.")
                .mustSupport("active", "False when the record was entered in error")
                .required("location", "The muscle: SNOMED CT and our muscle code")
                .bound("location", ValueSets.MUSCLE_SITE, REQUIRED)
                .required("locationQualifier", "The side (SNOMED CT left or right)")
                .bound("locationQualifier", ValueSets.SIDE, REQUIRED)
                .mustSupport("description", "The site in words, with its detail")
                .mustSupport("patient", "The patient")
                .build();
    }

    private static StructureDefinition preparation(MappingOptions options) {
        return new ProfileBuilder(
                        options,
                        Profiles.PREPARATION,
                        "Medication",
                        "Injectate preparation",
                        "One preparation drawn up for the session: its components as they came from stock, "
                                + "and the strength of each in the mix.")
                .extension("", "preparationId", Extensions.PREPARATION_ID, 1, "1")
                .required("code", "The preparation in words")
                .mustSupport("status", "active, or entered-in-error")
                .required("ingredient", "One per component")
                .extension("ingredient", "component", Extensions.PREPARATION_COMPONENT, 1, "1")
                .mustSupport("ingredient.item[x]", "The drug (RxNorm, SNOMED CT, ATC)")
                .mustSupport("ingredient.strength", "The drug's strength in the mix")
                .build();
    }

    private static StructureDefinition siteAdministration(MappingOptions options) {
        return new ProfileBuilder(
                        options,
                        Profiles.SITE_ADMINISTRATION,
                        "MedicationAdministration",
                        "Administration at one site",
                        "The volume of one preparation injected at one site, and the doses it holds.")
                .required("partOf", PART_OF)
                .atMostOnce("partOf")
                .mustSupport("status", "completed, not-done, in-progress or entered-in-error")
                .mustSupport("medication[x]", "The preparation's Medication")
                .onlyTypes("medication[x]", "Reference(Medication)")
                .mustSupport("subject", "The patient")
                .mustSupport("context", "The encounter, when recorded")
                .mustSupport("effective[x]", "The session's time")
                .onlyTypes("effective[x]", "Period")
                .mustSupport("performer", "The performing clinician")
                .mustSupport("note", "The doses at this site in words")
                .required("dosage", "The site, route and volume")
                .required("dosage.site", "The muscle and side")
                .bound("dosage.site", ValueSets.MUSCLE_SITE, REQUIRED)
                .extensionAt("dosage.site", "bodyStructure", Extensions.BODY_SITE, 0, "1")
                .mustSupport("dosage.route", "Intramuscular")
                .bound("dosage.route", ValueSets.ROUTE, REQUIRED)
                .required("dosage.dose", "The volume injected, in mL")
                .build();
    }

    private static StructureDefinition consent(MappingOptions options) {
        return new ProfileBuilder(
                        options,
                        Profiles.CONSENT,
                        "Consent",
                        "Consent to trigger point injection",
                        "The patient's informed consent to the procedure, with every risk explained.")
                .extension("", "method", Extensions.CONSENT_METHOD, 0, "1")
                .extension("", "signer", Extensions.CONSENT_SIGNER, 0, "1")
                .extension("", "obtainedBy", Extensions.CONSENT_OBTAINED_BY, 0, "1")
                .extension("", "disclosedRisk", Extensions.DISCLOSED_RISK, 0, "*")
                .extension("", "alternativesDiscussed", Extensions.ALTERNATIVES_DISCUSSED, 0, "1")
                .extension("", "questionsAnswered", Extensions.QUESTIONS_ANSWERED, 0, "1")
                .mustSupport("status", "active, or entered-in-error")
                .pattern("scope", FixedConcepts.SCOPE_TREATMENT)
                .mustSupport("scope", "Treatment")
                .pattern("category", FixedConcepts.PATIENT_CONSENT)
                .mustSupport("category", "Patient consent (LOINC 59284-0)")
                .required("patient", "The patient")
                .mustSupport("dateTime", "When consent was given")
                .mustSupport("performer", "Who consented")
                .mustSupport("organization", "The organization responsible, when configured")
                .mustSupport("policyRule", "Opt-in")
                .pattern("policyRule", FixedConcepts.OPT_IN)
                .build();
    }

    private static StructureDefinition painScore(MappingOptions options) {
        return new ProfileBuilder(
                        options,
                        Profiles.PAIN_SCORE,
                        "Observation",
                        "Pain score",
                        "The patient's pain on the 0 to 10 numeric rating scale, before or after the procedure.")
                .extension("", "assessmentTiming", Extensions.ASSESSMENT_TIMING, 1, "1")
                .required("partOf", PART_OF)
                .mustSupport("status", "final, or entered-in-error")
                .required("category", "Survey")
                .pattern("category", FixedConcepts.SURVEY)
                .required("code", "LOINC 72514-3")
                .pattern("code", FixedConcepts.PAIN_SEVERITY)
                .required("subject", "The patient")
                .mustSupport("encounter", "The encounter, when recorded")
                .mustSupport("effective[x]", "When the score was taken, when recorded")
                .onlyTypes("effective[x]", "dateTime")
                .mustSupport("performer", "Who asked")
                .required("value[x]", "The score, 0 to 10")
                .onlyTypes("value[x]", "integer")
                .between("value[x]", 0, 10)
                .build();
    }

    private static StructureDefinition siteFinding(MappingOptions options) {
        return new ProfileBuilder(
                        options,
                        Profiles.SITE_FINDING,
                        "Observation",
                        "Finding at a site",
                        "What the clinician saw at one site while needling it: a local twitch response, or the "
                                + "patient's referred pain reproduced.")
                .required("partOf", PART_OF)
                .mustSupport("status", "final, or entered-in-error")
                .required("code", "The finding, in our finding code system")
                .bound("code", OwnCodes.FINDING, REQUIRED)
                .required("subject", "The patient")
                .mustSupport("encounter", "The encounter, when recorded")
                .required("effective[x]", "The session's time")
                .onlyTypes("effective[x]", "Period")
                .mustSupport("performer", "The performing clinician")
                .required("value[x]", "The twitch response (our twitch-response code) or whether pain was referred")
                .onlyTypes("value[x]", "CodeableConcept", "boolean")
                .bound("value[x]", OwnCodes.TWITCH_RESPONSE, REQUIRED)
                .required("bodySite", "The muscle and side")
                .bound("bodySite", ValueSets.MUSCLE_SITE, REQUIRED)
                .extensionAt("bodySite", "bodyStructure", Extensions.BODY_SITE, 0, "1")
                .build();
    }

    private static StructureDefinition procedureNote(MappingOptions options) {
        return new ProfileBuilder(
                        options,
                        Profiles.PROCEDURE_NOTE,
                        "Composition",
                        "Procedure note",
                        "The procedure note that opens a document bundle, one section per part of the note.")
                .mustSupport("status", "final, preliminary while in progress, or entered-in-error")
                .pattern("type", FixedConcepts.PROCEDURE_NOTE)
                .mustSupport("subject", "The patient's stand-in")
                .mustSupport("date", "When the record was made")
                .mustSupport("author", "The performing clinician's stand-in")
                .mustSupport("title", "The note's title")
                .mustSupport("attester", "Who signed, when the record is signed (mode legal)")
                .mustSupport("custodian", "The organization responsible, when configured")
                .required("section", "The note's sections, with the resources each states")
                .build();
    }

    private static StructureDefinition provenance(MappingOptions options) {
        return new ProfileBuilder(
                        options,
                        Profiles.PROVENANCE,
                        "Provenance",
                        "Provenance of an export",
                        "Who made the record, and when, for every resource of the export.")
                .mustSupport("target", "Every resource of the export")
                .mustSupport("occurred[x]", "The session's time")
                .mustSupport("recorded", "When the record was made")
                .required("activity", "Create")
                .pattern("activity", FixedConcepts.CREATE)
                .mustSupport("agent", "The author")
                .pattern("agent.type", FixedConcepts.AUTHOR)
                .build();
    }

    private static StructureDefinition standIn(MappingOptions options, String type) {
        return new ProfileBuilder(
                        options,
                        Profiles.standIn(type),
                        type,
                        type + " stand-in",
                        "A document's stand-in for the " + type + " the session refers to: the reference as "
                                + "given, with its identifier and name when the session gave them.")
                .extension("", "externalReference", Extensions.EXTERNAL_REFERENCE, 1, "1")
                .build();
    }
}
