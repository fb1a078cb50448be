package org.tpidoc.session;

/** How the trigger points were located. */
public enum Guidance implements Coded {
    /** {@code palpation}. */
    PALPATION("palpation"),
    /** {@code ultrasound}. */
    ULTRASOUND("ultrasound");

    private final String code;

    Guidance(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
