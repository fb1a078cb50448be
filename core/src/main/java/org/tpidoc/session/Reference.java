package org.tpidoc.session;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A reference to something outside the session: the patient, encounter, performer or location.
 * Either a literal reference ({@code "Patient/123"}), a logical {@link Identifier}, or both, with an
 * optional display. Maps to a FHIR {@code Reference}. {@link #toString()} shows only the resource
 * type, and only when it is one a session refers to ({@code Patient}, {@code Practitioner}, ...): the
 * rest, or a malformed reference, can identify a patient.
 *
 * @param reference a relative literal reference {@code Type/id}, or {@code null}
 * @param identifier a logical identifier, or {@code null}
 * @param display text for people, or {@code null}
 */
public record Reference(
        @Nullable String reference,
        @Nullable Identifier identifier,
        @Nullable String display) {

    /** The FHIR resource types a session refers to: the only text of a reference that toString shows. */
    /** {@code Type/id} at the end of a reference, optionally followed by {@code /_history/version}. */
    private static final Pattern TYPE_AND_ID =
            Pattern.compile("(?:^|/)([A-Z][A-Za-z]+)/[A-Za-z0-9\\-.]{1,64}(?:/_history/[A-Za-z0-9\\-.]{1,64})?$");

    private static final Set<String> SHOWN_TYPES = Set.of(
            "Patient",
            "Group",
            "Encounter",
            "Practitioner",
            "PractitionerRole",
            "Organization",
            "RelatedPerson",
            "Device",
            "Location");

    /** Checks that at least one of reference and identifier is present, and that a reference is not blank. */
    public Reference {
        checkArgument(reference != null || identifier != null, "a reference needs a reference or an identifier");
        checkArgument(reference == null || !reference.isBlank(), "reference must not be blank");
        checkArgument(display == null || !display.isBlank(), "display must not be blank when present");
    }

    /** A literal reference such as {@code "Patient/123"}. */
    public static Reference to(String reference) {
        return new Reference(reference, null, null);
    }

    /** A literal reference with a display. */
    public static Reference to(String reference, String display) {
        return new Reference(reference, null, display);
    }

    /** A logical reference by identifier. */
    public static Reference byIdentifier(String system, String value) {
        return new Reference(null, new Identifier(system, value), null);
    }

    /**
     * The resource type of a literal reference, if it names one: {@code "Patient"} for {@code
     * "Patient/123"}, for an absolute {@code "https://ehr.example/fhir/Patient/123"} and for a versioned
     * {@code "Patient/123/_history/2"}. Empty for a logical reference and for a reference with no
     * {@code Type/id} part (e.g. {@code "urn:uuid:…"}). A type is a capitalised name of letters.
     */
    public Optional<String> resourceType() {
        if (reference == null) {
            return Optional.empty();
        }
        Matcher matcher = TYPE_AND_ID.matcher(reference);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    @Override
    public String toString() {
        String shown = resourceType().filter(SHOWN_TYPES::contains).orElse(identifier != null ? "identifier" : "?");
        return "Reference[" + shown + "]";
    }
}
