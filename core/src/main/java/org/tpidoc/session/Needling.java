package org.tpidoc.session;

/** How the needle was moved: fanning (repeated partial withdrawal and redirection without leaving the skin) or a single pass. */
public enum Needling implements Coded {
    /** {@code fanning}. */
    FANNING("fanning"),
    /** {@code single-pass}. */
    SINGLE_PASS("single-pass");

    private final String code;

    Needling(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
