package org.tpidoc.session;

/** Whether a local twitch response was elicited at a site. */
public enum TwitchResponse implements Coded {
    /** {@code elicited}. */
    ELICITED("elicited"),
    /** {@code not-elicited}. */
    NOT_ELICITED("not-elicited"),
    /** {@code not-assessed}. */
    NOT_ASSESSED("not-assessed");

    private final String code;

    TwitchResponse(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
