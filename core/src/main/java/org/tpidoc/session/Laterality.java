package org.tpidoc.session;

/** The side of the body a site is on. */
public enum Laterality implements Coded {
    /** {@code left}. */
    LEFT("left"),
    /** {@code right}. */
    RIGHT("right");

    private final String code;

    Laterality(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
