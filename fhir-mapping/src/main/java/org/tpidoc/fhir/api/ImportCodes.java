package org.tpidoc.fhir.api;

import java.util.List;

/**
 * The stable codes of {@link ImportFinding}s: a public contract, like the validator's codes. The input as a
 * whole is rejected (no session, {@link ImportResult#rejected()}) with {@link #NOT_FHIR}, {@link #NOT_R4},
 * {@link #MALFORMED}, {@link #TOO_LARGE}, {@link #TOO_DEEP}, {@link #NOT_A_BUNDLE}, {@link
 * #UNSUPPORTED_BUNDLE_TYPE}, {@link #NO_PROCEDURE} or {@link #IMPORT_FAILED}; every other code is about
 * one element or resource and leaves the rest of the input readable.
 */
public final class ImportCodes {

    // The input as a whole.

    /** Error: not FHIR at all (empty, neither a JSON object nor XML in the FHIR namespace, no resourceType). */
    public static final String NOT_FHIR = "not-fhir";
    /** Error: FHIR, but not R4 (a resource type or an element of another FHIR version). */
    public static final String NOT_R4 = "not-r4";
    /** Error: not well-formed JSON or XML, not UTF-8, a DTD, or content after the resource. */
    public static final String MALFORMED = "malformed";
    /** Error: over a size limit of {@link ImportLimits} (bytes, string length, resources); nothing parsed. */
    public static final String TOO_LARGE = "too-large";
    /** Error: nested deeper than {@link ImportLimits#maxDepth()}; nothing parsed. */
    public static final String TOO_DEEP = "too-deep";
    /** Error: a resource other than a {@code Bundle} where a bundle was expected. */
    public static final String NOT_A_BUNDLE = "not-a-bundle";
    /** Error: a bundle type that holds no sessions (history, message, responses). */
    public static final String UNSUPPORTED_BUNDLE_TYPE = "unsupported-bundle-type";
    /** Error: no {@code Procedure} in the input, so no session. */
    public static final String NO_PROCEDURE = "no-procedure";
    /** Error: the import failed unexpectedly (a defect of the importer); the input is not imported. */
    public static final String IMPORT_FAILED = "import-failed";

    // Structure and references.

    /** Warning: an element R4 does not define at that place; it was skipped. */
    public static final String UNKNOWN_ELEMENT = "unknown-element";
    /** Warning: a value not valid for its type (a date, a code, a number) or out of the session's range. */
    public static final String INVALID_VALUE = "invalid-value";
    /** Error: an internal reference ({@code urn:uuid:}, {@code urn:oid:}, {@code #contained}) not found in the input. */
    public static final String DANGLING_REFERENCE = "dangling-reference";
    /** Warning: a reference to a resource the import needs (a Medication, a BodyStructure) that the input lacks. */
    public static final String UNRESOLVED_REFERENCE = "unresolved-reference";
    /** Error: a reference to a resource of a type the element does not allow; it was not followed. */
    public static final String WRONG_REFERENCE_TYPE = "wrong-reference-type";
    /** Warning: a reference the session cannot hold (display only, an identifier without system). */
    public static final String INVALID_REFERENCE = "invalid-reference";
    /** Warning: two resources with the same {@code fullUrl} or {@code Type/id}; the first was used. */
    public static final String DUPLICATE_RESOURCE = "duplicate-resource";
    /** Warning: a resource that belongs to no session or that a session has no place for. */
    public static final String UNMAPPED_RESOURCE = "unmapped-resource";
    /** Warning (information for administrative elements): an R4 element or extension a session has no place for. */
    public static final String UNMAPPED_ELEMENT = "unmapped-element";
    /** Error: a modifier extension the importer does not understand; the resource's meaning may differ. */
    public static final String UNKNOWN_MODIFIER_EXTENSION = "unknown-modifier-extension";
    /** Information: a resource with no link to a {@code Procedure} taken as part of the only one there is. */
    public static final String ASSUMED_MEMBER = "assumed-member";
    /** Warning: resources of one export that contradict each other; the {@code Procedure} was believed. */
    public static final String INCONSISTENT = "inconsistent";

    // The session.

