package org.tpidoc.examples.cli;

/**
 * The exit codes of every {@code tpidoc} command (DESIGN §9). When a run meets several outcomes (one
 * file unreadable, another invalid) it exits with the {@link #worst} of them.
 */
public final class ExitCodes {

    /** Success: every input was read and passes. */
    public static final int OK = 0;

    /**
     * The input was read but fails: error findings, refused sessions, FHIR validation errors, sessions a FHIR
     * server rejected.
     */
    public static final int FAILED = 1;

    /**
     * The input could not be read (missing, malformed, not the JSON form), the FHIR server is unreachable or
     * refuses the credentials, or the arguments are wrong.
     */
    public static final int UNREADABLE = 2;

    private ExitCodes() {}

    /** The more serious of two exit codes (2 over 1 over 0). */
    public static int worst(int first, int second) {
        return Math.max(first, second);
    }
}
