package org.tpidoc.json;

/**
 * Limits on JSON input, so that a hostile or broken file cannot exhaust memory. All limits are
 * positive. {@link #DEFAULT} suits real use; derive others with the {@code with...} methods.
 *
 * @param maxDocumentBytes the largest single document (one object, or a whole array) and the longest
 *     NDJSON line, in bytes (in characters for {@link SessionJson#read(String)})
 * @param maxNestingDepth the deepest nesting of objects and arrays (a session needs 5; an array of
 *     sessions 6)
 * @param maxStringLength the longest string value, in characters (property names are limited to
 *     {@value #MAX_NAME_LENGTH})
 * @param maxSessions the most sessions one input may hold
 */
public record JsonLimits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength, long maxSessions) {

    /** The longest property name, in characters: far more than the form's names need. */
    public static final int MAX_NAME_LENGTH = 1024;

    /**
     * The defaults: 4 MiB per document or NDJSON line, nesting depth 32, strings of 64 KiB, and one
     * million sessions per input.
     */
    public static final JsonLimits DEFAULT = new JsonLimits(4L * 1024 * 1024, 32, 64 * 1024, 1_000_000);

    /** Checks that every limit is positive. */
    public JsonLimits {
        requirePositive(maxDocumentBytes, "maxDocumentBytes");
        requirePositive(maxNestingDepth, "maxNestingDepth");
        requirePositive(maxStringLength, "maxStringLength");
        requirePositive(maxSessions, "maxSessions");
    }

    /** These limits with another maximum document (and NDJSON line) size in bytes. */
    public JsonLimits withMaxDocumentBytes(long value) {
        return new JsonLimits(value, maxNestingDepth, maxStringLength, maxSessions);
    }

    /** These limits with another maximum nesting depth. */
    public JsonLimits withMaxNestingDepth(int value) {
        return new JsonLimits(maxDocumentBytes, value, maxStringLength, maxSessions);
    }

    /** These limits with another maximum string length in characters. */
    public JsonLimits withMaxStringLength(int value) {
        return new JsonLimits(maxDocumentBytes, maxNestingDepth, value, maxSessions);
    }

    /** These limits with another maximum number of sessions per input. */
    public JsonLimits withMaxSessions(long value) {
        return new JsonLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, value);
    }

    private static void requirePositive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException("JsonLimits." + name + " must be positive, was " + value);
        }
    }
}