    /** Error: a part every session needs (patient, start, status, technique) is missing or unreadable. */
    public static final String MISSING_REQUIRED = "missing-required";
    /** Error: a {@code Procedure} that could not become a session; its other findings say why. */
    public static final String PROCEDURE_NOT_IMPORTED = "procedure-not-imported";
    /** Information: no tpidoc session identifier; the session id is a name-based UUID of the Procedure's identity. */
    public static final String ID_GENERATED = "id-generated";
    /** Warning: a {@code Procedure.status} with no exact session status; the nearest was used. */
    public static final String STATUS_APPROXIMATED = "status-approximated";
    /** Warning: {@code Procedure.status} contradicts the recorded session status; {@code Procedure.status} won. */
    public static final String STATUS_CONFLICT = "status-conflict";
    /** Warning (error when nothing else tells): a procedure code that is not a trigger point injection or dry needling. */
    public static final String UNKNOWN_PROCEDURE_CODE = "unknown-procedure-code";
    /** Warning: the technique inferred from the procedure's text or its administrations, not from a code. */
    public static final String TECHNIQUE_INFERRED = "technique-inferred";
    /** Warning: a time without a time of day or without an offset: it cannot become an instant. */
    public static final String TIME_IMPRECISE = "time-imprecise";
    /** Warning: a body site coded with a code the catalogue has no muscle for. */
    public static final String UNKNOWN_MUSCLE_CODE = "unknown-muscle-code";
    /** Warning: a body site whose muscle could not be recognised from codes or text; the site was not imported. */
    public static final String MUSCLE_UNKNOWN = "muscle-unknown";
    /** Information: a muscle recognised from text rather than a code. */
    public static final String MUSCLE_FROM_TEXT = "muscle-from-text";
    /** Information: a complication recognised from its words (a catalogue name) rather than our code. */
    public static final String COMPLICATION_FROM_TEXT = "complication-from-text";
    /** Warning: a body site with no recognisable side (or both sides); the site was not imported. */
    public static final String LATERALITY_UNKNOWN = "laterality-unknown";
    /** Information: a side recognised from text rather than a code or a BodyStructure. */
    public static final String LATERALITY_FROM_TEXT = "laterality-from-text";
    /** Warning: the number of trigger points was not recorded; 1, the least an injected site has, was recorded. */
    public static final String POINTS_NOT_RECORDED = "points-not-recorded";
    /** Information: a medication given as a CodeableConcept rather than a reference to a {@code Medication}. */
    public static final String MEDICATION_NOT_REFERENCED = "medication-not-referenced";
    /** Warning: a medication that matches no catalogue product; the site's injectate was not imported. */
    public static final String UNKNOWN_MEDICATION = "unknown-medication";
    /** Warning: a dose that gives no volume in mL; the site's injectate was not imported. */
    public static final String DOSE_NOT_CONVERTIBLE = "dose-not-convertible";
    /** Information: a preparation assembled from administrations (its volume is the total given). */
    public static final String PREPARATION_DERIVED = "preparation-derived";
    /** Warning: an administration whose site is not recorded or not recognisable. */
    public static final String SITE_UNKNOWN = "site-unknown";
    /** Warning: a consent that is not in force (draft, proposed, rejected, a deny provision); not imported. */
    public static final String CONSENT_NOT_ACTIVE = "consent-not-active";
    /** Warning: a consent without the disclosed risks, method or signer a session records. */
    public static final String CONSENT_INCOMPLETE = "consent-incomplete";
    /** Warning: a pain score that is neither before nor after the procedure by its timing. */
    public static final String PAIN_TIMING_UNKNOWN = "pain-timing-unknown";
    /** Warning: an indication given as text only (a session's indications are coded). */
    public static final String INDICATION_NOT_CODED = "indication-not-coded";
    /** Warning: the summary of a session with any warning or error: review it before relying on it. */
    public static final String NEEDS_REVIEW = "needs-review";

    /** Every code, for documentation and tests. */
    public static final List<String> ALL = List.of(
            NOT_FHIR,
            NOT_R4,
            MALFORMED,
            TOO_LARGE,
            TOO_DEEP,
            NOT_A_BUNDLE,
            UNSUPPORTED_BUNDLE_TYPE,
            NO_PROCEDURE,
            IMPORT_FAILED,
            UNKNOWN_ELEMENT,
            INVALID_VALUE,
            DANGLING_REFERENCE,
            UNRESOLVED_REFERENCE,
            WRONG_REFERENCE_TYPE,
            INVALID_REFERENCE,
            DUPLICATE_RESOURCE,
            UNMAPPED_RESOURCE,
            UNMAPPED_ELEMENT,
            UNKNOWN_MODIFIER_EXTENSION,
            ASSUMED_MEMBER,
            INCONSISTENT,
            MISSING_REQUIRED,
            PROCEDURE_NOT_IMPORTED,
            ID_GENERATED,
            STATUS_APPROXIMATED,
            STATUS_CONFLICT,
            UNKNOWN_PROCEDURE_CODE,
            TECHNIQUE_INFERRED,
            TIME_IMPRECISE,
            UNKNOWN_MUSCLE_CODE,
            MUSCLE_UNKNOWN,
            MUSCLE_FROM_TEXT,
            COMPLICATION_FROM_TEXT,
            LATERALITY_UNKNOWN,
            LATERALITY_FROM_TEXT,
            POINTS_NOT_RECORDED,
            MEDICATION_NOT_REFERENCED,
            UNKNOWN_MEDICATION,
            DOSE_NOT_CONVERTIBLE,
            PREPARATION_DERIVED,
            SITE_UNKNOWN,
            CONSENT_NOT_ACTIVE,
            CONSENT_INCOMPLETE,
            PAIN_TIMING_UNKNOWN,
            INDICATION_NOT_CODED,
            NEEDS_REVIEW);

    private ImportCodes() {}
}
