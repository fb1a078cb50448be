package org.tpidoc.catalog;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tpidoc.terminology.Concept;

/**
 * A muscle that can be injected.
 *
 * @param slug the stable slug, e.g. {@code "levator-scapulae"}
 * @param name the name in words, e.g. {@code "levator scapulae"}
 * @param region the body region
 * @param chestWall whether a needle can reach the pleura here (pneumothorax risk)
 * @param code the SNOMED CT body structure, or {@code null} where terminology.md says text only
 */
public record Muscle(
        String slug,
        String name,
        Region region,
        boolean chestWall,
        @Nullable Concept code) {

    /** Checks the slug and name. */
    public Muscle {
        Slugs.check(slug, "muscle");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
    }

    /** The SNOMED CT code, if one is checked. */
    public Optional<Concept> snomed() {
        return Optional.ofNullable(code);
    }
}
