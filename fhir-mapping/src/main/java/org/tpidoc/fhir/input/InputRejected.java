package org.tpidoc.fhir.input;

import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.validation.Finding;

/**
 * The input as a whole cannot be read (not FHIR, not R4, malformed, too large, too deep): thrown inside the
 * import and turned into a rejected {@code ImportResult} by the facade, never seen by callers.
 */
public final class InputRejected extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Finding finding;

    /** Rejects the input with an error finding of {@code code} at {@code path}. */
    public InputRejected(ImportCode code, String path, String message) {
        super(code.code() + " " + path + ": " + message, null, false, false);
        this.finding = code.at(path, message);
    }

    /** The finding that says why. */
    public Finding finding() {
        return finding;
    }
}
