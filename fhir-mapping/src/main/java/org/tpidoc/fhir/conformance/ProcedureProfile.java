package org.tpidoc.fhir.conformance;

import org.hl7.fhir.r4.model.StructureDefinition;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.OwnCodes;
import org.tpidoc.fhir.kernel.Profiles;

/**
 * The profile of the session's {@code Procedure}: what the session records, with a slice for each of our
 * extensions and HL7's target body structure and method.
 */
final class ProcedureProfile {

    private static final String REQUIRED = "required";
    private static final String MANY = "*";

    private ProcedureProfile() {}

    static StructureDefinition of(MappingOptions options) {
        return new ProfileBuilder(
                        options,
                        Profiles.PROCEDURE,
                        "Procedure",
                        "Trigger point injection procedure",
                        "One trigger point injection or dry needling session: the muscles and sides, what was "
                                + "injected where, how, with what safety checks and outcome. The procedure note is "
                                + "its narrative.")
                .extension("", "sessionStatus", Extensions.SESSION_STATUS, 1, "1")
                .extensionAt("", "targetBodyStructure", Extensions.TARGET_BODY_STRUCTURE, 0, MANY)
                .extensionAt("", "method", Extensions.PROCEDURE_METHOD, 0, "1")
                .extension("", "timeOut", Extensions.TIME_OUT, 0, "1")
                .extension("", "skinPreparation", Extensions.SKIN_PREPARATION, 0, "1")
                .extension("", "guidance", Extensions.GUIDANCE, 0, "1")
                .extension("", "injectionSite", Extensions.INJECTION_SITE, 0, MANY)
                .extension("", "estimatedBloodLoss", Extensions.ESTIMATED_BLOOD_LOSS, 0, "1")
                .extension("", "tolerance", Extensions.TOLERANCE, 0, "1")
                .extension("", "aftercareGiven", Extensions.AFTERCARE_GIVEN, 1, "1")
                .extension("", "priorTherapy", Extensions.PRIOR_THERAPY, 0, MANY)
                .extension("", "examinationFinding", Extensions.EXAMINATION_FINDING, 0, MANY)
                .extension("", "patientFactors", Extensions.PATIENT_FACTORS, 0, "1")
                .extension("", "patientPosition", Extensions.PATIENT_POSITION, 0, "1")
                .extension("", "aspirationBeforeInjection", Extensions.ASPIRATION_BEFORE_INJECTION, 0, "1")
                .extension("", "postProcedure", Extensions.POST_PROCEDURE, 0, "1")
                .extension("", "attestation", Extensions.ATTESTATION, 0, "1")
                .required("identifier", "The session's id, in the configured identifier system")
                .atMostOnce("identifier")
                .sessionIdentifier("identifier")
                .mustSupport("status", "completed, not-done (aborted), in-progress or entered-in-error")
                .required("code", "Trigger point injection or dry needling, with its CPT code when billed")
                .bound("code", ValueSets.PROCEDURE_CODE, REQUIRED)
                .mustSupport("subject", "The patient")
                .mustSupport("encounter", "The encounter, when recorded")
                .required("performed[x]", "When the session started and ended")
                .onlyTypes("performed[x]", "Period")
                .mustSupport("performer", "The performing clinician")
                .mustSupport("location", "Where, when recorded")
                .mustSupport("reasonCode", "The indications (ICD-10-CM, SNOMED CT)")
                .mustSupport("bodySite", "One per muscle and side: SNOMED CT and our muscle code")
                .bound("bodySite", ValueSets.MUSCLE_SITE, REQUIRED)
                .extensionAt("bodySite", "bodyStructure", Extensions.BODY_SITE, 0, "1")
                .mustSupport("outcome", "The outcome in words: tolerance, pain before and after, complications")
                .mustSupport("complication", "Complications, by our complication code")
                .bound("complication", OwnCodes.COMPLICATION, "extensible")
                .mustSupport("followUp", "The follow-up plan")
                .extension("followUp", "followUp", Extensions.FOLLOW_UP, 0, "1")
                .mustSupport("note", "The clinician's notes")
                .mustSupport("usedCode", "The needle")
                .extension("usedCode", "needle", Extensions.NEEDLE, 0, "1")
                .build();
    }
}
