package org.tpidoc.session;

/** The state of a session record. Maps to FHIR {@code Procedure.status}; {@code aborted} becomes {@code not-done}. */
public enum SessionStatus implements Coded {
    /** {@code in-progress}. */
    IN_PROGRESS("in-progress"),
    /** {@code completed}. */
    COMPLETED("completed"),
    /** {@code aborted}. */
    ABORTED("aborted"),
    /** {@code entered-in-error}. */
    ENTERED_IN_ERROR("entered-in-error");

    private final String code;

    SessionStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
