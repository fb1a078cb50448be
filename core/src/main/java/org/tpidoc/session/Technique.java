package org.tpidoc.session;

/** What the needle delivered: an injectate, or nothing (dry needling). */
public enum Technique implements Coded {
    /** {@code injection}. */
    INJECTION("injection"),
    /** {@code dry-needling}. */
    DRY_NEEDLING("dry-needling");

    private final String code;

    Technique(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
