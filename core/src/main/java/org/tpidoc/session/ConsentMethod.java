package org.tpidoc.session;

/** How informed consent was given. */
public enum ConsentMethod implements Coded {
    /** {@code written}. */
    WRITTEN("written"),
    /** {@code verbal}. */
    VERBAL("verbal");

    private final String code;

    ConsentMethod(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
