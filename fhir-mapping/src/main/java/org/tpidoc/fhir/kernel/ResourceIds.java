package org.tpidoc.fhir.kernel;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Deterministic resource ids: a name-based UUID (RFC 4122 version 3) of the session id and the
 * resource's role within the session, such as {@code "Procedure"}, {@code "Medication/A"} or {@code
 * "BodyStructure/trapezius/left"}. The same session therefore always gets the same ids, and two sessions
 * never share one.
 */
public final class ResourceIds {

    private ResourceIds() {}

    /** The id of the resource playing {@code role} in session {@code sessionId}. */
    public static UUID of(UUID sessionId, String role) {
        return UUID.nameUUIDFromBytes((sessionId + "/" + role).getBytes(StandardCharsets.UTF_8));
    }
}
