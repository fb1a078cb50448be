package org.tpidoc.catalog;

import java.util.Objects;

/**
 * Conservative care tried before injection ({@code heat}, {@code stretching}, ...). Coded in our own
 * {@code prior-therapy} code system by its slug.
 *
 * @param slug the stable slug
 * @param name the therapy in words
 */
public record PriorTherapy(String slug, String name) {

    /** Checks the parts. */
    public PriorTherapy {
        Slugs.check(slug, "prior therapy");
        Objects.requireNonNull(name, "name");
    }
}
