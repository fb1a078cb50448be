package org.tpidoc.fhir.input;

import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.kernel.Findings;
import org.tpidoc.validation.Finding;

/**
 * HAPI's parse errors as findings instead of exceptions (HAPI's strict handler throws at the first). HAPI
 * names only the element, so an issue already reported with its exact path by the element check is not
 * reported again; the rest are reported at the resource's path, naming the element. Values are never
 * echoed. Used for one parse.
 */
final class ParseIssues implements IParserErrorHandler {

    private final Findings findings;
    private final String path;
    private final List<Finding> known;

    /** Issues of one parse, reported to {@code findings} at {@code path} unless already among them. */
    ParseIssues(Findings findings, String path) {
        this.findings = findings;
        this.path = path;
        this.known = findings.list();
    }

    @Override
    public void unknownElement(@Nullable IParseLocation location, String name) {
        report(ImportCode.UNKNOWN_ELEMENT, name, "R4 defines no such element here; it was skipped");
    }

    @Override
    public void unknownAttribute(@Nullable IParseLocation location, String name) {
        report(ImportCode.UNKNOWN_ELEMENT, name, "R4 defines no such attribute here; it was skipped");
    }

    @Override
    public void invalidValue(@Nullable IParseLocation location, String value, String error) {
        report(ImportCode.INVALID_VALUE, element(location), "not a valid value; the element is left out");
    }

    @Override
    public void incorrectJsonType(
            @Nullable IParseLocation location,
            String name,
            BaseJsonLikeValue.ValueType expected,
            BaseJsonLikeValue.ScalarType expectedScalar,
            BaseJsonLikeValue.ValueType found,
            BaseJsonLikeValue.ScalarType foundScalar) {
        report(
                ImportCode.INVALID_VALUE,
                name,
                "has the wrong JSON type (" + found + " where " + expected + " is expected)");
    }

    @Override
    public void unexpectedRepeatingElement(@Nullable IParseLocation location, String name) {
        report(ImportCode.INVALID_VALUE, name, "repeats, but R4 allows it once; only one was kept");
    }

    @Override
    public void containedResourceWithNoId(@Nullable IParseLocation location) {
        report(ImportCode.INVALID_VALUE, "contained", "a contained resource without an id cannot be referred to");
    }

    @Override
    public void missingRequiredElement(@Nullable IParseLocation location, String name) {
        // What a session needs is reported by the readers, at its path.
    }

    @Override
    public void unknownReference(@Nullable IParseLocation location, String reference) {
        // References are resolved, and reported, by the readers.
    }

    @Override
    public void invalidInternalReference(@Nullable IParseLocation location, String reference) {
        // References are resolved, and reported, by the readers.
    }

    @Override
    public void extensionContainsValueAndNestedExtensions(@Nullable IParseLocation location) {
        report(ImportCode.INVALID_VALUE, "extension", "an extension with both a value and extensions");
    }

    private void report(ImportCode code, String element, String message) {
        boolean already = known.stream()
                .anyMatch(f -> f.code().equals(code.code())
                        && (f.path().endsWith("." + element)
                                || f.path().contains("." + element + "[")
                                || f.path().endsWith("._" + element)));
        if (!already) {
            findings.add(code, path, "element '" + safe(element) + "': " + message);
        }
    }

    private static String element(@Nullable IParseLocation location) {
        return location == null || location.getParentElementName() == null ? "?" : location.getParentElementName();
    }

    private static String safe(String element) {
        return element.matches("[A-Za-z_\\[\\]\\.0-9]{1,80}") ? element : "?";
    }
}
