package org.tpidoc.session;

/** Who gave consent. */
public enum ConsentSigner implements Coded {
    /** {@code patient}. */
    PATIENT("patient"),
    /** {@code legal-guardian}. */
    LEGAL_GUARDIAN("legal-guardian"),
    /** {@code healthcare-proxy}. */
    HEALTHCARE_PROXY("healthcare-proxy");

    private final String code;

    ConsentSigner(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
