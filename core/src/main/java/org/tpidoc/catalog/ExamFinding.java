package org.tpidoc.catalog;

import java.util.Objects;

/**
 * A finding at examination ({@code taut-band}, {@code jump-sign}, {@code local-twitch-response},
 * {@code referred-pain}). Coded in our own {@code finding} code system by its slug.
 *
 * @param slug the stable slug
 * @param name the finding in words
 */
public record ExamFinding(String slug, String name) {

    /** Checks the parts. */
    public ExamFinding {
        Slugs.check(slug, "finding");
        Objects.requireNonNull(name, "name");
    }
}
