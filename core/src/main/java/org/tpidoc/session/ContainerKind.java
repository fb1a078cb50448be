package org.tpidoc.session;

/**
 * Whether a vial may be used for one patient only (what is left is discarded) or for several. Billing
 * reads it: a drug line from a single-dose container carries {@code JW} or {@code JZ}.
 */
public enum ContainerKind implements Coded {
    /** {@code single-dose}: one patient, one use; the rest is discarded. */
    SINGLE_DOSE("single-dose"),
    /** {@code multi-dose}: may be used again. */
    MULTI_DOSE("multi-dose");

    private final String code;

    ContainerKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
