package org.tpidoc.validation;

import org.tpidoc.session.Coded;

/** How serious a finding is. {@link #ERROR} means the record must not be signed or exported as final. */
public enum Severity implements Coded {
    /** The record must not be signed or exported as final. */
    ERROR("error"),
    /** Worth a look; does not block signing. */
    WARNING("warning"),
    /** For information only. */
    INFO("info");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
