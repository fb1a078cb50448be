package org.tpidoc.catalog;

import org.tpidoc.session.Coded;

/** The unit a drug's dose is counted in. */
public enum DoseUnit implements Coded {
    /** Milligrams (UCUM {@code mg}). */
    MG("mg", "mg"),
    /** Biological units of a botulinum toxin (UCUM {@code [arb'U]}, shown as "units"). */
    UNITS("units", "units");

    private final String code;
    private final String symbol;

    DoseUnit(String code, String symbol) {
        this.code = code;
        this.symbol = symbol;
    }

    @Override
    public String code() {
        return code;
    }

    /** The symbol for display, e.g. {@code "mg"} or {@code "units"}. */
    public String symbol() {
        return symbol;
    }
}
