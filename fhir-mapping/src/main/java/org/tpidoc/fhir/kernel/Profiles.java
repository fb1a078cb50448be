package org.tpidoc.fhir.kernel;

import java.util.List;

/**
 * Every profile an exported resource declares in {@code meta.profile}, named once: {@link
 * org.tpidoc.fhir.api.MappingOptions#profile(String)} turns a name into {@code
 * <base>/StructureDefinition/<name>}. The conformance package defines one StructureDefinition per name.
 */
public final class Profiles {

    /** The session's {@code Procedure}: a trigger point injection or dry needling. */
    public static final String PROCEDURE = "tpi-procedure";
    /** The {@code BodyStructure} of one injected site (muscle and side). */
    public static final String BODY_STRUCTURE = "tpi-body-structure";
    /** The {@code Medication} of one preparation drawn up, with its components as they came. */
    public static final String PREPARATION = "tpi-preparation";
    /** The {@code MedicationAdministration} of a preparation at one site. */
    public static final String SITE_ADMINISTRATION = "tpi-site-administration";
    /** The {@code Consent} to the procedure, with the risks explained. */
    public static final String CONSENT = "tpi-consent";
    /** The pain score before or after the procedure ({@code Observation}, LOINC 72514-3). */
    public static final String PAIN_SCORE = "tpi-pain-score";
    /** A finding at one site ({@code Observation}): the local twitch response or referred pain. */
    public static final String SITE_FINDING = "tpi-site-finding";
    /** The procedure note ({@code Composition}, LOINC 28570-0) that opens a document bundle. */
    public static final String PROCEDURE_NOTE = "tpi-procedure-note";
    /** The {@code Provenance} over every resource of one export. */
    public static final String PROVENANCE = "tpi-provenance";
    /** A document's stand-in for a {@code Patient} the session refers to. */
    public static final String PATIENT_STAND_IN = "tpi-patient-stand-in";
    /** A document's stand-in for a {@code Practitioner} the session refers to. */
    public static final String PRACTITIONER_STAND_IN = "tpi-practitioner-stand-in";
    /** A document's stand-in for a {@code PractitionerRole} the session refers to. */
    public static final String PRACTITIONER_ROLE_STAND_IN = "tpi-practitionerrole-stand-in";
    /** A document's stand-in for an {@code Organization} the session refers to. */
    public static final String ORGANIZATION_STAND_IN = "tpi-organization-stand-in";
    /** A document's stand-in for a {@code Device} the session refers to. */
    public static final String DEVICE_STAND_IN = "tpi-device-stand-in";

    /** Every profile name, for the package and tests. */
    public static final List<String> ALL = List.of(
            PROCEDURE,
            BODY_STRUCTURE,
            PREPARATION,
            SITE_ADMINISTRATION,
            CONSENT,
            PAIN_SCORE,
            SITE_FINDING,
            PROCEDURE_NOTE,
            PROVENANCE,
            PATIENT_STAND_IN,
            PRACTITIONER_STAND_IN,
            PRACTITIONER_ROLE_STAND_IN,
            ORGANIZATION_STAND_IN,
            DEVICE_STAND_IN);

    private Profiles() {}

    /** The stand-in profile for a resource of {@code resourceType}, e.g. {@code tpi-patient-stand-in}. */
    public static String standIn(String resourceType) {
        return "tpi-" + resourceType.toLowerCase(java.util.Locale.ROOT) + "-stand-in";
    }
}
