package org.tpidoc.fhir.api;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The limits {@link org.tpidoc.fhir.FhirImporter} checks before HAPI parses anything (HAPI's own limits are loose): the
 * size of a document (a bundle, or one NDJSON line) in bytes, the nesting depth of JSON objects and arrays
 * or XML elements, the length of one string, and the number of resources (bundle entries, or NDJSON lines
 * over all files). Input beyond a limit is rejected with {@link ImportCode#TOO_LARGE} or {@link
 * ImportCode#TOO_DEEP} and its path, without being parsed.
 *
 * @param maxBytes the largest document, in bytes (UTF-8), at least 1
 * @param maxDepth the deepest nesting, at least 8 (an exported bundle nests about 12 deep)
 * @param maxStringLength the longest string value, in characters, at least 1
 * @param maxResources the most resources in one input, at least 1
 */
public record ImportLimits(long maxBytes, int maxDepth, int maxStringLength, int maxResources) {

    /** 32 MiB documents, depth 64, 8 MiB strings (an attached consent form), 100,000 resources. */
    public static final ImportLimits DEFAULT = new ImportLimits(32L * 1024 * 1024, 64, 8 * 1024 * 1024, 100_000);

    /** Checks every limit is positive. */
    public ImportLimits {
        checkArgument(maxBytes >= 1, "maxBytes must be at least 1, was %s", maxBytes);
        checkArgument(maxDepth >= 8, "maxDepth must be at least 8, was %s", maxDepth);
        checkArgument(maxStringLength >= 1, "maxStringLength must be at least 1, was %s", maxStringLength);
        checkArgument(maxResources >= 1, "maxResources must be at least 1, was %s", maxResources);
    }

    /** These limits with another document size. */
    public ImportLimits withMaxBytes(long value) {
        return new ImportLimits(value, maxDepth, maxStringLength, maxResources);
    }

    /** These limits with another nesting depth. */
    public ImportLimits withMaxDepth(int value) {
        return new ImportLimits(maxBytes, value, maxStringLength, maxResources);
    }

    /** These limits with another string length. */
    public ImportLimits withMaxStringLength(int value) {
        return new ImportLimits(maxBytes, maxDepth, value, maxResources);
    }

    /** These limits with another resource count. */
    public ImportLimits withMaxResources(int value) {
        return new ImportLimits(maxBytes, maxDepth, maxStringLength, value);
    }
}
