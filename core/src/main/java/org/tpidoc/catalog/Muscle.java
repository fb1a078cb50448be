package org.tpidoc.catalog;

import static com.google.common.base.Preconditions.checkArgument;

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
 * @param partOf the slug of the muscle (or group) this one is part of, e.g. {@code "scalenes"} for
 *     {@code scalenus-anterior}, or {@code null}
 */
public record Muscle(
        String slug,
        String name,
        Region region,
        boolean chestWall,
        @Nullable Concept code,
        @Nullable String partOf) {

    /** Checks the slug and name. */
    public Muscle {
        Slugs.check(slug, "muscle");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        if (partOf != null) {
            Slugs.check(partOf, "muscle partOf");
            checkArgument(!partOf.equals(slug), "muscle %s cannot be part of itself", slug);
        }
    }

    /** A muscle that is not part of another catalogue entry. */
    public Muscle(String slug, String name, Region region, boolean chestWall, @Nullable Concept code) {
        this(slug, name, region, chestWall, code, null);
    }

    /** The muscle this one is part of, if any. */
    public Optional<String> wholeMuscle() {
        return Optional.ofNullable(partOf);
    }

    /** The SNOMED CT code, if one is checked. */
    public Optional<Concept> snomed() {
        return Optional.ofNullable(code);
    }
}
