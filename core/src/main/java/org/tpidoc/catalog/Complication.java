package org.tpidoc.catalog;

import java.util.Objects;

/**
 * A complication of the procedure. Coded in our own {@code complication} code system by its slug
 * (terminology.md has no checked SNOMED CT code for these).
 *
 * @param slug the stable slug, e.g. {@code "vasovagal-reaction"}
 * @param name the complication in words
 */
public record Complication(String slug, String name) {

    /** Checks the parts. */
    public Complication {
        Slugs.check(slug, "complication");
        Objects.requireNonNull(name, "name");
    }
}
