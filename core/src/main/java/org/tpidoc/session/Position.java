package org.tpidoc.session;

/** How the patient was positioned for the procedure. */
public enum Position implements Coded {
    /** {@code sitting}. */
    SITTING("sitting"),
    /** {@code prone}: lying face down. */
    PRONE("prone"),
    /** {@code supine}: lying on the back. */
    SUPINE("supine"),
    /** {@code side-lying}. */
    SIDE_LYING("side-lying");

    private final String code;

    Position(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
