package org.tpidoc.fhir.api;

import java.util.Set;
import org.tpidoc.validation.FindingCode;
import org.tpidoc.validation.Severity;

/**
 * The codes of the import's findings, each with the severity it always has: a public contract, like the
 * validator's codes. A code string that is reported at two severities has two constants (e.g. {@link
 * #UNMAPPED_ELEMENT}, a warning, and {@link #UNMAPPED_ELEMENT_NOTHING_LOST}, information), so that a call
 * site names what it found and never chooses a severity. The input as a whole is rejected (no session,
 * {@link ImportResult#rejected()}) with the codes of {@link #REJECTING}; every other code is about one
 * element or resource and leaves the rest of the input readable.
 */
public enum ImportCode implements FindingCode {
    // The input as a whole: the import rejects it.
    /** Not FHIR at all (empty, neither a JSON object nor XML in the FHIR namespace, no resourceType). */
    NOT_FHIR("not-fhir", Severity.ERROR),
    /** FHIR, but not R4 (a resource type or an element of another FHIR version). */
    NOT_R4("not-r4", Severity.ERROR),
    /** Not well-formed JSON or XML, not UTF-8, a DTD, or content after the resource. */
    MALFORMED("malformed", Severity.ERROR),
    /** Over a size limit of {@link ImportLimits} (bytes, string length, resources); nothing parsed. */
    TOO_LARGE("too-large", Severity.ERROR),
    /** Nested deeper than {@link ImportLimits#maxDepth()}; nothing parsed. */
    TOO_DEEP("too-deep", Severity.ERROR),
    /** A resource other than a {@code Bundle} where a bundle was expected. */
    NOT_A_BUNDLE("not-a-bundle", Severity.ERROR),
    /** A bundle type that holds no sessions (history, message, responses). */
    UNSUPPORTED_BUNDLE_TYPE("unsupported-bundle-type", Severity.ERROR),
    /** No {@code Procedure} in the input, so no session. */
    NO_PROCEDURE("no-procedure", Severity.ERROR),
    /** The import failed unexpectedly (a defect of the importer); the input is not imported. */
    IMPORT_FAILED("import-failed", Severity.ERROR),
    // Structure and references.
    /** An element R4 does not define at that place; it was skipped. */
    UNKNOWN_ELEMENT("unknown-element", Severity.WARNING),
    /** A value not valid for its type (a date, a code, a number) or out of the session's range. */
    INVALID_VALUE("invalid-value", Severity.WARNING),
    /** An internal reference ({@code urn:uuid:}, {@code urn:oid:}, {@code #contained}) not found in the input. */
    DANGLING_REFERENCE("dangling-reference", Severity.ERROR),
    /** A reference to a resource the import needs (a Medication, a BodyStructure) that the input lacks. */
    UNRESOLVED_REFERENCE("unresolved-reference", Severity.WARNING),
    /** A reference to a resource of a type the element does not allow; it was not followed. */
    WRONG_REFERENCE_TYPE("wrong-reference-type", Severity.ERROR),
    /** A reference the session cannot hold (display only, an identifier without system). */
    INVALID_REFERENCE("invalid-reference", Severity.WARNING),
    /** Two resources with the same {@code fullUrl} or {@code Type/id}; the first was used. */
    DUPLICATE_RESOURCE("duplicate-resource", Severity.WARNING),
    /** A resource that belongs to no session or that a session has no place for. */
    UNMAPPED_RESOURCE("unmapped-resource", Severity.WARNING),
    /** The same code as information: a resource no session used that loses nothing a session holds (a patient, a practitioner, an entry without a resource, an administration not given, the provenance). */
    UNMAPPED_RESOURCE_NOTHING_LOST("unmapped-resource", Severity.INFO),
    /** An R4 element or extension a session has no place for. */
    UNMAPPED_ELEMENT("unmapped-element", Severity.WARNING),
    /** The same code as information: an administrative element or extension a session has no place for, or one read in another form. */
    UNMAPPED_ELEMENT_NOTHING_LOST("unmapped-element", Severity.INFO),
    /** A modifier extension the importer does not understand; the resource's meaning may differ. */
    UNKNOWN_MODIFIER_EXTENSION("unknown-modifier-extension", Severity.ERROR),
    /** A resource with no link to a {@code Procedure} taken as part of the only one there is. */
    ASSUMED_MEMBER("assumed-member", Severity.INFO),
    /** Resources of one export that contradict each other; the {@code Procedure} was believed. */
    INCONSISTENT("inconsistent", Severity.WARNING),
    // The session.
    /** A part every session needs (patient, start, status, technique) is missing or unreadable. */
    MISSING_REQUIRED("missing-required", Severity.ERROR),
    /** A {@code Procedure} that could not become a session; its other findings say why. */
    PROCEDURE_NOT_IMPORTED("procedure-not-imported", Severity.ERROR),
    /** No tpidoc session identifier; the session id is a name-based UUID of the Procedure's identity. */
    ID_GENERATED("id-generated", Severity.INFO),
    /** A {@code Procedure.status} with no exact session status; the nearest was used. */
    STATUS_APPROXIMATED("status-approximated", Severity.WARNING),
    /** {@code Procedure.status} contradicts the recorded session status; {@code Procedure.status} won. */
    STATUS_CONFLICT("status-conflict", Severity.WARNING),
    /** A procedure code that is not a trigger point injection or dry needling. */
    UNKNOWN_PROCEDURE_CODE("unknown-procedure-code", Severity.WARNING),
    /** The same code as information: not coded as a trigger point injection or dry needling, and nothing else tells the technique; the Procedure is not imported. */
    UNKNOWN_PROCEDURE_CODE_NO_TECHNIQUE("unknown-procedure-code", Severity.ERROR),
    /** The technique inferred from the procedure's text or its administrations, not from a code. */
    TECHNIQUE_INFERRED("technique-inferred", Severity.WARNING),
    /** A time without a time of day or without an offset: it cannot become an instant. */
    TIME_IMPRECISE("time-imprecise", Severity.WARNING),
    /** A body site coded with a code the catalogue has no muscle for. */
    UNKNOWN_MUSCLE_CODE("unknown-muscle-code", Severity.WARNING),
    /** A body site whose muscle could not be recognised from codes or text; the site was not imported. */
    MUSCLE_UNKNOWN("muscle-unknown", Severity.WARNING),
    /** A muscle recognised from text rather than a code. */
    MUSCLE_FROM_TEXT("muscle-from-text", Severity.INFO),
    /** A complication recognised from its words (a catalogue name) rather than our code. */
    COMPLICATION_FROM_TEXT("complication-from-text", Severity.INFO),
    /** A body site with no recognisable side (or both sides); the site was not imported. */
    LATERALITY_UNKNOWN("laterality-unknown", Severity.WARNING),
    /** A side recognised from text rather than a code or a BodyStructure. */
    LATERALITY_FROM_TEXT("laterality-from-text", Severity.INFO),
    /** The number of trigger points was not recorded; 1, the least an injected site has, was recorded. */
    POINTS_NOT_RECORDED("points-not-recorded", Severity.WARNING),
    /** A medication given as a CodeableConcept rather than a reference to a {@code Medication}. */
    MEDICATION_NOT_REFERENCED("medication-not-referenced", Severity.INFO),
    /** A medication that matches no catalogue product; the site's injectate was not imported. */
    UNKNOWN_MEDICATION("unknown-medication", Severity.WARNING),
    /** A dose that gives no volume in mL; the site's injectate was not imported. */
    DOSE_NOT_CONVERTIBLE("dose-not-convertible", Severity.WARNING),
    /** A preparation assembled from administrations (its volume is the total given). */
    PREPARATION_DERIVED("preparation-derived", Severity.INFO),
    /** An administration whose site is not recorded or not recognisable. */
    SITE_UNKNOWN("site-unknown", Severity.WARNING),
    /** The same code as information: an administration without a recorded site, taken as given at the procedure's only site. */
    SITE_UNKNOWN_ONLY_SITE("site-unknown", Severity.INFO),
    /** A consent that is not in force (draft, proposed, rejected, a deny provision); not imported. */
    CONSENT_NOT_ACTIVE("consent-not-active", Severity.WARNING),
    /** A consent without the disclosed risks, method or signer a session records. */
    CONSENT_INCOMPLETE("consent-incomplete", Severity.WARNING),
    /** A pain score that is neither before nor after the procedure by its timing. */
    PAIN_TIMING_UNKNOWN("pain-timing-unknown", Severity.WARNING),
    /** An indication given as text only (a session's indications are coded). */
    INDICATION_NOT_CODED("indication-not-coded", Severity.WARNING),
    /** The summary of a session with any warning or error: review it before relying on it. */
    NEEDS_REVIEW("needs-review", Severity.WARNING);

    /** The codes that reject the input as a whole. */
    public static final Set<ImportCode> REJECTING = Set.of(
            NOT_FHIR,
            NOT_R4,
            MALFORMED,
            TOO_LARGE,
            TOO_DEEP,
            NOT_A_BUNDLE,
            UNSUPPORTED_BUNDLE_TYPE,
            NO_PROCEDURE,
            IMPORT_FAILED);

    private final String code;
    private final Severity severity;

    ImportCode(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Severity severity() {
        return severity;
    }
}
