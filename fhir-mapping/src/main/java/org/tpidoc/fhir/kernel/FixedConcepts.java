package org.tpidoc.fhir.kernel;

import org.tpidoc.terminology.CodeSystems;
import org.tpidoc.terminology.Concept;

/**
 * The standard codes every export of a kind carries, named once: the mappers write them and the conformance
 * package fixes them in the profiles (as patterns), so the two cannot drift.
 */
public final class FixedConcepts {

    /** {@code Observation.code} of a pain score: LOINC 72514-3, the 0–10 numeric pain rating. */
    public static final Concept PAIN_SEVERITY =
            new Concept(CodeSystems.LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported");
    /** {@code Observation.category} of a pain score: survey. */
    public static final Concept SURVEY =
            new Concept("http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey");
    /** {@code Composition.type}: LOINC 28570-0 Procedure note. */
    public static final Concept PROCEDURE_NOTE = new Concept(CodeSystems.LOINC, "28570-0", "Procedure note");
    /** {@code Consent.scope}: treatment. */
    public static final Concept SCOPE_TREATMENT =
            new Concept("http://terminology.hl7.org/CodeSystem/consentscope", "treatment", "Treatment");
    /** {@code Consent.category}: LOINC 59284-0 Patient Consent. */
    public static final Concept PATIENT_CONSENT = new Concept(CodeSystems.LOINC, "59284-0", "Patient Consent");
    /** {@code Consent.policyRule}: opt-in (v3 ActCode OPTIN). */
    public static final Concept OPT_IN =
            new Concept("http://terminology.hl7.org/CodeSystem/v3-ActCode", "OPTIN", "opt-in");
    /** {@code Provenance.agent.type}: author. */
    public static final Concept AUTHOR =
            new Concept("http://terminology.hl7.org/CodeSystem/provenance-participant-type", "author", "Author");
    /** {@code Provenance.activity}: create (v3 DataOperation CREATE), from R4's provenance activity types. */
    public static final Concept CREATE =
            new Concept("http://terminology.hl7.org/CodeSystem/v3-DataOperation", "CREATE", "create");

    /** {@code BodyStructure.locationQualifier}: SNOMED CT 7771000 Left. */
    public static final Concept LEFT = new Concept(CodeSystems.SNOMED_CT, "7771000", "Left");
    /** {@code BodyStructure.locationQualifier}: SNOMED CT 24028007 Right. */
    public static final Concept RIGHT = new Concept(CodeSystems.SNOMED_CT, "24028007", "Right");
    /** {@code Dosage.route}: SNOMED CT 78421000 Intramuscular use. */
    public static final Concept INTRAMUSCULAR = new Concept(CodeSystems.SNOMED_CT, "78421000", "Intramuscular use");

    private FixedConcepts() {}
}
