package org.tpidoc.session;

/**
 * A value with a stable, lower-case kebab-case code: the form it takes in JSON and in our FHIR code
 * systems. Codes are a public contract and never change.
 */
public interface Coded {

    /** The stable code, e.g. {@code "dry-needling"}. */
    String code();
}
