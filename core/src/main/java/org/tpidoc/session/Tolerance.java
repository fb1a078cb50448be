package org.tpidoc.session;

/** How well the patient tolerated the procedure. */
public enum Tolerance implements Coded {
    /** {@code well}. */
    WELL("well"),
    /** {@code fair}. */
    FAIR("fair"),
    /** {@code poor}. */
    POOR("poor");

    private final String code;

    Tolerance(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
