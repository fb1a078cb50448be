package org.tpidoc.fhir.kernel;

import org.tpidoc.dosing.MuscleSide;

/**
 * The role of each resource within a session's export: {@code <ResourceType>} or {@code
 * <ResourceType>/<part>}. A role names the resource type first, and the deterministic id is derived from
 * the session id and the role ({@link org.tpidoc.fhir.kernel.ResourceIds}).
 */
public final class Roles {

    /** The session's {@code Procedure}. */
    public static final String PROCEDURE = "Procedure";
    /** The {@code Consent}. */
    public static final String CONSENT = "Consent";
    /** The pain score before, an {@code Observation}. */
    public static final String PAIN_BEFORE = "Observation/pain-before";
    /** The pain score after, an {@code Observation}. */
    public static final String PAIN_AFTER = "Observation/pain-after";
    /** The procedure note, a {@code Composition}. */
    public static final String COMPOSITION = "Composition";
    /** The {@code Provenance}. */
    public static final String PROVENANCE = "Provenance";

    private Roles() {}

    /** The {@code BodyStructure} of a muscle on one side. */
    public static String bodyStructure(MuscleSide side) {
        return "BodyStructure/" + side.muscle() + "/" + side.laterality().code();
    }

    /** The {@code Medication} of the preparation with this id. */
    public static String medication(String preparationId) {
        return "Medication/" + preparationId;
    }

    /** The {@code MedicationAdministration} at the site with this index. */
    public static String administration(int siteIndex) {
        return "MedicationAdministration/" + siteIndex;
    }

    /** The twitch response {@code Observation} at the site with this index. */
    public static String twitchResponse(int siteIndex) {
        return "Observation/site-" + siteIndex + "/twitch-response";
    }

    /** The referred pain {@code Observation} at the site with this index. */
    public static String referredPain(int siteIndex) {
        return "Observation/site-" + siteIndex + "/referred-pain";
    }

    /**
     * The stand-in a document bundle holds for a participant the session refers to outside itself, e.g.
     * {@code Practitioner/participant/Practitioner/dr-lee}.
     */
    public static String participant(String resourceType, String given) {
        return resourceType + "/participant/" + given;
    }

    /** A bundle of this kind ({@code "transaction"}, ...). */
    public static String bundle(String kind) {
        return "Bundle/" + kind;
    }

    /** The resource type a role names: the part before the first slash. */
    public static String resourceType(String role) {
        int slash = role.indexOf('/');
        return slash < 0 ? role : role.substring(0, slash);
    }
}
