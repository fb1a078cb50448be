package org.tpidoc.catalog;

import java.util.Objects;

/**
 * A risk disclosed when consent is obtained. Coded in our own {@code risk} code system by its slug.
 *
 * @param slug the stable slug, e.g. {@code "pneumothorax"}
 * @param name the risk in words for a clinician, e.g. {@code "pneumothorax (collapsed lung)"}
 */
public record Risk(String slug, String name) {

    /** Checks the parts. */
    public Risk {
        Slugs.check(slug, "risk");
        Objects.requireNonNull(name, "name");
    }
}
